package org.backproplab.engine;

/**
 * Training produced a NaN or infinite loss or parameter. The message says at which iteration,
 * in which layer and which quantity, so the user can lower the learning rate or fix the data.
 */
public final class DivergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param iteration 1-based iteration at which it happened
     * @param what      e.g. "loss" or "weights of layer 2"
     */
    public DivergenceException(long iteration, String what) {
        super("training diverged at iteration " + iteration + ": " + what
                + " became NaN or infinite (try a smaller learning rate)");
    }
}
