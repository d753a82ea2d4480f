package org.backproplab.bench;

import org.backproplab.engine.Architecture;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Network;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Workspace;

/**
 * One workload's training run through the engine: the shared initial weights, then epochs of
 * consecutive minibatches in data order (no shuffling), each a
 * {@link Network#computeGradientsOnly} (the gradients without the batch's loss value, which
 * the protocol reads only at its checks, over the whole training set) followed by a plain-SGD
 * {@link Network#applyUpdateInPlace}. Nothing is allocated per batch.
 */
public final class WorkloadTrainer {
    private final Workload workload;
    private final BenchData data;
    private final Network network;
    private final Optimizer optimizer;
    private final Workspace workspace;
    private long epochs;

    /**
     * @param workload the workload
     * @param data     its training set (from {@link Workload#loadData()})
     */
    public WorkloadTrainer(Workload workload, BenchData data) {
        this.workload = workload;
        this.data = data;
        Architecture arch = workload.architecture();
        this.network = new Network(new Initializer("xavier", Workload.INIT_SEED, 0).initialise(arch));
        this.optimizer = Optimizer.sgd(workload.learningRate());
        this.workspace = new Workspace(arch, workload.batchSize());
    }

    /** @return the live network */
    public Network network() {
        return network;
    }

    /** @return epochs trained so far */
    public long epochs() {
        return epochs;
    }

    /**
     * Trains whole epochs.
     *
     * @param count number of epochs
     */
    public void trainEpochs(long count) {
        int in = data.inputSize();
        int out = data.outputSize();
        int batch = workload.batchSize();
        double[] x = workspace.inputBuffer();
        double[] t = workspace.targetBuffer();
        for (long e = 0; e < count; e++) {
            for (int start = 0; start < data.rows(); start += batch) {
                int rows = Math.min(batch, data.rows() - start);
                System.arraycopy(data.inputs(), start * in, x, 0, rows * in);
                System.arraycopy(data.targets(), start * out, t, 0, rows * out);
                network.computeGradientsOnly(workspace, rows, 0.0);
                network.applyUpdateInPlace(workspace, optimizer);
            }
        }
        epochs += count;
    }

    /**
     * Loss and accuracy over the whole training set with the current weights. A sample counts
     * as right when the largest output is its class, or for a single ±1 output when the sign of
     * the output agrees with the target's.
     *
     * @return the metrics
     */
    public CheckResult evaluate() {
        Architecture arch = workload.architecture();
        Workspace all = new Workspace(arch, data.rows());
        System.arraycopy(data.inputs(), 0, all.inputBuffer(), 0, data.inputs().length);
        System.arraycopy(data.targets(), 0, all.targetBuffer(), 0, data.targets().length);
        double loss = network.computeLoss(all, data.rows(), 0.0);
        double[] output = all.activationBuffer(arch.layerCount() - 1);
        int k = arch.outputSize();
        int right = 0;
        for (int r = 0; r < data.rows(); r++) {
            int predicted;
            if (k == 1) {
                predicted = output[r] > 0 ? 1 : 0;
            } else {
                predicted = 0;
                for (int j = 1; j < k; j++) {
                    if (output[r * k + j] > output[r * k + predicted]) {
                        predicted = j;
                    }
                }
            }
            if (predicted == data.labels()[r]) {
                right++;
            }
        }
        return new CheckResult(epochs, loss, (double) right / data.rows());
    }

    /**
     * Loss and accuracy on the training set after some epochs.
     *
     * @param epochs   epochs trained
     * @param loss     batch-averaged loss over all rows
     * @param accuracy fraction of rows classified right
     */
    public record CheckResult(long epochs, double loss, double accuracy) {
    }
}
