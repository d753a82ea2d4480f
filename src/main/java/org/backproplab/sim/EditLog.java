package org.backproplab.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Network;

/**
 * The edits of weights, biases and hyperparameters that Step Back can undo, newest first, each
 * with the position it was made at and the iteration's base before it; at most
 * {@value #MAX_EDITS}, the oldest dropped first. Used by {@link Stepper} on its thread.
 */
final class EditLog {
    /** Most edits kept for undo. */
    static final int MAX_EDITS = 256;

    private final Deque<Edit> edits = new ArrayDeque<>();

    /**
     * An edit Step Back can undo.
     *
     * @param iteration base iteration it was made in
     * @param step      phase step it was made at
     * @param before    the base before the edit
     * @param what      what it changed, for the notice ("the edit of a weight")
     */
    record Edit(long iteration, int step, TrainingSession.Checkpoint before, String what) {
    }

    /**
     * @param network the network whose parameters the edit changes (when run)
     * @param layer   1-based layer the weight feeds
     * @param from    unit in layer − 1
     * @param to      unit in layer
     * @param value   new weight
     * @return the edit, to run on the network at the base
     * @throws IllegalArgumentException when there is no such weight
     */
    static Runnable weight(Network network, int layer, int from, int to, double value) {
        Architecture a = network.architecture();
        int l = layer - 1;
        if (l < 0 || l >= a.layerCount() || from < 0 || from >= a.inputsOf(l) || to < 0 || to >= a.unitsOf(l)) {
            throw new IllegalArgumentException("no weight " + from + "→" + to + " in layer " + layer);
        }
        return () -> network.parameters().weightsOf(l)[from * a.unitsOf(l) + to] = value;
    }

    /**
     * @param network the network whose parameters the edit changes (when run)
     * @param layer   1-based layer of the unit
     * @param unit    unit in that layer
     * @param value   new bias
     * @return the edit, to run on the network at the base
     * @throws IllegalArgumentException when the network has no biases or no such unit
     */
    static Runnable bias(Network network, int layer, int unit, double value) {
        Architecture a = network.architecture();
        int l = layer - 1;
        if (!a.bias()) {
            throw new IllegalArgumentException("this network has no biases");
        }
        if (l < 0 || l >= a.layerCount() || unit < 0 || unit >= a.unitsOf(l)) {
            throw new IllegalArgumentException("no bias of unit " + unit + " in layer " + layer);
        }
        return () -> network.parameters().biasesOf(l)[unit] = value;
    }

    /** @param e an edit made at the current position, after every one held */
    void add(Edit e) {
        edits.addFirst(e);
        if (edits.size() > MAX_EDITS) {
            edits.removeLast();
        }
    }

    /**
     * @param iteration base iteration of the position
     * @param step      phase step of the position
     * @return whether the newest edit was made at that position
     */
    boolean madeAt(long iteration, int step) {
        Edit e = edits.peekFirst();
        return e != null && e.iteration() == iteration && e.step() == step;
    }

    /** @return the newest edit, removed */
    Edit removeNewest() {
        return edits.removeFirst();
    }

    /**
     * Drops the edits made after a position (the run moved back to it).
     *
     * @param iteration base iteration of the position
     * @param step      phase step of the position
     * @return the earliest dropped edit made in that iteration (its base before is the one the
     *         position must show), or null when none was
     */
    Edit dropAfter(long iteration, int step) {
        Edit earliest = null;
        while (!edits.isEmpty() && (edits.peekFirst().iteration() > iteration
                || edits.peekFirst().iteration() == iteration && edits.peekFirst().step() > step)) {
            earliest = edits.removeFirst();
        }
        return earliest != null && earliest.iteration() == iteration ? earliest : null;
    }
}
