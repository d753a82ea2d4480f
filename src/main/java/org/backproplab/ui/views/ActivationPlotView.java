package org.backproplab.ui.views;

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
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
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
    // a softmax layer's outputs drawn (the ten digits would crowd the plot)
    private static final int SOFTMAX_SHOWN = 6;

    private final IntegerProperty layer = new SimpleIntegerProperty(this, "layer", 1);
    private final XYSeriesCollection curves = new XYSeriesCollection();
    private final XYSeriesCollection markers = new XYSeriesCollection();
    private final JFreeChart chart;
    private final TextTitle note = new TextTitle("");
    private final NumberAxis valueAxis;
    private final NumberAxis zAxis;
    private final XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer markerRenderer = new XYLineAndShapeRenderer(false, true);
    private final XYPlot plot;
    private boolean rowWise;
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
        zAxis = new NumberAxis("pre-activation z");
        valueAxis = new NumberAxis("g(z), g′(z)");
        zAxis.setAutoRangeIncludesZero(false);
        zAxis.setNumberFormatOverride(new ShortNumberFormat());
        valueAxis.setNumberFormatOverride(new ShortNumberFormat());
        plot = new XYPlot(curves, zAxis, valueAxis, curveRenderer);
        curveRenderer.setDrawSeriesLineAsPath(true);
        Ellipse2D.Double dot = new Ellipse2D.Double(-6, -6, 12, 12);
        markerRenderer.setDefaultShape(dot);
        markerRenderer.setAutoPopulateSeriesShape(false);
        markerRenderer.setUseOutlinePaint(true);
        markerRenderer.setDefaultOutlineStroke(new java.awt.BasicStroke(1.5f));
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
        // the curves and markers take the current palette's colours
        drawnKey = null;
        Snapshot s = last;
        if (s != null) {
            last = null;
            render(s);
        }
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

    /**
     * @return the neuron markers on the g(z) curve as (z, g(z)) pairs; for softmax each output's
     *         marker on its own curve, (z_j, y_j)
     */
    List<double[]> markerPoints() {
        List<double[]> points = new ArrayList<>();
        int series = rowWise ? markers.getSeriesCount() : Math.min(1, markers.getSeriesCount());
        for (int k = 0; k < series; k++) {
            XYSeries s = markers.getSeries(k);
            for (int i = 0; i < s.getItemCount(); i++) {
                points.add(new double[] {s.getX(i).doubleValue(), s.getY(i).doubleValue()});
            }
        }
        return points;
    }

    /** @return the texts written beside the markers (a softmax's probabilities), for tests */
    List<String> markerLabels() {
        List<String> texts = new ArrayList<>();
        for (Object a : plot.getAnnotations()) {
            if (a instanceof XYTextAnnotation t) {
                texts.add(t.getText());
            }
        }
        return texts;
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
        plot.clearAnnotations();
        rowWise = !g.isElementwise();
        styleMarkers(rowWise ? (z == null ? 0 : Math.min(z.length, SOFTMAX_SHOWN)) : 0);
        if (rowWise) {
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
                curveRenderer.setSeriesPaint(0, ChartStyle.awt(Palette.current().positiveWeight()));
                curveRenderer.setSeriesStroke(0, ChartStyle.SOLID);
                curveRenderer.setSeriesPaint(1, ChartStyle.awt(Palette.current().mutedText()));
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
        valueLabel = rowWise ? "probability yⱼ" : "g(z), g′(z)";
        zAxis.setLabel(rowWise ? "own pre-activation zⱼ" : "pre-activation z");
        valueAxis.setLabel(presenter ? null : valueLabel);
        if (rowWise) {
            valueAxis.setRange(0, 1.08);
        } else {
            valueAxis.setAutoRange(true);
        }
        note.setText(z == null ? "z of this layer not computed yet (" + phaseLabel + ")"
                : rowWise ? "each yⱼ against its own zⱼ, the other z held (sample 1); dots: now, Σⱼ yⱼ = 1"
                : "dots: each neuron's z (sample 1)" + (g.derivativeNote().isEmpty() ? "" : "; " + g.derivativeNote()));
        ChartStyle.apply(chart, scale, presenter ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM);
        chart.setNotify(true);
    }

    // the markers' look: dark dots and grey squares on g and g′, or for a softmax one dot per
    // output in its class colour (the legend names the curves, not the dots)
    private void styleMarkers(int softmaxUnits) {
        Ellipse2D.Double dot = new Ellipse2D.Double(-6, -6, 12, 12);
        markerRenderer.setDefaultOutlinePaint(ChartStyle.awt(Palette.current().valueText()));
        if (softmaxUnits == 0) {
            markerRenderer.setSeriesPaint(0, ChartStyle.awt(Palette.current().valueText()));
            markerRenderer.setSeriesShape(0, dot);
            markerRenderer.setSeriesVisibleInLegend(0, true);
            markerRenderer.setSeriesPaint(1, ChartStyle.awt(Palette.current().zeroWeight()));
            markerRenderer.setSeriesShape(1, new java.awt.geom.Rectangle2D.Double(-5, -5, 10, 10));
            markerRenderer.setSeriesVisibleInLegend(1, true);
            return;
        }
        for (int j = 0; j < softmaxUnits; j++) {
            markerRenderer.setSeriesPaint(j, ChartStyle.awt(Palette.classColor(j)));
            markerRenderer.setSeriesShape(j, new Ellipse2D.Double(-7, -7, 14, 14));
            markerRenderer.setSeriesVisibleInLegend(j, false);
        }
    }

    // yⱼ(zⱼ) = e^{zⱼ} / (e^{zⱼ} + Σ_{k≠j} e^{z_k}), the other outputs' z held (0 when not computed);
    // each output's dot in its colour, labelled with its probability
    private void drawSoftmax(double[] z, double lo, double hi) {
        int units = z == null ? 2 : z.length;
        int shown = Math.min(units, SOFTMAX_SHOWN);
        String held = units == 2 ? "the other z held" : "other z held";
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
            String name = "y" + Notation.sub(j + 1);
            XYSeries curve = new XYSeries(name + "(z" + Notation.sub(j + 1) + "), " + held, false, true);
            for (int i = 0; i <= SAMPLES; i++) {
                double x = lo + (hi - lo) * i / SAMPLES;
                curve.add(x, softmaxOf(x, othersMax, others), false);
            }
            curves.addSeries(curve);
            curveRenderer.setSeriesPaint(j, ChartStyle.awt(Palette.classColor(j)));
            curveRenderer.setSeriesStroke(j, ChartStyle.SOLID);
            if (z != null) {
                double x = Math.max(-LIMIT, Math.min(LIMIT, z[j]));
                double y = softmaxOf(z[j], othersMax, others);
                XYSeries dot = new XYSeries(name + " now", false, true);
                dot.add(x, y, false);
                markers.addSeries(dot);
                XYTextAnnotation label = new XYTextAnnotation(name + " = " + NumberText.short4(y), x, y);
                label.setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.BOLD, (int) Math.round(12 * scale)));
                label.setPaint(ChartStyle.awt(Palette.classColor(j)).darker());
                // right of the dot, or left of it when the dot sits in the right third; above it
                // in the lower half of the plot, below it in the upper half
                boolean rightSide = x > lo + (hi - lo) * 2 / 3;
                boolean above = y < 0.5;
                label.setTextAnchor(rightSide ? (above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT)
                        : (above ? TextAnchor.BOTTOM_LEFT : TextAnchor.TOP_LEFT));
                label.setX(x + (rightSide ? -0.25 : 0.25) * (hi - lo) / 12);
                label.setY(y + (above ? 0.03 : -0.03));
                plot.addAnnotation(label, false);
            }
        }
    }

    private static double softmaxOf(double zj, double othersMax, double othersScaled) {
        // e^{z_j} / (e^{z_j} + e^{m} Σ e^{z_k − m}), computed stably
        double m = Math.max(zj, othersMax);
        double own = Math.exp(zj - m);
        return own / (own + othersScaled * Math.exp(othersMax - m));
    }
}
