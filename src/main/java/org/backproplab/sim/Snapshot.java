package org.backproplab.sim;

import java.util.List;
import org.backproplab.data.DataSplit;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;

/**
 * An immutable picture of a training run at one position, published by the training thread
 * and rendered by the views on other threads. It owns everything it shows: the constructor
 * copies the parameters and the batch rows (copy-on-publish), the lists are frozen, and the
 * other parts are immutable values ({@link Pass}, {@link Architecture}, {@link DataSplit},
 * {@link Hyperparameters}). Nothing the training thread does afterwards, and nothing a reader
 * does with what the accessors return, can change it: {@link #parameters()} and
 * {@link #batchRows()} hand out fresh copies, and {@link #weight} and {@link #bias} read single
 * values without a copy.
 *
 * @param architecture       network shape
 * @param parameters         parameters at this position (before the update while mid-iteration)
 * @param pass               the current iteration's pass, or null when none was computed yet
 * @param phase              which parts of {@code pass} are computed (views blank the rest)
 * @param iteration          iterations completed before the current one
 * @param epoch              epochs completed
 * @param batchIndex         index of the current batch within its epoch
 * @param iterationsPerEpoch batches per epoch
 * @param batchRows          training rows of the current batch
 * @param data               the training and test sets
 * @param epochMetrics       metrics after each completed epoch, oldest first
 * @param iterationLosses    batch loss of each iteration, oldest first (for stepping curves)
 * @param running            whether play is on
 * @param atHistoryStart     whether Step Back can go no further
 * @param message            a status line for the user (e.g. why training stopped), or ""
 * @param firstLossIteration 1-based iteration of {@code iterationLosses.get(0)} (older losses
 *                           are dropped beyond a bound)
 * @param hyperparameters    learning rate, momentum and L2 in force for the current iteration
 *                           (they can change between iterations), or null when not known
 */
public record Snapshot(Architecture architecture, Parameters parameters, Pass pass, PhaseCursor phase,
                       long iteration, int epoch, int batchIndex, int iterationsPerEpoch, int[] batchRows,
                       DataSplit data, List<EpochMetrics> epochMetrics, List<Double> iterationLosses,
                       boolean running, boolean atHistoryStart, String message, long firstLossIteration,
                       Hyperparameters hyperparameters) {

    /** Takes private copies of the parameters and the batch rows and freezes the lists. */
    public Snapshot {
        parameters = parameters.copy();
        batchRows = batchRows.clone();
        epochMetrics = List.copyOf(epochMetrics);
        iterationLosses = List.copyOf(iterationLosses);
    }

    /**
     * A snapshot that does not say which hyperparameters are in force.
     *
     * @param architecture       network shape
     * @param parameters         parameters at this position
     * @param pass               the current iteration's pass, or null
     * @param phase              which parts of {@code pass} are computed
     * @param iteration          iterations completed before the current one
     * @param epoch              epochs completed
     * @param batchIndex         index of the current batch within its epoch
     * @param iterationsPerEpoch batches per epoch
     * @param batchRows          training rows of the current batch
     * @param data               the training and test sets
     * @param epochMetrics       metrics after each completed epoch
     * @param iterationLosses    batch loss of each iteration, oldest first
     * @param running            whether play is on
     * @param atHistoryStart     whether Step Back can go no further
     * @param message            a status line, or ""
     * @param firstLossIteration 1-based iteration of {@code iterationLosses.get(0)}
     */
    public Snapshot(Architecture architecture, Parameters parameters, Pass pass, PhaseCursor phase,
                    long iteration, int epoch, int batchIndex, int iterationsPerEpoch, int[] batchRows,
                    DataSplit data, List<EpochMetrics> epochMetrics, List<Double> iterationLosses,
                    boolean running, boolean atHistoryStart, String message, long firstLossIteration) {
        this(architecture, parameters, pass, phase, iteration, epoch, batchIndex, iterationsPerEpoch, batchRows,
                data, epochMetrics, iterationLosses, running, atHistoryStart, message, firstLossIteration, null);
    }

    /**
     * A snapshot whose iteration losses start at iteration 1.
     *
     * @param architecture       network shape
     * @param parameters         parameters at this position
     * @param pass               the current iteration's pass, or null
     * @param phase              which parts of {@code pass} are computed
     * @param iteration          iterations completed before the current one
     * @param epoch              epochs completed
     * @param batchIndex         index of the current batch within its epoch
     * @param iterationsPerEpoch batches per epoch
     * @param batchRows          training rows of the current batch
     * @param data               the training and test sets
     * @param epochMetrics       metrics after each completed epoch
     * @param iterationLosses    batch loss of each iteration from the first
     * @param running            whether play is on
     * @param atHistoryStart     whether Step Back can go no further
     * @param message            a status line, or ""
     */
    public Snapshot(Architecture architecture, Parameters parameters, Pass pass, PhaseCursor phase,
                    long iteration, int epoch, int batchIndex, int iterationsPerEpoch, int[] batchRows,
                    DataSplit data, List<EpochMetrics> epochMetrics, List<Double> iterationLosses,
                    boolean running, boolean atHistoryStart, String message) {
        this(architecture, parameters, pass, phase, iteration, epoch, batchIndex, iterationsPerEpoch, batchRows,
                data, epochMetrics, iterationLosses, running, atHistoryStart, message, 1, null);
    }

    /**
     * @return an independent copy of the parameters at this position (changing it changes
     *         nothing else; read single values with {@link #weight} and {@link #bias})
     */
    @Override
    public Parameters parameters() {
        return parameters.copy();
    }

    /**
     * One weight at this position, read without a copy.
     *
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @param from  unit of the layer before
     * @param to    unit of the layer
     * @return the weight from {@code from} to {@code to}
     */
    public double weight(int index, int from, int to) {
        return parameters.weightsOf(index)[from * architecture.unitsOf(index) + to];
    }

    /**
     * One bias at this position, read without a copy.
     *
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @param unit  unit of the layer
     * @return its bias, or NaN when the network has no biases
     */
    public double bias(int index, int unit) {
        double[] b = parameters.biasesOf(index);
        return b == null ? Double.NaN : b[unit];
    }

    /** @return a copy of the current batch's training rows */
    @Override
    public int[] batchRows() {
        return batchRows.clone();
    }

    /**
     * Metrics after one epoch.
     *
     * @param epoch    1-based epoch
     * @param train    on the training set
     * @param test     on the test set (NaN when there is none)
     * @param errors   training samples misclassified while the epoch trained (what {@code train}
     *                 prints as {@code errors} for the perceptron rule), −1 when not counted (regression)
     */
    public record EpochMetrics(int epoch, Metrics train, Metrics test, int errors) {
        /**
         * Metrics without an error count.
         *
         * @param epoch 1-based epoch
         * @param train on the training set
         * @param test  on the test set
         */
        public EpochMetrics(int epoch, Metrics train, Metrics test) {
            this(epoch, train, test, -1);
        }
    }
}
