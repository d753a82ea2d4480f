package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backproplab.sim.Metrics;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LowestTestLossMarkerTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static Snapshot.EpochMetrics epoch(int e, double testLoss) {
        return new Snapshot.EpochMetrics(e, new Metrics(1.0 / e, 0.5), new Metrics(testLoss, 0.5));
    }

    @Test
    void theLowestTestLossIsTheFirstOfItsEqualsAndNoneWithoutATestSet() {
        List<Snapshot.EpochMetrics> run = List.of(epoch(1, 0.9), epoch(2, 0.5), epoch(3, 0.7), epoch(4, 0.5));
        assertEquals(2, LowestTestLossMarker.lowestTestLossEpoch(run));
        assertEquals(0, LowestTestLossMarker.lowestTestLossEpoch(List.of(epoch(1, Double.NaN), epoch(2, Double.NaN))));
        assertEquals(0, LowestTestLossMarker.lowestTestLossEpoch(List.of()));
    }

    @Test
    void theLossChartMarksTheEpochOfLowestTestLoss() {
        Snapshot base = TestSnapshots.lecture(0);
        Snapshot s = new Snapshot(base.architecture(), base.parameters(), null, base.phase(), 40, 4, 0, 10,
                new int[] {0}, base.data(), List.of(epoch(1, 0.8), epoch(2, 0.6), epoch(3, 0.4), epoch(4, 0.45)),
                List.of(), false, false, "");
        int marked = Fx.call(() -> {
            LossChartView view = new LossChartView();
            view.render(s);
            return view.lowestTestLossEpochMarked();
        });
        assertEquals(3, marked);
    }
}
