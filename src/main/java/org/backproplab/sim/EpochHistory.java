package org.backproplab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The metrics of every epoch since the run began, in bounded memory for a chart: the newest
 * {@code tail} epochs exactly, and the older ones as consecutive buckets of epochs, each keeping
 * only its first and last epoch and the epochs where each curve (training and test loss and
 * accuracy, errors) is lowest and highest. So a chart drawn from {@link #upTo} shows the whole run's
 * envelope (min/max per bucket, as min/max per pixel column would) with at most
 * {@code buckets} buckets: when there would be more, neighbouring buckets merge pairwise and
 * the width of a bucket doubles.
 */
final class EpochHistory {
    private static final List<ToDoubleFunction<Snapshot.EpochMetrics>> CURVES = List.of(
            m -> m.train().loss(), m -> m.test().loss(), m -> m.train().accuracy(), m -> m.test().accuracy(),
            m -> m.errors() < 0 ? Double.NaN : m.errors());

    private final int tail;
    private final int maxBuckets;
    /** The newest epochs, exactly, oldest first (between {@code tail} and 2·{@code tail} of them). */
    private final ArrayList<Snapshot.EpochMetrics> recent = new ArrayList<>();
    /** Buckets of older epochs, oldest first; bucket k covers epochs k·width + 1 … (k + 1)·width. */
    private final ArrayList<List<Snapshot.EpochMetrics>> buckets = new ArrayList<>();
    private int width = 1;

    /**
     * @param tail       epochs kept exactly (the newest)
     * @param maxBuckets most buckets for the older epochs
     */
    EpochHistory(int tail, int maxBuckets) {
        this.tail = tail;
        this.maxBuckets = maxBuckets;
    }

    /** @param m the metrics of the epoch after the last one held */
    void add(Snapshot.EpochMetrics m) {
        recent.add(m);
        if (recent.size() >= 2 * tail) {
            List<Snapshot.EpochMetrics> old = recent.subList(0, tail);
            for (Snapshot.EpochMetrics e : old) {
                summarise(e);
            }
            old.clear();
        }
    }

    private void summarise(Snapshot.EpochMetrics e) {
        int b = (e.epoch() - 1) / width;
        while (buckets.size() < b) {
            buckets.add(List.of());
        }
        if (b == buckets.size()) {
            buckets.add(List.of(e));
        } else {
            List<Snapshot.EpochMetrics> merged = new ArrayList<>(buckets.get(b));
            merged.add(e);
            buckets.set(b, extremes(merged));
        }
        if (buckets.size() > maxBuckets) {
            ArrayList<List<Snapshot.EpochMetrics>> halved = new ArrayList<>();
            for (int k = 0; k < buckets.size(); k += 2) {
                List<Snapshot.EpochMetrics> pair = new ArrayList<>(buckets.get(k));
                if (k + 1 < buckets.size()) {
                    pair.addAll(buckets.get(k + 1));
                }
                halved.add(extremes(pair));
            }
            buckets.clear();
            buckets.addAll(halved);
            width *= 2;
        }
    }

    /** The first and last epoch and each curve's lowest and highest, in epoch order, once each. */
    static List<Snapshot.EpochMetrics> extremes(List<Snapshot.EpochMetrics> epochs) {
        if (epochs.size() <= 2) {
            return List.copyOf(epochs);
        }
        boolean[] keep = new boolean[epochs.size()];
        keep[0] = true;
        keep[epochs.size() - 1] = true;
        for (ToDoubleFunction<Snapshot.EpochMetrics> curve : CURVES) {
            int low = -1;
            int high = -1;
            for (int i = 0; i < epochs.size(); i++) {
                double v = curve.applyAsDouble(epochs.get(i));
                if (Double.isNaN(v)) {
                    continue;
                }
                if (low < 0 || v < curve.applyAsDouble(epochs.get(low))) {
                    low = i;
                }
                if (high < 0 || v > curve.applyAsDouble(epochs.get(high))) {
                    high = i;
                }
            }
            if (low >= 0) {
                keep[low] = true;
                keep[high] = true;
            }
        }
        List<Snapshot.EpochMetrics> out = new ArrayList<>();
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out.add(epochs.get(i));
            }
        }
        return List.copyOf(out);
    }

    /** @param lastEpoch keep the epochs up to this one (a summarised bucket keeps its entries up to it) */
    void truncate(int lastEpoch) {
        while (!recent.isEmpty() && recent.get(recent.size() - 1).epoch() > lastEpoch) {
            recent.remove(recent.size() - 1);
        }
        if (!recent.isEmpty()) {
            return;
        }
        while (!buckets.isEmpty()) {
            List<Snapshot.EpochMetrics> last = buckets.get(buckets.size() - 1);
            List<Snapshot.EpochMetrics> kept = last.stream().filter(m -> m.epoch() <= lastEpoch).toList();
            if (kept.size() == last.size()) {
                break;
            }
            buckets.remove(buckets.size() - 1);
            if (!kept.isEmpty()) {
                // the bucket's newest kept entry goes back to the exact part, so that it stays the last
                buckets.add(kept.subList(0, kept.size() - 1));
                recent.add(kept.get(kept.size() - 1));
                break;
            }
        }
    }

    /**
     * @param lastEpoch newest epoch to include
     * @return the summarised older epochs and the exact newer ones up to it, in epoch order
     *         (every epoch while the run is shorter than 2·tail)
     */
    List<Snapshot.EpochMetrics> upTo(int lastEpoch) {
        int n = recent.size();
        while (n > 0 && recent.get(n - 1).epoch() > lastEpoch) {
            n--;
        }
        if (buckets.isEmpty()) {
            return recent.subList(0, n);
        }
        List<Snapshot.EpochMetrics> out = new ArrayList<>();
        for (List<Snapshot.EpochMetrics> b : buckets) {
            for (Snapshot.EpochMetrics m : b) {
                if (m.epoch() <= lastEpoch) {
                    out.add(m);
                }
            }
        }
        out.addAll(recent.subList(0, n));
        return out;
    }

    /** Forgets everything. */
    void clear() {
        recent.clear();
        buckets.clear();
        width = 1;
    }
}
