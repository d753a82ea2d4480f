package org.backproplab.bench;

import java.util.List;
import java.util.function.Supplier;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;

/**
 * The three workloads of BENCHMARKS.md: data, network, loss, minibatch size, learning rate,
 * the epochs after which loss and accuracy are checked, and the largest timed run. Every network
 * has biases (starting at 0) and Glorot-uniform weights from one SplitMix64 stream with seed 42.
 */
public enum Workload {
    /** iris, two standardised features, 2-8-8-3 tanh/tanh/softmax, ce, full batch, lr 0.1. */
    W1("iris-2f", BenchDatasets::iris, List.of(2, 8, 8, 3),
            List.of(Activation.TANH, Activation.TANH, Activation.SOFTMAX), Loss.CE, 150, 0.1, 2000, 20000, true),
    /** spiral (500 points), 2-8-8-8-1 tanh everywhere, squared loss on ±1 targets, batch 10, lr 0.03. */
    W2("spiral-playground", BenchDatasets::spiral, List.of(2, 8, 8, 8, 1),
            List.of(Activation.TANH, Activation.TANH, Activation.TANH, Activation.TANH), Loss.SQUARED, 10, 0.03,
            3000, 400, false),
    /** digits 8×8, 64-32-10 sigmoid/softmax, ce, batch 32, lr 0.1. */
    W3("digits", BenchDatasets::digits, List.of(64, 32, 10),
            List.of(Activation.SIGMOID, Activation.SOFTMAX), Loss.CE, 32, 0.1, 20, 50, false);

    /** Seed of the SplitMix64 stream that initialises every workload's weights. */
    public static final long INIT_SEED = 42;

    private final String title;
    private final Supplier<BenchData> data;
    private final Architecture architecture;
    private final int batchSize;
    private final double learningRate;
    private final int checkEpochs;
    private final int maxTimedEpochs;
    private final boolean reportsEpochs;

    Workload(String title, Supplier<BenchData> data, List<Integer> sizes, List<Activation> activations, Loss loss,
             int batchSize, double learningRate, int checkEpochs, int maxTimedEpochs, boolean reportsEpochs) {
        this.title = title;
        this.data = data;
        this.architecture = new Architecture(sizes, activations, true, loss);
        this.batchSize = batchSize;
        this.learningRate = learningRate;
        this.checkEpochs = checkEpochs;
        this.maxTimedEpochs = maxTimedEpochs;
        this.reportsEpochs = reportsEpochs;
    }

    /** @return the name BENCHMARKS.md gives, e.g. {@code iris-2f} */
    public String title() {
        return title;
    }

    /** @return a freshly loaded (or generated) training set */
    public BenchData loadData() {
        return data.get();
    }

    /** @return the network shape, with biases */
    public Architecture architecture() {
        return architecture;
    }

    /** @return samples per minibatch (the last one of an epoch may be shorter) */
    public int batchSize() {
        return batchSize;
    }

    /** @return the SGD learning rate */
    public double learningRate() {
        return learningRate;
    }

    /** @return epochs trained before loss and accuracy are reported */
    public int checkEpochs() {
        return checkEpochs;
    }

    /** @return the most epochs one timed run may last (for a one-second run) */
    public int maxTimedEpochs() {
        return maxTimedEpochs;
    }

    /**
     * @return true when the workload's throughput unit is epochs per second (W1), false when it
     *         is samples per second
     */
    public boolean reportsEpochs() {
        return reportsEpochs;
    }

    /**
     * @param id {@code W1}, {@code W2} or {@code W3} (case-insensitive)
     * @return the workload
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Workload fromId(String id) {
        for (Workload w : values()) {
            if (w.name().equalsIgnoreCase(id)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload \"" + id + "\" (expected W1, W2 or W3)");
    }
}
