package org.backproplab.sim;

/**
 * Where the user is inside one iteration of a network with L layers, as a step count:
 * 0 = nothing of this iteration computed yet; 1..L = forward pass done through layer {@code step};
 * L+1 = loss computed; L+2..2L+1 = backward pass done down to layer 2L+2−step; 2L+2 = weights
 * updated (the iteration is complete). Layers are numbered from 1 (first hidden layer).
 *
 * @param step   0 … 2L+2
 * @param layers L, the number of non-input layers
 */
public record PhaseCursor(int step, int layers) {

    /** Validates the range. */
    public PhaseCursor {
        if (layers < 1 || step < 0 || step > 2 * layers + 2) {
            throw new IllegalArgumentException("phase step " + step + " out of range for " + layers + " layers");
        }
    }

    /** The kinds of phase. */
    public enum Kind {
        /** Nothing computed yet in this iteration. */
        READY,
        /** A forward step through one layer. */
        FORWARD,
        /** The loss on the batch. */
        LOSS,
        /** A backward step through one layer. */
        BACKWARD,
        /** The weight update. */
        UPDATE
    }

    /**
     * @param layers L
     * @return the completed-iteration position 2L+2
     */
    public static PhaseCursor complete(int layers) {
        return new PhaseCursor(2 * layers + 2, layers);
    }

    /** @return the number of steps in one iteration, 2L+2 */
    public int stepsPerIteration() {
        return 2 * layers + 2;
    }

    /** @return the kind of the last completed phase */
    public Kind kind() {
        if (step == 0) {
            return Kind.READY;
        }
        if (step <= layers) {
            return Kind.FORWARD;
        }
        if (step == layers + 1) {
            return Kind.LOSS;
        }
        if (step <= 2 * layers + 1) {
            return Kind.BACKWARD;
        }
        return Kind.UPDATE;
    }

    /** @return the layer (1-based) of a FORWARD or BACKWARD phase, otherwise 0 */
    public int layer() {
        return switch (kind()) {
            case FORWARD -> step;
            case BACKWARD -> 2 * layers + 2 - step;
            default -> 0;
        };
    }

    /**
     * @param layer layer l = 1 … L
     * @return whether z and a of that layer are computed
     */
    public boolean forwardComputed(int layer) {
        return step >= layer;
    }

    /** @return whether the loss is computed */
    public boolean lossComputed() {
        return step >= layers + 1;
    }

    /**
     * @param layer layer l = 1 … L
     * @return whether dJ/da, δ, dJ/dW and dJ/db of that layer are computed. (dJ/da of the
     *         output layer comes with the loss.)
     */
    public boolean backwardComputed(int layer) {
        return step >= 2 * layers + 2 - layer;
    }

    /** @return whether dJ/dx (the input gradient) is computed: after the backward step of layer 1 */
    public boolean inputGradientComputed() {
        return step >= 2 * layers + 1;
    }

    /** @return whether the weights have been updated */
    public boolean updated() {
        return step == 2 * layers + 2;
    }

    /** @return e.g. "FORWARD layer 2 of 3", "LOSS", "BACKWARD layer 1 of 3", "UPDATE", "READY" */
    public String label() {
        return switch (kind()) {
            case FORWARD, BACKWARD -> kind() + " layer " + layer() + " of " + layers;
            default -> kind().toString();
        };
    }
}
