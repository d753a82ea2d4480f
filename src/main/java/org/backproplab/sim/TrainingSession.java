package org.backproplab.sim;

import org.backproplab.data.ClassLabels;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.DivergenceException;
import org.backproplab.engine.Network;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.backproplab.engine.SplitMix64;
import org.backproplab.engine.Workspace;

/**
 * The state of a training run, single-threaded: parameters, optimiser state, data cursor
 * (epoch, batch index, visiting order), shuffling generator and iteration counter. One
 * {@link #iterate} is one minibatch: forward, loss, backward, update. {@link #checkpoint()}
 * and {@link #restoreInPlace} capture and restore all of it bit for bit, including the
 * {@link Hyperparameters} that {@link #setHyperparameters} may change between iterations.
 */
public final class TrainingSession {
    private final Network network;
    private final Dataset train;
    private final int batchSize;
    private double l2;
    private final boolean shuffle;
    private final Workspace workspace;
    private Optimizer optimizer;
    private final SplitMix64 rng;
    private int[] order;
    private long iteration;
    private int epoch;
    private int cursor;
    private int epochErrors;
    private int completedEpochErrors;
    private double lastLoss = Double.NaN;

    /**
     * @param parameters starting parameters (used live)
     * @param optimizer  optimiser with its state (used live)
     * @param train      training set (at least one row)
     * @param batchSize  samples per iteration; 0 or more than the rows = the whole set
     * @param l2         L2 strength
     * @param shuffle    whether each epoch visits rows in a new seeded order
     * @param seed       shuffling seed
     */
    public TrainingSession(Parameters parameters, Optimizer optimizer, Dataset train, int batchSize, double l2,
                           boolean shuffle, long seed) {
        if (train.rows() == 0) {
            throw new IllegalArgumentException("the training set is empty");
        }
        this.network = new Network(parameters);
        this.optimizer = optimizer;
        this.train = train;
        this.batchSize = batchSize <= 0 ? train.rows() : Math.min(batchSize, train.rows());
        this.l2 = l2;
        this.shuffle = shuffle;
        this.rng = new SplitMix64(seed);
        this.workspace = new Workspace(parameters.architecture(), this.batchSize);
        this.order = new int[train.rows()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (shuffle) {
            rng.shuffleInPlace(order);
        }
    }

    /**
     * One iteration: the next minibatch forward and backward, then the update.
     *
     * @param record whether to return the pass (copying it costs an allocation)
     * @return the pass computed before the update, or null when not recorded
     * @throws DivergenceException when the loss or a parameter becomes NaN or infinite
     */
    public Pass iterate(boolean record) {
        Architecture arch = network.architecture();
        int rows = Math.min(batchSize, order.length - cursor);
        double[] x = workspace.inputBuffer();
        double[] t = workspace.targetBuffer();
        for (int r = 0; r < rows; r++) {
            int row = order[cursor + r];
            train.copyInputs(row, x, r * arch.inputSize());
            train.copyTargets(row, t, r * arch.outputSize());
        }
        double loss = network.computeGradients(workspace, rows, l2);
        lastLoss = loss;
        if (!Double.isFinite(loss)) {
            throw DivergenceException.locate(iteration + 1, workspace.toPass());
        }
        if (train.isClassification()) {
            countErrors(rows);
        }
        Pass pass = record ? workspace.toPass() : null;
        network.applyUpdateInPlace(workspace, optimizer);
        String bad = network.parameters().firstNonFinite();
        if (bad != null) {
            throw new DivergenceException(iteration + 1, "the " + bad);
        }
        iteration++;
        cursor += rows;
        if (cursor >= order.length) {
            cursor = 0;
            epoch++;
            completedEpochErrors = epochErrors;
            epochErrors = 0;
            if (shuffle) {
                rng.shuffleInPlace(order);
            }
        }
        return pass;
    }

    private void countErrors(int rows) {
        Architecture arch = network.architecture();
        double[] out = workspace.activationBuffer(arch.layerCount() - 1);
        double threshold = arch.outputActivation().classThreshold();
        for (int r = 0; r < rows; r++) {
            if (ClassLabels.predict(out, r, arch.outputSize(), threshold) != train.label(order[cursor + r])) {
                epochErrors++;
            }
        }
    }

    /**
     * Trains through the end of the current epoch.
     *
     * @return the number of misclassified samples seen during that epoch (classification only)
     */
    public int runEpoch() {
        int startEpoch = epoch;
        while (epoch == startEpoch) {
            iterate(false);
        }
        return completedEpochErrors;
    }

    /** @return the training samples misclassified while the last completed epoch trained (0 before one) */
    public int lastEpochErrors() {
        return completedEpochErrors;
    }

    /** @return the batch loss J of the latest {@link #iterate} (NaN before the first) */
    public double lastLoss() {
        return lastLoss;
    }

    /** @return the live network */
    public Network network() {
        return network;
    }

    /** @return the training set */
    public Dataset train() {
        return train;
    }

    /** @return iterations completed */
    public long iteration() {
        return iteration;
    }

    /** @return epochs completed */
    public int epoch() {
        return epoch;
    }

    /** @return samples per iteration */
    public int batchSize() {
        return batchSize;
    }

    /** @return iterations per epoch */
    public int iterationsPerEpoch() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** @return index of the next batch within the epoch, 0-based */
    public int batchIndex() {
        return cursor / batchSize;
    }

    /** @return training-set rows of the next batch, in order */
    public int[] nextBatchRows() {
        int rows = Math.min(batchSize, order.length - cursor);
        int[] out = new int[rows];
        System.arraycopy(order, cursor, out, 0, rows);
        return out;
    }

    /** @return L2 strength */
    public double l2() {
        return l2;
    }

    /** @return the learning rate, momentum and L2 strength the next iteration uses */
    public Hyperparameters hyperparameters() {
        return new Hyperparameters(optimizer.learningRate(), optimizer.momentum(), l2);
    }

    /**
     * Changes the learning rate, momentum and L2 strength from the next iteration on (between
     * iterations only). The optimiser's velocities are kept.
     *
     * @param h the new values
     */
    public void setHyperparameters(Hyperparameters h) {
        optimizer = optimizer.withSettings(h.learningRate(), h.momentum());
        l2 = h.l2();
    }

    /** @return everything needed to come back to this exact state */
    public Checkpoint checkpoint() {
        return new Checkpoint(network.parameters().copy(), optimizer.copy(), order.clone(), rng.state(),
                iteration, epoch, cursor, epochErrors, completedEpochErrors, l2);
    }

    /**
     * Restores a checkpoint taken from this session.
     *
     * @param c the checkpoint (not modified)
     */
    public void restoreInPlace(Checkpoint c) {
        network.parameters().copyFromInPlace(c.parameters());
        optimizer = c.optimizer().copy();
        order = c.order().clone();
        rng.restoreState(c.rngState());
        iteration = c.iteration();
        epoch = c.epoch();
        cursor = c.cursor();
        epochErrors = c.epochErrors();
        completedEpochErrors = c.completedEpochErrors();
        l2 = c.l2();
    }

    /**
     * A frozen training state.
     *
     * @param parameters  weights and biases
     * @param optimizer   optimiser with velocities
     * @param order       visiting order of the current epoch
     * @param rngState    shuffling generator state
     * @param iteration   iterations completed
     * @param epoch       epochs completed
     * @param cursor      position in {@code order}
     * @param epochErrors misclassifications so far this epoch
     * @param completedEpochErrors misclassifications during the last completed epoch
     * @param l2          L2 strength in force (the optimiser holds the learning rate and momentum)
     */
    public record Checkpoint(Parameters parameters, Optimizer optimizer, int[] order, long rngState,
                             long iteration, int epoch, int cursor, int epochErrors, int completedEpochErrors,
                             double l2) {
        /**
         * @return approximate heap bytes held: the parameter arrays, as much again for the
         *         optimiser's velocities (none for plain SGD), the visiting order, and the
         *         objects around them
         */
        public long approximateBytes() {
            Architecture arch = parameters.architecture();
            long arrays = arch.layerCount() * (arch.bias() ? 2L : 1L);
            long parameterBytes = 8L * arch.parameterCount() + 16L * arrays;
            long velocityBytes = optimizer.kind() == Optimizer.Kind.SGD ? 0 : parameterBytes + 48L * arrays;
            return parameterBytes + velocityBytes + 4L * order.length + 16 + 200;
        }
    }
}
