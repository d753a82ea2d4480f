package org.backproplab.engine;

/**
 * What a single output unit of an {@link Activation} means as a class: its threshold (class 1
 * above it), the target of the negative class, and the distance from the threshold at which the
 * decision map shows the class as certain.
 */
enum SingleOutput {
    /** Outputs in [0, 1] or ≥ 0: class 1 above 0.5, class 0 encoded as 0. */
    UNIT(0.5, 0.0, 1.0),
    /** A probability: the same, certain at 0 or 1. */
    PROBABILITY(0.5, 0.0, 0.5),
    /** Outputs around 0 (targets −1/+1, or real): class 1 above 0, class 0 encoded as −1. */
    SIGNED(0.0, -1.0, 1.0);

    final double threshold;
    final double negativeTarget;
    final double certainAt;

    SingleOutput(double threshold, double negativeTarget, double certainAt) {
        this.threshold = threshold;
        this.negativeTarget = negativeTarget;
        this.certainAt = certainAt;
    }
}
