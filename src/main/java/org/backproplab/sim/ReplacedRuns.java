package org.backproplab.sim;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The runs that Reset and Re-initialise replaced, newest first, for Step Back to return to (at
 * most {@value #MAX_REPLACED}; each keeps only the newest part of its history while it waits).
 * Used by {@link TrainingRun} on its thread.
 */
final class ReplacedRuns {
    /** Most replaced runs kept. */
    static final int MAX_REPLACED = 4;

    private final Deque<Replaced> runs = new ArrayDeque<>();
    private final long keptHistoryBytes;

    /**
     * A run replaced by Reset or Re-initialise.
     *
     * @param stepper      its state machine, at the position it was left
     * @param undoneNotice what the notice says when Step Back returns to it
     */
    record Replaced(Stepper stepper, String undoneNotice) {
    }

    /** @param keptHistoryBytes the history a waiting run keeps (its newest checkpoints) */
    ReplacedRuns(long keptHistoryBytes) {
        this.keptHistoryBytes = keptHistoryBytes;
    }

    /**
     * @param stepper      the run being replaced
     * @param undoneNotice what the notice says when Step Back returns to it
     */
    void push(Stepper stepper, String undoneNotice) {
        stepper.history().trimTo(keptHistoryBytes);
        runs.push(new Replaced(stepper, undoneNotice));
        while (runs.size() > MAX_REPLACED) {
            runs.removeLast();
        }
    }

    /** @return the newest replaced run, removed */
    Replaced pop() {
        return runs.pop();
    }

    /** @return whether there is a run to return to */
    boolean isEmpty() {
        return runs.isEmpty();
    }

    /** Forgets them all (another lab was loaded). */
    void clear() {
        runs.clear();
    }
}
