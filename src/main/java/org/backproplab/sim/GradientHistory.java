package org.backproplab.sim;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.LayerGradientSizes;

/**
 * A bounded series of per-layer gradient sizes by iteration, for the gradient-flow chart's
 * history: iterations are added in increasing order; adding an iteration at or before the
 * newest one (after Step Back or Reset) first drops the entries from it on, so the series
 * always describes one line of training. Beyond {@link #capacity} entries every second one of
 * the older half is dropped, so a long run keeps its whole span at a coarser spacing. Not
 * thread-safe: one owner (the view that fills it).
 */
public final class GradientHistory {
    private final int capacity;
    private final ArrayList<Entry> entries = new ArrayList<>();

    /**
     * One iteration's sizes.
     *
     * @param iteration 1-based iteration
     * @param sizes     its per-layer gradient sizes
     */
    public record Entry(long iteration, LayerGradientSizes sizes) {
    }

    /** @param capacity most entries kept (at least 4) */
    public GradientHistory(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("capacity " + capacity + " below 4");
        }
        this.capacity = capacity;
    }

    /** @return most entries kept */
    public int capacity() {
        return capacity;
    }

    /**
     * Records one iteration's sizes; an iteration already recorded or earlier replaces the
     * series from there on. Sizes of another layer count (a new network) clear the series.
     *
     * @param iteration 1-based iteration
     * @param sizes     its sizes
     */
    public void add(long iteration, LayerGradientSizes sizes) {
        if (!entries.isEmpty() && entries.get(0).sizes().layers() != sizes.layers()) {
            entries.clear();
        }
        while (!entries.isEmpty() && entries.get(entries.size() - 1).iteration() >= iteration) {
            entries.remove(entries.size() - 1);
        }
        entries.add(new Entry(iteration, sizes));
        if (entries.size() > capacity) {
            thinOlderHalf();
        }
    }

    // drops every second entry of the older half (the first entry stays)
    private void thinOlderHalf() {
        int half = entries.size() / 2;
        ArrayList<Entry> kept = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            if (i >= half || i % 2 == 0) {
                kept.add(entries.get(i));
            }
        }
        entries.clear();
        entries.addAll(kept);
    }

    /**
     * Drops the entries after an iteration (the user stepped back before them).
     *
     * @param lastIteration newest iteration to keep
     */
    public void keepUpTo(long lastIteration) {
        while (!entries.isEmpty() && entries.get(entries.size() - 1).iteration() > lastIteration) {
            entries.remove(entries.size() - 1);
        }
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
    }

    /** @return the entries, oldest first (an unmodifiable copy) */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
