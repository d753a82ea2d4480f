package org.backproplab.ui.views;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.css.PseudoClass;
import javafx.scene.layout.StackPane;
import org.backproplab.engine.Activation;
import org.backproplab.sim.Snapshot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The activation g(z) of one layer and its derivative g'(z), with each neuron's current
 * pre-activation z (first sample of the batch) marked on both curves, so saturation (z far out
 * where g' ≈ 0) is visible. The z range widens beyond [−6, 6] to include every neuron. For
 * softmax, which has no single curve, each output unit's value is plotted against its own z
 * with the other units' z held at their current values. Redraws only when the layer, its
 * activation or its z values change, and while z changes continuously (training running) at
 * most every 80 ms.
 */
public class ActivationPlotView extends StackPane {
    private static final int SAMPLES = 240;
    private static final double LIMIT = 60;

    private final IntegerProperty layer = new SimpleIntegerProperty(this, "layer", 1);
    private final XYSeriesCollection curves = new XYSeriesCollection();
    private final XYSeriesCollection markers = new XYSeriesCollection();
    private final JFreeChart chart;
    private final TextTitle note = new TextTitle("");
    private final NumberAxis valueAxis;
    private final XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
    private Snapshot last;
    private Object drawnKey;
    private String curvesKey;
    private boolean pending;
    private final RedrawThrottle throttle = new RedrawThrottle(this::forcePendingRedraw);
    private int redraws;
    /** Height of the view from which presenter mode uses its full text scale. */
    private static final double FULL_SCALE_HEIGHT = 170;
    private static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");
    private double scale = 1;
    private boolean presenter;
    private String valueLabel = "g(z), g′(z)";

    private record Key(int layer, Activation activation, double[] z, String phase) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.layer == layer && k.activation == activation && Arrays.equals(k.z, z)
                    && Objects.equals(k.phase, phase);
        }

        @Override
        public int hashCode() {
            return Objects.hash(layer, activation, Arrays.hashCode(z));
        }
    }

    /** An empty plot; call {@link #render} with a snapshot. */
    public ActivationPlotView() {
        getStyleClass().add("activation-plot-view");
        NumberAxis zAxis = new NumberAxis("pre-activation z");
        valueAxis = new NumberAxis("g(z), g′(z)");
        zAxis.setAutoRangeIncludesZero(false);
        zAxis.setNumberFormatOverride(new ShortNumberFormat());
        valueAxis.setNumberFormatOverride(new ShortNumberFormat());
        XYPlot plot = new XYPlot(curves, zAxis, valueAxis, curveRenderer);
        curveRenderer.setDrawSeriesLineAsPath(true);
        XYLineAndShapeRenderer markerRenderer = new XYLineAndShapeRenderer(false, true);
        Ellipse2D.Double dot = new Ellipse2D.Double(-6, -6, 12, 12);
        markerRenderer.setDefaultShape(dot);
        markerRenderer.setAutoPopulateSeriesShape(false);
        markerRenderer.setSeriesPaint(0, new Color(0x11, 0x11, 0x11));
        markerRenderer.setSeriesPaint(1, new Color(0x77, 0x77, 0x77));
        markerRenderer.setSeriesShape(0, dot);
        markerRenderer.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
        plot.setDataset(1, markers);
        plot.setRenderer(1, markerRenderer);
        chart = new JFreeChart("Activation", null, plot, true);
        chart.addSubtitle(note);
        ChartStyle.apply(chart, scale, RectangleEdge.BOTTOM);
        getChildren().add(new ChartViewer(chart));
        heightProperty().addListener((obs, was, now) -> restyle());
        layer.addListener((obs, was, now) -> {
            Snapshot s = last;
            last = null;
            if (s != null) {
                render(s);
            }
        });
    }

    /** @return which layer (1..L) to plot */
    public IntegerProperty layerProperty() {
        return layer;
    }

    /** @param large true for presentation: larger type */
    public void setPresenterMode(boolean large) {
        presenter = large;
        pseudoClassStateChanged(PRESENTER, large);
        scale = 0;
        restyle();
    }

    /**
     * Text scale for the mode and the current height ({@link ChartStyle#presenterScale}). In
     * presenter mode the legend stands on the right and names the curves, and the value axis
     * has no rotated label: the plot is short and keeps its height for the curves; on a very
     * short plot the explanatory note goes too.
     */
    private void restyle() {
        double s = presenter ? ChartStyle.presenterScale(getHeight(), FULL_SCALE_HEIGHT) : 1;
        // too short for the curves and the explanatory note: the curves stay
        boolean noteFits = !presenter || getHeight() >= FULL_SCALE_HEIGHT * 0.75;
        if (note.isVisible() != noteFits) {
            note.setVisible(noteFits);
        }
        if (s != scale) {
            scale = s;
            valueAxis.setLabel(presenter ? null : valueLabel);
            ChartStyle.apply(chart, scale, presenter ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        }
    }

    /**
     * Plots the chosen layer of a snapshot; cheap when nothing the plot shows has changed.
     *
     * @param snapshot the snapshot
     */
    public void render(Snapshot snapshot) {
        if (snapshot == last && !pending) {
            return;
        }
        last = snapshot;
        int layers = snapshot.architecture().layerCount();
        int l = Math.max(1, Math.min(layers, layer.get()));
        Activation g = snapshot.architecture().activations().get(l - 1);
        PhaseValues v = new PhaseValues(snapshot);
        double[] z = null;
        if (v.valueKnown(l)) {
            z = new double[v.units(l)];
            for (int j = 0; j < z.length; j++) {
                z[j] = v.preActivation(l, j);
            }
        }
        Key key = new Key(l, g, z, z == null ? snapshot.phase().label() : "");
        if (key.equals(drawnKey)) {
            pending = false;
            return;
        }
        // only z moving (training running) is throttled; a new layer or phase is drawn at once
        boolean onlyZMoved = drawnKey instanceof Key k && k.layer == l && k.activation == g && k.z != null && z != null;
        if (onlyZMoved && !throttle.tryRedraw()) {
            pending = true;
            throttle.heldBack();
            return;
        }
        throttle.redrawn();
        pending = false;
        drawnKey = key;
        redraws++;
        draw(l, layers, g, z, snapshot.phase().label());
    }

    private void forcePendingRedraw() {
        if (pending && last != null) {
            drawnKey = null;
            render(last);
        }
    }

    /** @return the redraw limiter (tests set its clock) */
    RedrawThrottle throttle() {
        return throttle;
    }

    /** @return how many times the plot was rebuilt (for tests of the redraw rule) */
    int redrawCount() {
        return redraws;
    }

    /** @return the neuron markers on the g(z) curve, as (z, g(z)) pairs */
    List<double[]> markerPoints() {
        List<double[]> points = new ArrayList<>();
        if (markers.getSeriesCount() > 0) {
            XYSeries s = markers.getSeries(0);
            for (int i = 0; i < s.getItemCount(); i++) {
                points.add(new double[] {s.getX(i).doubleValue(), s.getY(i).doubleValue()});
            }
        }
        return points;
    }

    /** @return the chart title and note, for tests */
    String titleText() {
        return chart.getTitle().getText() + " | " + note.getText();
    }

    private void draw(int l, int layers, Activation g, double[] z, String phaseLabel) {
        // rebuild without intermediate redraws; setNotify(true) redraws once
        chart.setNotify(false);
        double lo = -6;
        double hi = 6;
        if (z != null) {
            for (double value : z) {
                lo = Math.min(lo, Math.max(-LIMIT, value - 1));
                hi = Math.max(hi, Math.min(LIMIT, value + 1));
            }
        }
        markers.removeAllSeries();
        if (!g.isElementwise()) {
            // each unit's curve depends on the other units' z: rebuilt whenever z changes
            curves.removeAllSeries();
            curvesKey = null;
            drawSoftmax(z, lo, hi);
        } else {
            String key = l + " " + g + " " + lo + " " + hi;
            if (!key.equals(curvesKey)) {
                curvesKey = key;
                curves.removeAllSeries();
                XYSeries value = new XYSeries("g(z) = " + g.formula("z"), false, true);
                XYSeries slope = new XYSeries("g′(z)", false, true);
                for (int i = 0; i <= SAMPLES; i++) {
                    double x = lo + (hi - lo) * i / SAMPLES;
                    double a = g.value(x);
                    value.add(x, a, false);
                    slope.add(x, g.derivative(x, a), false);
                }
                curves.addSeries(value);
                curves.addSeries(slope);
                curveRenderer.setSeriesPaint(0, ChartStyle.awt(Palette.POSITIVE_WEIGHT));
                curveRenderer.setSeriesStroke(0, ChartStyle.SOLID);
                curveRenderer.setSeriesPaint(1, new Color(0x44, 0x44, 0x44));
                curveRenderer.setSeriesStroke(1, ChartStyle.DASHED);
            }
            if (z != null) {
                XYSeries onValue = new XYSeries("neurons: z, g(z)", false, true);
                XYSeries onSlope = new XYSeries("neurons: z, g′(z)", false, true);
                for (double zj : z) {
                    double shown = Math.max(-LIMIT, Math.min(LIMIT, zj));
                    double a = g.value(zj);
                    onValue.add(shown, a, false);
                    onSlope.add(shown, g.derivative(zj, a), false);
                }
                markers.addSeries(onValue);
                markers.addSeries(onSlope);
            }
        }
        String where = l == layers ? "output layer" : "hidden layer " + l;
        chart.setTitle(where + " · " + g.id());
        valueLabel = !g.isElementwise() ? "output yⱼ" : "g(z), g′(z)";
        valueAxis.setLabel(presenter ? null : valueLabel);
        note.setText(z == null ? "z of this layer not computed yet (" + phaseLabel + ")"
                : "dots: each neuron's z (sample 1)" + (g.derivativeNote().isEmpty() ? "" : "; " + g.derivativeNote()));
        ChartStyle.apply(chart, scale, presenter ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        chart.setNotify(true);
    }

    // a_j(z_j) = e^{z_j} / (e^{z_j} + Σ_{k≠j} e^{z_k}), the other units' z fixed (0 when not computed)
    private void drawSoftmax(double[] z, double lo, double hi) {
        int units = z == null ? 2 : z.length;
        int shown = Math.min(units, 6);
        XYSeries onCurve = new XYSeries("units: z, output", false, true);
        for (int j = 0; j < shown; j++) {
            double othersMax = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < units; k++) {
                if (k != j) {
                    othersMax = Math.max(othersMax, z == null ? 0 : z[k]);
                }
            }
            double others = 0;
            for (int k = 0; k < units; k++) {
                if (k != j) {
                    others += Math.exp((z == null ? 0 : z[k]) - othersMax);
                }
            }
            XYSeries curve = new XYSeries("y" + Notation.sub(j + 1) + "(z" + Notation.sub(j + 1) + "), others fixed", false, true);
            for (int i = 0; i <= SAMPLES; i++) {
                double x = lo + (hi - lo) * i / SAMPLES;
                curve.add(x, softmaxOf(x, othersMax, others), false);
            }
            curves.addSeries(curve);
            curveRenderer.setSeriesPaint(j, ChartStyle.awt(Palette.classColor(j)));
            curveRenderer.setSeriesStroke(j, ChartStyle.SOLID);
            if (z != null) {
                onCurve.add(Math.max(-LIMIT, Math.min(LIMIT, z[j])), softmaxOf(z[j], othersMax, others), false);
            }
        }
        if (z != null) {
            markers.addSeries(onCurve);
        }
    }

    private static double softmaxOf(double zj, double othersMax, double othersScaled) {
        // e^{z_j} / (e^{z_j} + e^{m} Σ e^{z_k − m}), computed stably
        double m = Math.max(zj, othersMax);
        double own = Math.exp(zj - m);
        return own / (own + othersScaled * Math.exp(othersMax - m));
    }
}
