package org.backproplab.engine;

import java.util.Arrays;

/**
 * The weights and biases of a network: {@code weights[l]} is the in × out matrix of layer
 * l + 1, row-major (entry i·out + j is the weight from unit i to unit j), and {@code biases[l]}
 * its bias vector, or null when the network has no biases. Mutable: only the training update
 * and explicit edits change it; {@link #copy()} gives an independent copy.
 */
public final class Parameters {
    private final Architecture architecture;
    private final double[][] weights;
    private final double[][] biases;

    /**
     * Zero parameters for an architecture.
     *
     * @param architecture the network shape
     */
    public Parameters(Architecture architecture) {
        this.architecture = architecture;
        int layers = architecture.layerCount();
        weights = new double[layers][];
        biases = architecture.bias() ? new double[layers][] : null;
        for (int l = 0; l < layers; l++) {
            weights[l] = new double[architecture.inputsOf(l) * architecture.unitsOf(l)];
            if (biases != null) {
                biases[l] = new double[architecture.unitsOf(l)];
            }
        }
    }

    /** @return the network shape */
    public Architecture architecture() {
        return architecture;
    }

    /**
     * Live row-major weights of one layer (mutating it changes the network).
     *
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return the backing array
     */
    public double[] weightsOf(int index) {
        return weights[index];
    }

    /**
     * Live biases of one layer, or null when the network has none.
     *
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return the backing array or null
     */
    public double[] biasesOf(int index) {
        return biases == null ? null : biases[index];
    }

    /** @return whether the layers carry biases */
    public boolean hasBiases() {
        return biases != null;
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return an immutable copy of the weight matrix (in × out)
     */
    public Matrix weightMatrix(int index) {
        return Matrix.copyOf(architecture.inputsOf(index), architecture.unitsOf(index), weights[index], 0);
    }

    /** @return an independent copy */
    public Parameters copy() {
        Parameters p = new Parameters(architecture);
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(weights[l], 0, p.weights[l], 0, weights[l].length);
            if (biases != null) {
                System.arraycopy(biases[l], 0, p.biases[l], 0, biases[l].length);
            }
        }
        return p;
    }

    /**
     * Sets every weight and bias from another instance of the same architecture.
     *
     * @param other source
     */
    public void copyFromInPlace(Parameters other) {
        for (int l = 0; l < weights.length; l++) {
            System.arraycopy(other.weights[l], 0, weights[l], 0, weights[l].length);
            if (biases != null) {
                System.arraycopy(other.biases[l], 0, biases[l], 0, biases[l].length);
            }
        }
    }

    /**
     * Names the first non-finite parameter, if any.
     *
     * @return e.g. "weights of layer 2" (layers numbered from 1), or null when all are finite
     */
    public String firstNonFinite() {
        for (int l = 0; l < weights.length; l++) {
            if (!allFinite(weights[l])) {
                return "weights of layer " + (l + 1);
            }
            if (biases != null && !allFinite(biases[l])) {
                return "biases of layer " + (l + 1);
            }
        }
        return null;
    }

    static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters p && p.architecture.equals(architecture)
                && Arrays.deepEquals(p.weights, weights) && Arrays.deepEquals(p.biases, biases);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(weights) * 31 + Arrays.deepHashCode(biases);
    }
}
