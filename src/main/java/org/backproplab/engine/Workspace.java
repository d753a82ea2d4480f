package org.backproplab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Reusable buffers for forward and backward passes of up to {@code capacity} samples, so that
 * training allocates nothing per batch. The buffers hold the latest pass; {@link #toPass}
 * copies them into an immutable {@link Pass} only when a view or trace asks for one.
 */
public final class Workspace {
    final Architecture architecture;
    final int capacity;
    final double[] input;
    final double[] target;
    final double[] dLossDInput;
    final double[][] preActivation;
    final double[][] activation;
    final double[][] dLossDActivation;
    final double[][] delta;
    final double[][] dLossDWeights;
    final double[][] dLossDBiases;
    int rows;
    double loss;

    /**
     * @param architecture network shape
     * @param capacity     largest batch the buffers hold
     */
    public Workspace(Architecture architecture, int capacity) {
        this.architecture = architecture;
        this.capacity = Math.max(1, capacity);
        int layers = architecture.layerCount();
        input = new double[this.capacity * architecture.inputSize()];
        target = new double[this.capacity * architecture.outputSize()];
        dLossDInput = new double[input.length];
        preActivation = new double[layers][];
        activation = new double[layers][];
        dLossDActivation = new double[layers][];
        delta = new double[layers][];
        dLossDWeights = new double[layers][];
        dLossDBiases = new double[layers][];
        for (int l = 0; l < layers; l++) {
            int units = architecture.unitsOf(l);
            preActivation[l] = new double[this.capacity * units];
            activation[l] = new double[this.capacity * units];
            dLossDActivation[l] = new double[this.capacity * units];
            delta[l] = new double[this.capacity * units];
            dLossDWeights[l] = new double[architecture.inputsOf(l) * units];
            dLossDBiases[l] = new double[units];
        }
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
     * @param layer non-input layer index
     * @return the live dJ/dW buffer of the latest pass
     */
    public double[] weightGradient(int layer) {
        return dLossDWeights[layer];
    }

    /**
     * @param layer non-input layer index
     * @return the live dJ/db buffer of the latest pass
     */
    public double[] biasGradient(int layer) {
        return dLossDBiases[layer];
    }

    /**
     * @param layer non-input layer index
     * @return the live activation buffer of the latest pass
     */
    public double[] activationBuffer(int layer) {
        return activation[layer];
    }

    /** @return the batch size of the latest pass */
    public int rows() {
        return rows;
    }

    /** @return the loss of the latest pass */
    public double loss() {
        return loss;
    }

    /** @return an immutable copy of the latest pass */
    public Pass toPass() {
        Architecture arch = architecture;
        List<LayerTrace> layers = new ArrayList<>(arch.layerCount());
        for (int l = 0; l < arch.layerCount(); l++) {
            int units = arch.unitsOf(l);
            layers.add(new LayerTrace(
                    Matrix.copyOf(rows, units, preActivation[l], 0),
                    Matrix.copyOf(rows, units, activation[l], 0),
                    Matrix.copyOf(rows, units, dLossDActivation[l], 0),
                    Matrix.copyOf(rows, units, delta[l], 0),
                    Matrix.copyOf(arch.inputsOf(l), units, dLossDWeights[l], 0),
                    arch.bias() ? dLossDBiases[l] : null));
        }
        return new Pass(Matrix.copyOf(rows, arch.inputSize(), input, 0),
                Matrix.copyOf(rows, arch.outputSize(), target, 0),
                layers, loss, Matrix.copyOf(rows, arch.inputSize(), dLossDInput, 0));
    }
}
