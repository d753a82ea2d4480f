package org.backproplab.sim;

/**
 * How far one Step Forward or Step Back moves (DESIGN §3).
 */
public enum Granularity {
    /** One phase: one layer forward, the loss, one layer backward, or the update. */
    PHASE("Phase"),
    /** One pass: the whole forward pass through the loss, the whole backward pass, or the update. */
    PASS("Pass"),
    /** One iteration: one minibatch, forward, backward and update. */
    ITERATION("Iteration"),
    /** One epoch: to the end of the current (or the start of the previous) epoch. */
    EPOCH("Epoch");

    private final String label;

    Granularity(String label) {
        this.label = label;
    }

    /** @return the name shown to the user */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
