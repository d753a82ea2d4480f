package org.backproplab.ui.views;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.backproplab.sim.Snapshot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Training and test loss per epoch, the batch loss of each iteration (while there are few of
 * them: stepping and the first epochs), and training and test accuracy on a second axis, over
 * epochs. Each render appends only the points added since the last one, with one change
 * notification per series and at most one chart redraw every 80 ms (a held-back redraw
 * happens on a later call, even with the same snapshot); when the run restarts or steps back (fewer
 * points than drawn), or a long run's older epochs were summarised anew, the series are rebuilt.
 * A long run is drawn whole: its older epochs arrive as the extremes of each stretch of epochs
 * (min/max, see {@code sim.EpochHistory}). A check box switches the loss axis to a log scale
 * with labelled ticks ({@link LogTicksAxis}).
 */
public class LossChartView extends BorderPane {
    /** Iterations beyond this are not drawn individually (the per-epoch curves continue). */
    static final int MAX_ITERATION_POINTS = 2000;
    private static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");

    private final XYSeries trainLoss = new XYSeries("training loss", false, true);
    private final XYSeries testLoss = new XYSeries("test loss", false, true);
    private final XYSeries batchLoss = new XYSeries("batch loss (each iteration)", false, true);
    private final XYSeries trainAccuracy = new XYSeries("training accuracy", false, true);
    private final XYSeries testAccuracy = new XYSeries("test accuracy", false, true);
    private final XYPlot plot;
    private final JFreeChart chart;
    private final NumberAxis linearLoss = new NumberAxis("loss J");
    private final LogAxis logLoss = new LogTicksAxis("loss J (log)");
    private final CheckBox logScale = new CheckBox("log scale");
    private int epochsDrawn;
    private Snapshot.EpochMetrics lastEpochDrawn;
    private int iterationsAppended;
    private int iterationsDrawn;
    private Snapshot last;
    /** Height of the view from which presenter mode uses its full text scale. */
    private static final double FULL_SCALE_HEIGHT = 220;
    /** Below this height (a 1280×800 window gives about 150) the legend goes to the right of the plot. */
    private static final double SHORT_HEIGHT = 200;
    private double scale = 1;
    private boolean presenter;
    private RectangleEdge legendEdgeApplied;
    private boolean pendingRedraw;
    private final RedrawThrottle throttle = new RedrawThrottle(this::forcePendingRedraw);
    private final LowestTestLossMarker lowestTestLoss = new LowestTestLossMarker();

    /** An empty chart; call {@link #render} with snapshots. */
    public LossChartView() {
        getStyleClass().add("loss-chart-view");
        XYSeriesCollection losses = new XYSeriesCollection();
        losses.addSeries(trainLoss);
        losses.addSeries(testLoss);
        losses.addSeries(batchLoss);
        XYSeriesCollection accuracies = new XYSeriesCollection();
        accuracies.addSeries(trainAccuracy);
        accuracies.addSeries(testAccuracy);
        NumberAxis epochAxis = new NumberAxis("epoch");
        epochAxis.setAutoRangeIncludesZero(true);
        // epochs are whole numbers: ticks 0, 1, 2, … (never 0.00, 0.02, … on a young run)
        epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        epochAxis.setNumberFormatOverride(new ShortNumberFormat());
        linearLoss.setAutoRangeIncludesZero(true);
        linearLoss.setNumberFormatOverride(new ShortNumberFormat());
        logLoss.setSmallestValue(1e-12);
        XYLineAndShapeRenderer lossRenderer = lines(losses);
        lossRenderer.setSeriesStroke(0, ChartStyle.SOLID);
        lossRenderer.setSeriesStroke(1, ChartStyle.DASHED);
        lossRenderer.setSeriesStroke(2, ChartStyle.THIN);
        lossRenderer.setDrawSeriesLineAsPath(true);
        XYLineAndShapeRenderer accuracyRenderer = lines(accuracies);
        accuracyRenderer.setDrawSeriesLineAsPath(true);
        accuracyRenderer.setSeriesStroke(0, ChartStyle.SOLID);
        accuracyRenderer.setSeriesStroke(1, ChartStyle.DASHED);
        NumberAxis accuracyAxis = new NumberAxis("accuracy");
        accuracyAxis.setRange(0, 1.02);
        accuracyAxis.setNumberFormatOverride(new ShortNumberFormat());
        plot = new XYPlot(losses, epochAxis, linearLoss, lossRenderer);
        plot.setRangeAxis(1, accuracyAxis);
        plot.setDataset(1, accuracies);
        plot.setRenderer(1, accuracyRenderer);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setNoDataMessage("No points yet: the curves grow as iterations complete.");
        chart = new JFreeChart(null, null, plot, true);
        paintSeries();
        ChartStyle.apply(chart, scale, legendEdge());

        Label title = new Label("Loss and accuracy");
        title.getStyleClass().add("view-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        logScale.getStyleClass().add("log-scale-toggle");
        logScale.selectedProperty().addListener((obs, was, now) -> {
            chart.setNotify(true);
            pendingRedraw = false;
            plot.setRangeAxis(0, now ? logLoss : linearLoss);
            ChartStyle.apply(chart, scale, legendEdge());
        });
        HBox bar = new HBox(8, title, spacer, logScale);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("view-bar");
        setTop(bar);
        setCenter(new ChartViewer(chart));
        heightProperty().addListener((obs, was, now) -> restyle());
    }

    /** @return whether the loss axis is logarithmic */
    public BooleanProperty logScaleProperty() {
        return logScale.selectedProperty();
    }

    /**
     * In presenter mode, and on a short chart (a 1280×800 window), the legend stands on the
     * right, so the short, wide plot keeps its height.
     */
    private RectangleEdge legendEdge() {
        return presenter || getHeight() < SHORT_HEIGHT ? RectangleEdge.RIGHT : RectangleEdge.BOTTOM;
    }

    /** Text scale and legend place for the mode and the current height ({@link ChartStyle#presenterScale}). */
    private void restyle() {
        double s = presenter ? ChartStyle.presenterScale(getHeight(), FULL_SCALE_HEIGHT) : 1;
        RectangleEdge edge = legendEdge();
        if (s != scale || edge != legendEdgeApplied) {
            scale = s;
            legendEdgeApplied = edge;
            paintSeries();
            ChartStyle.apply(chart, scale, edge);
        }
    }

    /** The curves' colours from the current palette: losses in class colours 0 and 5, accuracies 2 and 3. */
    private void paintSeries() {
        var lossRenderer = plot.getRenderer(0);
        lossRenderer.setSeriesPaint(0, ChartStyle.awt(Palette.classColor(0)));
        lossRenderer.setSeriesPaint(1, ChartStyle.awt(Palette.classColor(5)));
        lossRenderer.setSeriesPaint(2, ChartStyle.awt(Palette.current().hover()));
        var accuracyRenderer = plot.getRenderer(1);
        accuracyRenderer.setSeriesPaint(0, ChartStyle.awt(Palette.classColor(2)));
        accuracyRenderer.setSeriesPaint(1, ChartStyle.awt(Palette.classColor(3)));
    }

    /** @param large true for presentation: larger type */
    public void setPresenterMode(boolean large) {
        presenter = large;
        pseudoClassStateChanged(PRESENTER, large);
        scale = 0;
        restyle();
    }

    /**
     * Appends the epochs and iterations that are new since the last render.
     *
     * @param snapshot the snapshot
     */
    public void render(Snapshot snapshot) {
        if (snapshot == last) {
            flushPendingRedraw();
            return;
        }
        last = snapshot;
        List<Snapshot.EpochMetrics> epochs = snapshot.epochMetrics();
        List<Double> iterations = snapshot.iterationLosses();
        // each iteration's loss while the run is short and held from its start; then the epochs' curves alone
        boolean batchShown = snapshot.firstLossIteration() == 1 && iterations.size() <= MAX_ITERATION_POINTS;
        int upTo = batchShown ? iterations.size() : 0;
        // a long run's older epochs are summarised anew as it grows (Snapshot#epochMetrics): redraw them
        boolean rewritten = epochs.size() < epochsDrawn
                || epochsDrawn > 0 && epochs.get(epochsDrawn - 1) != lastEpochDrawn;
        boolean restarted = rewritten || iterations.size() < iterationsDrawn || upTo < iterationsAppended;
        if (!restarted && epochs.size() == epochsDrawn && upTo == iterationsAppended) {
            iterationsDrawn = iterations.size();
            flushPendingRedraw();
            return;
        }
        // appends notify the plot (axes rescale) but the chart repaints only on setNotify(true)
        chart.setNotify(false);
        if (restarted) {
            clear();
        }
        boolean epochsAdded = epochs.size() > epochsDrawn || restarted;
        for (int e = epochsDrawn; e < epochs.size(); e++) {
            Snapshot.EpochMetrics m = epochs.get(e);
            addIfFinite(trainLoss, m.epoch(), m.train().loss());
            addIfFinite(testLoss, m.epoch(), m.test().loss());
            addIfFinite(trainAccuracy, m.epoch(), m.train().accuracy());
            addIfFinite(testAccuracy, m.epoch(), m.test().accuracy());
        }
        lastEpochDrawn = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        epochsDrawn = epochs.size();
        if (epochsAdded) {
            lowestTestLoss.update(plot, epochs, scale);
        }
        int perEpoch = Math.max(1, snapshot.iterationsPerEpoch());
        boolean iterationsAdded = upTo > iterationsAppended;
        for (int i = iterationsAppended; i < upTo; i++) {
            // iteration i ends at epoch (i + 1) / iterations per epoch
            addIfFinite(batchLoss, (i + 1.0) / perEpoch, iterations.get(i));
        }
        iterationsAppended = upTo;
        iterationsDrawn = iterations.size();
        if (epochsAdded) {
            trainLoss.fireSeriesChanged();
            testLoss.fireSeriesChanged();
            trainAccuracy.fireSeriesChanged();
            testAccuracy.fireSeriesChanged();
        }
        if (iterationsAdded) {
            batchLoss.fireSeriesChanged();
        }
        // while points arrive every frame, the chart is repainted at most every 80 ms
        pendingRedraw = true;
        flushPendingRedraw();
    }

    private void flushPendingRedraw() {
        if (pendingRedraw && throttle.tryRedraw()) {
            pendingRedraw = false;
            chart.setNotify(true);
        } else if (pendingRedraw) {
            throttle.heldBack();
        }
    }

    private void forcePendingRedraw() {
        if (pendingRedraw) {
            throttle.redrawn();
            pendingRedraw = false;
            chart.setNotify(true);
        }
    }

    /** @return whether new points wait for the next allowed repaint */
    boolean redrawPending() {
        return pendingRedraw;
    }

    /** @return the redraw limiter (tests set its clock) */
    RedrawThrottle throttle() {
        return throttle;
    }

    /**
     * @param series "train", "test", "batch", "trainAccuracy" or "testAccuracy"
     * @return the number of points in that series
     */
    int pointCount(String series) {
        return switch (series) {
            case "train" -> trainLoss.getItemCount();
            case "test" -> testLoss.getItemCount();
            case "batch" -> batchLoss.getItemCount();
            case "trainAccuracy" -> trainAccuracy.getItemCount();
            case "testAccuracy" -> testAccuracy.getItemCount();
            default -> throw new IllegalArgumentException(series);
        };
    }

    /**
     * @param dataset 0 for the losses, 1 for the accuracies
     * @param series  the series' index in that dataset
     * @return whether the series' first point is drawn as a marker
     */
    boolean firstPointMarked(int dataset, int series) {
        return ((XYLineAndShapeRenderer) plot.getRenderer(dataset)).getItemShapeVisible(series, 0);
    }

    /** @return the epoch the lowest-test-loss line marks, 0 for none */
    int lowestTestLossEpochMarked() {
        return lowestTestLoss.markedEpoch();
    }

    /** @return the loss axis in use */
    ValueAxis lossAxis() {
        return plot.getRangeAxis(0);
    }

    private void clear() {
        // series.clear() notifies; the chart is not redrawn until setNotify(true) in render
        for (XYSeries s : List.of(trainLoss, testLoss, batchLoss, trainAccuracy, testAccuracy)) {
            s.clear();
        }
        epochsDrawn = 0;
        iterationsDrawn = 0;
        iterationsAppended = 0;
        lastEpochDrawn = null;
    }

    // lines without markers, but a series of a single point (a line needs two) shows it as a
    // marker: after the first epoch or iteration the chart is not blank
    private static XYLineAndShapeRenderer lines(XYSeriesCollection data) {
        return new XYLineAndShapeRenderer(true, false) {
            @Override
            public boolean getItemShapeVisible(int series, int item) {
                return data.getSeries(series).getItemCount() == 1 || super.getItemShapeVisible(series, item);
            }
        };
    }

    private static void addIfFinite(XYSeries series, double x, double y) {
        if (Double.isFinite(y)) {
            series.add(x, y, false);
        }
    }
}
