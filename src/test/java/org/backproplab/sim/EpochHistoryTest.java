package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every epoch of a long run in bounded memory: the newest exactly, older ones by their extremes. */
class EpochHistoryTest {
    private static Snapshot.EpochMetrics epoch(int e, double loss) {
        return new Snapshot.EpochMetrics(e, new Metrics(loss, 0.5), new Metrics(Double.NaN, Double.NaN));
    }

    /** A loss falling as 1/e, with a spike to 9 at epoch 123 and a dip to 1e−9 at epoch 40,000. */
    private static double loss(int e) {
        return e == 123 ? 9 : e == 40_000 ? 1e-9 : 1.0 / e;
    }

    @Test
    void aShortRunKeepsEveryEpoch() {
        EpochHistory h = new EpochHistory(100, 8);
        for (int e = 1; e <= 150; e++) {
            h.add(epoch(e, loss(e)));
        }
        List<Snapshot.EpochMetrics> all = h.upTo(150);
        assertEquals(150, all.size());
        assertEquals(149, h.upTo(149).size());
    }

    @Test
    void aLongRunKeepsItsFirstEpochItsExtremesAndEveryRecentEpochInBoundedSpace() {
        EpochHistory h = new EpochHistory(1000, 64);
        for (int e = 1; e <= 100_000; e++) {
            h.add(epoch(e, loss(e)));
        }
        List<Snapshot.EpochMetrics> shown = h.upTo(100_000);
        assertTrue(shown.size() <= 64 * 6 + 2000, "bounded: " + shown.size());
        assertEquals(1, shown.get(0).epoch());
        assertEquals(100_000, shown.get(shown.size() - 1).epoch());
        assertTrue(shown.stream().anyMatch(m -> m.epoch() == 123 && m.train().loss() == 9));
        assertTrue(shown.stream().anyMatch(m -> m.epoch() == 40_000 && m.train().loss() == 1e-9));
        for (int i = 1; i < shown.size(); i++) {
            assertTrue(shown.get(i).epoch() > shown.get(i - 1).epoch(), "in epoch order");
        }
        // the newest 1000 epochs are all there
        assertEquals(1000, shown.stream().filter(m -> m.epoch() > 99_000).count());
        // each kept entry is that epoch's own value
        shown.forEach(m -> assertEquals(loss(m.epoch()), m.train().loss()));
    }

    @Test
    void truncatingIntoTheSummarisedPartKeepsTheLastEpochItKeeps() {
        EpochHistory h = new EpochHistory(10, 4);
        for (int e = 1; e <= 200; e++) {
            h.add(epoch(e, loss(e)));
        }
        h.truncate(123);
        List<Snapshot.EpochMetrics> shown = h.upTo(1000);
        assertEquals(123, shown.get(shown.size() - 1).epoch());
        h.add(epoch(124, 0.5));
        assertEquals(124, h.upTo(1000).get(h.upTo(1000).size() - 1).epoch());
    }
}
