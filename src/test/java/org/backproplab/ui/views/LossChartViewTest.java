package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.sim.Snapshot;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loss chart appends new points, resets on restart and switches to a log axis. */
class LossChartViewTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @Test
    void appendsEpochsAndIterationsAndStartsOverWhenTheRunRestarts() {
        IrisRun run = new IrisRun(4, 5);
        run.trainEpochs(3);
        Snapshot afterThree = run.snapshotAt(0);
        run.trainEpochs(2);
        Snapshot afterFive = run.snapshotAt(0);
        IrisRun restarted = new IrisRun(4, 5);
        restarted.trainEpochs(1);
        Snapshot afterRestart = restarted.snapshotAt(0);
        int[] counts = Fx.call(() -> {
            LossChartView view = new LossChartView();
            view.render(afterThree);
            int train3 = view.pointCount("train");
            int batch3 = view.pointCount("batch");
            view.render(afterFive);
            int train5 = view.pointCount("train");
            int batch5 = view.pointCount("batch");
            view.render(afterRestart);
            return new int[] {train3, batch3, train5, batch5, view.pointCount("train"), view.pointCount("batch"),
                view.pointCount("testAccuracy")};
        });
        // 120 training rows in batches of 16: 8 iterations per epoch
        assertEquals(3, counts[0]);
        assertEquals(24, counts[1]);
        assertEquals(5, counts[2]);
        assertEquals(40, counts[3]);
        assertEquals(1, counts[4]);
        assertEquals(8, counts[5]);
        assertEquals(1, counts[6]);
    }

    @Test
    void aSeriesOfOnePointIsDrawnAsAMarkerAndLongerOnesAsLinesOnly() {
        // given one epoch of 8 iterations, then two epochs
        IrisRun run = new IrisRun(4, 5);
        run.trainEpochs(1);
        Snapshot afterOne = run.snapshotAt(0);
        run.trainEpochs(1);
        Snapshot afterTwo = run.snapshotAt(0);
        boolean[] marked = Fx.call(() -> {
            LossChartView view = new LossChartView();
            view.render(afterOne);
            boolean trainOne = view.firstPointMarked(0, 0);
            boolean batchOne = view.firstPointMarked(0, 2);
            boolean accuracyOne = view.firstPointMarked(1, 0);
            view.render(afterTwo);
            return new boolean[] {trainOne, batchOne, accuracyOne, view.firstPointMarked(0, 0), view.firstPointMarked(1, 0)};
        });
        // then the lone epoch point of the training loss and accuracy is a marker (a line needs
        // two points), the 8 batch losses are a line, and with two epochs markers go
        assertEquals(true, marked[0]);
        assertEquals(false, marked[1]);
        assertEquals(true, marked[2]);
        assertEquals(false, marked[3]);
        assertEquals(false, marked[4]);
    }

    @Test
    void logScaleToggleSwitchesTheLossAxis() {
        Class<?>[] axes = Fx.call(() -> {
            LossChartView view = new LossChartView();
            Class<?> before = view.lossAxis().getClass();
            view.logScaleProperty().set(true);
            Class<?> after = view.lossAxis().getClass();
            return new Class<?>[] {before, after};
        });
        assertEquals(NumberAxis.class, axes[0]);
        assertEquals(LogTicksAxis.class, axes[1]);
    }

    @Test
    void aLongRunIsDrawnWholeAndRedrawnWhenItsOlderEpochsAreSummarisedAnew() {
        java.util.List<Snapshot.EpochMetrics> epochs = new java.util.ArrayList<>();
        int[] counts = Fx.call(() -> {
            LossChartView view = new LossChartView();
            for (int e = 1; e <= 4500; e++) {
                epochs.add(new Snapshot.EpochMetrics(e, new org.backproplab.sim.Metrics(1.0 / e, 0.5),
                        new org.backproplab.sim.Metrics(Double.NaN, Double.NaN)));
            }
            view.render(withEpochs(epochs));
            int whole = view.pointCount("train");
            // the run summarised its older epochs: every tenth of the first 4000, then all
            java.util.List<Snapshot.EpochMetrics> summarised = new java.util.ArrayList<>();
            for (Snapshot.EpochMetrics m : epochs) {
                if (m.epoch() > 4000 || m.epoch() % 10 == 1) {
                    summarised.add(new Snapshot.EpochMetrics(m.epoch(), m.train(), m.test()));
                }
            }
            view.render(withEpochs(summarised));
            return new int[] {whole, view.pointCount("train"), view.pointCount("test")};
        });
        assertEquals(4500, counts[0]);
        assertEquals(400 + 500, counts[1]);
        assertEquals(0, counts[2]);
    }

    @Test
    void theLogAxisLabelsTicksWithinOneDecadeAndAcrossMany() {
        java.util.function.BiFunction<Double, Double, java.util.List<String>> labels = (lo, hi) ->
                LogTicksAxis.ticks(lo, hi, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT).stream()
                        .filter(t -> t.getTickType() == org.jfree.chart.axis.TickType.MAJOR)
                        .map(org.jfree.chart.axis.NumberTick::getText).toList();
        assertEquals(java.util.List.of("0.2", "0.3", "0.5", "0.7"), labels.apply(0.18, 0.72));
        assertEquals(java.util.List.of("0.01", "0.02", "0.05", "0.1", "0.2", "0.5"), labels.apply(0.009, 0.6));
        assertEquals(java.util.List.of("1e−6", "1e−5", "1e−4", "0.001", "0.01", "0.1", "1"), labels.apply(5e-7, 2.0));
    }

    @Test
    void pointsArrivingEveryFrameRepaintAtMostEvery80msAndTheLastOnesAreDrawnLater() {
        java.util.List<Snapshot.EpochMetrics> epochs = new java.util.ArrayList<>();
        boolean[] pending = Fx.call(() -> {
            long[] now = {0};
            LossChartView view = new LossChartView();
            view.throttle().setClock(() -> now[0]);
            epochs.add(new Snapshot.EpochMetrics(1, new org.backproplab.sim.Metrics(0.5, 0.5),
                    new org.backproplab.sim.Metrics(0.6, 0.4)));
            view.render(withEpochs(epochs));
            boolean first = view.redrawPending();
            // a frame later (16 ms) another epoch arrives: held back
            now[0] += 16_000_000L;
            epochs.add(new Snapshot.EpochMetrics(2, new org.backproplab.sim.Metrics(0.4, 0.6),
                    new org.backproplab.sim.Metrics(0.5, 0.5)));
            Snapshot second = withEpochs(epochs);
            view.render(second);
            boolean heldBack = view.redrawPending();
            // later frames with the same snapshot flush it once 80 ms have passed
            now[0] += 70_000_000L;
            view.render(second);
            boolean afterInterval = view.redrawPending();
            return new boolean[] {first, heldBack, afterInterval, view.pointCount("train") == 2};
        });
        assertEquals(false, pending[0]);
        assertEquals(true, pending[1]);
        assertEquals(false, pending[2]);
        assertEquals(true, pending[3]);
    }

    @Test
    void aHeldBackRepaintHappensEvenWhenNoFurtherSnapshotComes() throws Exception {
        java.util.List<Snapshot.EpochMetrics> epochs = new java.util.ArrayList<>();
        LossChartView view = Fx.call(() -> {
            LossChartView v = new LossChartView();
            epochs.add(new Snapshot.EpochMetrics(1, new org.backproplab.sim.Metrics(0.5, 0.5),
                    new org.backproplab.sim.Metrics(0.6, 0.4)));
            v.render(withEpochs(epochs));
            epochs.add(new Snapshot.EpochMetrics(2, new org.backproplab.sim.Metrics(0.4, 0.6),
                    new org.backproplab.sim.Metrics(0.5, 0.5)));
            v.render(withEpochs(epochs));
            org.junit.jupiter.api.Assertions.assertTrue(v.redrawPending(), "the second repaint is held back");
            return v;
        });
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> !Fx.call(view::redrawPending));
    }

    private static Snapshot withEpochs(java.util.List<Snapshot.EpochMetrics> epochs) {
        Snapshot base = TestSnapshots.lecture(0);
        return new Snapshot(base.architecture(), base.parameters(), base.pass(), base.phase(), epochs.size(),
                epochs.size(), 0, 1, new int[] {0}, base.data(), epochs, java.util.List.of(), true, false, "");
    }
}
