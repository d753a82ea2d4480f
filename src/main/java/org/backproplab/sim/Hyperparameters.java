package org.backproplab.sim;

/**
 * The optimiser settings that can change between two iterations without making the run's
 * history inconsistent: they change how the next updates are computed, not the network, the
 * data, the batches or the state already reached. Each checkpoint holds the values in force, so
 * Step Back across a change restores the earlier ones.
 *
 * @param learningRate α
 * @param momentum     β (momentum) or μ (nesterov); 0 and unused for sgd
 * @param l2           L2 strength λ
 */
public record Hyperparameters(double learningRate, double momentum, double l2) {
    /**
     * @throws IllegalArgumentException when a value is outside what a lab file accepts (α &gt; 0,
     *         0 ≤ momentum &lt; 1, λ ≥ 0, all finite)
     */
    public void check() {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive, found " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("the momentum must be in [0, 1), found " + momentum);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("L2 must be zero or positive, found " + l2);
        }
    }
}
