package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.sim.Snapshot;
import org.jfree.chart.axis.LogAxis;
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
    void logScaleToggleSwitchesTheLossAxis() {
        Class<?>[] axes = Fx.call(() -> {
            LossChartView view = new LossChartView();
            Class<?> before = view.lossAxis().getClass();
            view.logScaleProperty().set(true);
            Class<?> after = view.lossAxis().getClass();
            return new Class<?>[] {before, after};
        });
        assertEquals(NumberAxis.class, axes[0]);
        assertEquals(LogAxis.class, axes[1]);
    }
}
