package org.backproplab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Reusable buffers for forward and backward passes of up to {@code capacity} samples, so that
 * training allocates nothing per batch. The caller fills the row-major input and target buffers;
 * internally the per-layer buffers are unit-major ([unit][sample], see {@link Kernels}) so that
 * the hot loops run along the batch; the loops themselves ({@link LayerKernels}) are chosen
 * once, for the capacity. The accessors and {@link #toPass}
 * hand out batch × units matrices as everywhere else; {@link #toPass} copies only when a view or
 * trace asks for a pass.
 */
public final class Workspace {
    final Architecture architecture;
    final int capacity;
    /** Row-major capacity × inputs, filled by the caller. */
    final double[] input;
    /** Row-major capacity × outputs, filled by the caller. */
    final double[] target;
    // Unit-major copies of the batch and the per-layer quantities of the latest pass:
    // [layer][unit][sample], see Kernels.
    final double[][] inputByUnit;
    final double[][] targetByUnit;
    /** Σ_k t_k of each sample of the batch (softmax + ce). */
    final double[] targetSum;
    final double[][][] preActivation;
    final double[][][] activation;
    final double[][][] dLossDActivation;
    final double[][][] delta;
    /** δ_l with one array per sample ([layer][sample][unit]), as the weight-gradient kernel reads it. */
    final double[][][] deltaBySample;
    /** dJ/dW_l one array per input unit ([layer][i][j]), as the kernel accumulates it. */
    final double[][][] dLossDWeightRows;
    /** dJ/dW_l flat in × out row-major, as the optimiser and the accessors use it. */
    final double[][] dLossDWeights;
    final double[][] dLossDBiases;
    /** W_1 as the latest pass used it, so that dJ/dx = δ_1 · W_1ᵀ can be formed on demand. */
    final double[] firstLayerWeights;
    /** Row-major copies of the activations, made when {@link #activationBuffer} is asked. */
    private final double[][] activationByRow;
    int rows;
    double loss;
    /**
     * For batches shorter than {@link Simd#PAD}: room for one layer's values of every unit end to
     * end (null for longer batches), where the vectorised tanh wastes fewer lanes.
     */
    final double[] packed;
    /** True while dJ/da of the output layer is still to be formed (see Network's backward pass). */
    boolean outputGradientDeferred;
    /** The dense loops every pass through this workspace runs. */
    final LayerKernels kernels;

    /**
     * @param architecture network shape
     * @param capacity     largest batch the buffers hold
     */
    public Workspace(Architecture architecture, int capacity) {
        this(architecture, capacity, LayerKernels.forBatchesOf(Math.max(1, capacity)));
    }

    // with given kernels (the tests compare them)
    Workspace(Architecture architecture, int capacity, LayerKernels kernels) {
        this.kernels = kernels;
        this.architecture = architecture;
        this.capacity = Math.max(1, capacity);
        int layers = architecture.layerCount();
        input = new double[this.capacity * architecture.inputSize()];
        target = new double[this.capacity * architecture.outputSize()];
        // the unit-major arrays are padded to whole vectors (Simd.padded): the vectorised
        // kernels run along them over the padding too; so are the sample-major rows and the
        // weight-gradient rows, along which the gradient kernels run
        int lanes = Simd.padded(this.capacity);
        inputByUnit = new double[architecture.inputSize()][lanes];
        targetByUnit = new double[architecture.outputSize()][lanes];
        targetSum = new double[this.capacity];
        preActivation = new double[layers][][];
        activation = new double[layers][][];
        dLossDActivation = new double[layers][][];
        delta = new double[layers][][];
        deltaBySample = new double[layers][][];
        dLossDWeightRows = new double[layers][][];
        activationByRow = new double[layers][];
        dLossDWeights = new double[layers][];
        dLossDBiases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int units = architecture.unitsOf(l);
            preActivation[l] = new double[units][lanes];
            activation[l] = new double[units][lanes];
            dLossDActivation[l] = new double[units][lanes];
            delta[l] = new double[units][lanes];
            deltaBySample[l] = new double[this.capacity][Simd.padded(units)];
            dLossDWeightRows[l] = new double[architecture.inputsOf(l)][Simd.padded(units)];
            activationByRow[l] = new double[this.capacity * units];
            dLossDWeights[l] = new double[architecture.inputsOf(l) * units];
            dLossDBiases[l] = new double[units];
        }
        int widest = 0;
        for (int l = 0; l < layers; l++) {
            widest = Math.max(widest, architecture.unitsOf(l));
        }
        packed = this.capacity < Simd.PAD ? new double[Simd.padded(this.capacity * widest)] : null;
        firstLayerWeights = new double[dLossDWeights[0].length];
    }

    /** @return largest batch size */
    public int capacity() {
        return capacity;
    }

    /** @return the live input buffer (row-major, capacity × inputs); fill it before a pass */
    public double[] inputBuffer() {
        return input;
    }

    /** @return the live target buffer (row-major, capacity × outputs) */
    public double[] targetBuffer() {
        return target;
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return the live dJ/dW buffer of the latest pass (in × out, row-major)
     */
    public double[] weightGradient(int index) {
        return dLossDWeights[index];
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return the live dJ/db buffer of the latest pass
     */
    public double[] biasGradient(int index) {
        return dLossDBiases[index];
    }

    /**
     * The activations of one layer in the latest pass, row-major (rows × units): a buffer of
     * this workspace, refilled by each call.
     *
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return the activations, entry r·units + j for unit j of sample r
     */
    public double[] activationBuffer(int index) {
        Kernels.toRowMajor(activation[index], activationByRow[index], rows, architecture.unitsOf(index));
        return activationByRow[index];
    }

    /** @return the batch size of the latest pass */
    public int rows() {
        return rows;
    }

    /** @return the loss of the latest pass */
    public double loss() {
        return loss;
    }

    /** @return an immutable copy of the latest pass, every batch quantity as batch × units */
    public Pass toPass() {
        Architecture arch = architecture;
        int last = arch.layerCount() - 1;
        if (outputGradientDeferred) {
            // dJ/da_L, which the fused backward pass did not need
            arch.loss().gradientByUnit(activation[last], targetByUnit, dLossDActivation[last], rows, arch.outputSize());
            outputGradientDeferred = false;
        }
        List<LayerTrace> layers = new ArrayList<>(arch.layerCount());
        for (int l = 0; l < arch.layerCount(); l++) {
            int units = arch.unitsOf(l);
            layers.add(new LayerTrace(
                    byRow(preActivation[l], units),
                    byRow(activation[l], units),
                    byRow(dLossDActivation[l], units),
                    byRow(delta[l], units),
                    Matrix.copyOf(arch.inputsOf(l), units, dLossDWeights[l], 0),
                    arch.bias() ? dLossDBiases[l] : null));
        }
        // dJ/dx = δ_1 · W_1ᵀ with the weights the pass used
        double[][] dLossDInput = new double[arch.inputSize()][rows];
        Kernels.backward(delta[0], firstLayerWeights, dLossDInput, rows, arch.inputSize(), arch.unitsOf(0));
        return new Pass(Matrix.copyOf(rows, arch.inputSize(), input, 0),
                Matrix.copyOf(rows, arch.outputSize(), target, 0),
                layers, loss, byRow(dLossDInput, arch.inputSize()));
    }

    private Matrix byRow(double[][] unitMajor, int units) {
        double[] values = new double[rows * units];
        Kernels.toRowMajor(unitMajor, values, rows, units);
        return Matrix.copyOf(rows, units, values, 0);
    }
}
