package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded loss and metric series behind the chart. */
class CurvesTest {

    @Test
    void lossesBeyondTheLimitDropTheOldestAndKeepTheirIterationNumbers() {
        Curves c = new Curves(4, 4);
        for (int i = 1; i <= 6; i++) {
            c.addLoss(i, 10.0 * i);
        }
        // 6 > 4 + 4/4: trimmed back to the 4 newest
        assertEquals(3, c.firstLossIteration());
        assertEquals(List.of(30.0, 40.0, 50.0, 60.0), c.lossesUpTo(6));
        assertEquals(List.of(30.0, 40.0), c.lossesUpTo(4));
    }

    @Test
    void steppingBackTruncatesAndRecordingAgainContinuesFromThere() {
        Curves c = new Curves(100, 100);
        for (int i = 1; i <= 5; i++) {
            c.addLoss(i, i);
            c.addEpoch(new Snapshot.EpochMetrics(i, new Metrics(i, 0.5), new Metrics(i, 0.5)));
        }
        c.truncateLosses(2);
        c.truncateEpochs(3);
        assertEquals(List.of(1.0, 2.0), c.lossesUpTo(10));
        assertEquals(3, c.epochsUpTo(10).size());
        c.addLoss(3, 33);
        assertEquals(List.of(1.0, 2.0, 33.0), c.lossesUpTo(10));
        assertEquals(2, c.epochsUpTo(2).size());
    }
}
