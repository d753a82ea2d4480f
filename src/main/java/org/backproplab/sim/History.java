package org.backproplab.sim;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Checkpoints for Step Back, oldest first, in increasing iteration order, held within a memory
 * budget: when a new checkpoint would exceed it, the oldest are dropped. A position between two
 * checkpoints is reached again by restoring the earlier one and replaying iterations, which the
 * engine reproduces bit for bit.
 */
public final class History {
    /** The default budget, 256 MB. */
    public static final long DEFAULT_BUDGET_BYTES = 256L << 20;

    private final long budgetBytes;
    private final ArrayDeque<TrainingSession.Checkpoint> checkpoints = new ArrayDeque<>();
    private long bytes;

    /** @param budgetBytes the most memory the checkpoints may hold (at least one is always kept) */
    public History(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /**
     * Appends a checkpoint, dropping the oldest ones while over budget.
     *
     * @param c a checkpoint later than every one held
     */
    public void push(TrainingSession.Checkpoint c) {
        if (!checkpoints.isEmpty() && checkpoints.peekLast().iteration() >= c.iteration()) {
            throw new IllegalStateException("history checkpoints must be pushed in increasing iteration order");
        }
        checkpoints.addLast(c);
        bytes += c.approximateBytes();
        while (bytes > budgetBytes && checkpoints.size() > 1) {
            bytes -= checkpoints.removeFirst().approximateBytes();
        }
    }

    /**
     * Drops every checkpoint later than {@code iteration} and returns the latest one left.
     *
     * @param iteration iterations completed at the wanted state
     * @return the latest checkpoint at or before it (still held), or null when none is
     */
    public TrainingSession.Checkpoint latestAtOrBefore(long iteration) {
        while (!checkpoints.isEmpty() && checkpoints.peekLast().iteration() > iteration) {
            bytes -= checkpoints.removeLast().approximateBytes();
        }
        return checkpoints.peekLast();
    }

    /**
     * Removes and returns the newest checkpoint.
     *
     * @return the removed checkpoint
     */
    public TrainingSession.Checkpoint popLatest() {
        TrainingSession.Checkpoint c = checkpoints.removeLast();
        bytes -= c.approximateBytes();
        return c;
    }

    /**
     * @param iteration iterations completed
     * @return whether a state with that many iterations can be rebuilt
     */
    public boolean reaches(long iteration) {
        return !checkpoints.isEmpty() && checkpoints.peekFirst().iteration() <= iteration;
    }

    /** @return the oldest checkpoint's iteration, or −1 when empty */
    public long earliestIteration() {
        return checkpoints.isEmpty() ? -1 : checkpoints.peekFirst().iteration();
    }

    /**
     * Drops the oldest checkpoints until at most {@code bytes} are held (at least one is kept).
     *
     * @param bytes the most memory to keep
     */
    public void trimTo(long bytes) {
        while (this.bytes > bytes && checkpoints.size() > 1) {
            this.bytes -= checkpoints.removeFirst().approximateBytes();
        }
    }

    /** Forgets everything. */
    public void clear() {
        checkpoints.clear();
        bytes = 0;
    }

    /** @return approximate bytes held */
    public long bytes() {
        return bytes;
    }

    /** @return checkpoints held */
    public int size() {
        return checkpoints.size();
    }

    /** @return iterations of the held checkpoints, oldest first (for tests and diagnostics) */
    public long[] iterations() {
        long[] out = new long[checkpoints.size()];
        Iterator<TrainingSession.Checkpoint> it = checkpoints.iterator();
        for (int i = 0; i < out.length; i++) {
            out[i] = it.next().iteration();
        }
        return out;
    }
}
