package org.backproplab.io;

import org.backproplab.engine.Optimizer;

/**
 * The {@code training} section of a lab file.
 *
 * @param optimizer    update rule
 * @param learningRate α
 * @param momentum     β (momentum) or μ (nesterov); 0 for sgd
 * @param l2           L2 strength λ (0 for none)
 * @param batchSize    samples per iteration, 0 = the whole training set
 * @param epochs       epochs to train
 * @param seed         seed of the shuffling generator
 * @param shuffle      whether each epoch visits the training rows in a new seeded order
 */
public record TrainingSettings(Optimizer.Kind optimizer, double learningRate, double momentum, double l2,
                               int batchSize, int epochs, long seed, boolean shuffle) {

    /** @return a fresh optimiser with zero velocities */
    public Optimizer newOptimizer() {
        return new Optimizer(optimizer, learningRate, momentum);
    }

    /**
     * @param trainingRows rows in the training set
     * @return the effective batch size
     */
    public int effectiveBatchSize(int trainingRows) {
        return batchSize <= 0 ? trainingRows : Math.min(batchSize, trainingRows);
    }
}
