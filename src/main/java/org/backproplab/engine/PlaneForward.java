package org.backproplab.engine;

import java.util.Arrays;

/**
 * The forward pass of a 2-input network over a grid of cells, for drawing only (the decision map
 * and the neuron maps): one row of cells at a time, layer by layer over whole rows (unit-major
 * buffers of one value per column, so the inner loops run over contiguous arrays), with each
 * activation's display-grade form ({@link Activation#displayForwardByUnit}). The first layer is
 * separable: z = w₁·x + w₂·y + b splits into a per-column term w₁·x + b (computed once per grid)
 * and a per-row term w₂·y, and so does the exponential a tanh or logistic first layer needs
 * ({@link Activation#displayExponentScale}), e^(s·z) = e^(s·(w₁·x + b)) · e^(s·w₂·y), which leaves
 * one multiplication per cell and unit instead of an exponential. Buffers are allocated once per
 * grid; nothing is allocated per row or cell.
 *
 * <p>Each display-grade activation is within 1e-10 of the exact one, and a layer multiplies an
 * incoming error by at most the sum of its |weights|, so the values agree with
 * {@link Network#forward} to about 1e-10 for the lessons' networks, well inside
 * {@link #DISPLAY_TOLERANCE}. Cell centres: column c at x = xMin + (c + ½)·(xMax − xMin)/columns.
 */
public final class PlaneForward {
    /** The agreement with {@link Network#forward} that drawing relies on (and the tests check). */
    public static final double DISPLAY_TOLERANCE = 1e-6;
    // |exponent| limit of each factor of a factored first-layer exponential: e^350 · e^350 < Double.MAX_VALUE
    private static final double FACTOR_LIMIT = 350;
    private final Architecture arch;
    private final double[][] weights;
    private final double[][] biases;
    private final int columns;
    private final int layers;
    // values[l][u][c]: z and then a = g(z) of unit u of layer l + 1 for column c of the current row
    private final double[][][] values;
    // first layer, per column: w₁·x_c + b, and e^(s·(w₁·x_c + b)) for units whose exponent stays small
    private final double[][] columnTerm;
    private final double[][] columnExp;
    private final boolean[] factored;
    private final double[] scratch;

    /**
     * @param parameters a 2-input network's parameters (read only; not changed while in use)
     * @param xMin       smallest first input (network units), the grid's left edge
     * @param xMax       largest first input, the right edge
     * @param columns    cells across
     * @param layers     how many non-input layers to compute (1 … L; a hidden unit's map needs
     *                   only the layers up to its own)
     */
    public PlaneForward(Parameters parameters, double xMin, double xMax, int columns, int layers) {
        arch = parameters.architecture();
        if (arch.inputSize() != 2) {
            throw new IllegalArgumentException("a plane needs 2 inputs, the network has " + arch.inputSize());
        }
        if (layers < 1 || layers > arch.layerCount() || columns < 1) {
            throw new IllegalArgumentException("layers " + layers + " of " + arch.layerCount() + ", columns " + columns);
        }
        this.layers = layers;
        this.columns = columns;
        weights = new double[layers][];
        biases = new double[layers][];
        values = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            weights[l] = parameters.weightsOf(l);
            biases[l] = parameters.hasBiases() ? parameters.biasesOf(l) : new double[arch.unitsOf(l)];
            values[l] = new double[arch.unitsOf(l)][columns];
        }
        columnTerm = new double[arch.unitsOf(0)][columns];
        columnExp = new double[arch.unitsOf(0)][columns];
        factored = new boolean[arch.unitsOf(0)];
        scratch = new double[columns];
        columnTerms(xMin, xMax);
    }

    /**
     * @param index layer index k = l − 1 of layer l (README, "Layer numbers"), below the
     *              {@code layers} computed
     * @param unit  0-based unit
     * @return the unit's activations at every column of the last row computed (the live buffer:
     *         read it before the next {@link #forwardRow})
     */
    public double[] row(int index, int unit) {
        return values[index][unit];
    }

    // w₁·x_c + b for every unit of the first layer and every column, and e^(s·(w₁·x_c + b)) where usable
    private void columnTerms(double xMin, double xMax) {
        int units = arch.unitsOf(0);
        double[] w = weights[0];
        double s = arch.activations().get(0).displayExponentScale();
        for (int u = 0; u < units; u++) {
            double[] t = columnTerm[u];
            double largest = 0;
            for (int c = 0; c < columns; c++) {
                double x = xMin + (c + 0.5) * (xMax - xMin) / columns;
                t[c] = w[u] * x + biases[0][u];
                largest = Math.max(largest, Math.abs(s * t[c]));
            }
            factored[u] = s != 0 && largest <= FACTOR_LIMIT;
            if (factored[u]) {
                for (int c = 0; c < columns; c++) {
                    columnExp[u][c] = Math.exp(s * t[c]);
                }
            }
        }
    }

    /**
     * Computes every asked-for layer for one row of cells.
     *
     * @param y the second input of the row (network units)
     */
    public void forwardRow(double y) {
        int first = arch.unitsOf(0);
        double[] w0 = weights[0];
        Activation g0 = arch.activations().get(0);
        double s = g0.displayExponentScale();
        for (int u = 0; u < first; u++) {
            // z_u = (w₁u·x + b_u) + w₂u·y; weights are row-major in × out, so w₂u is entry first + u
            double wy = w0[first + u] * y;
            double[] t = columnTerm[u];
            double[] a = values[0][u];
            if (factored[u] && Math.abs(s * wy) <= FACTOR_LIMIT) {
                // e^(s·z) = e^(s·(w₁u·x + b_u)) · e^(s·w₂u·y): one product per cell instead of an exponential
                g0.displayFromExponentials(columnExp[u], Math.exp(s * wy), a, columns);
            } else {
                for (int c = 0; c < columns; c++) {
                    a[c] = t[c] + wy;
                }
                if (s != 0) {
                    g0.displayInPlace(a, columns);
                }
            }
        }
        if (s == 0) {
            // no factored form: the whole layer at once (a softmax needs every unit)
            g0.displayForwardByUnit(values[0], columns, scratch);
        }
        for (int l = 1; l < layers; l++) {
            double[][] in = values[l - 1];
            double[][] out = values[l];
            double[] w = weights[l];
            double[] b = biases[l];
            int units = out.length;
            for (int j = 0; j < units; j++) {
                // z_j = b_j + Σᵢ a_i · w_ij
                double[] z = out[j];
                Arrays.fill(z, b[j]);
                for (int i = 0; i < in.length; i++) {
                    double wij = w[i * units + j];
                    double[] a = in[i];
                    for (int c = 0; c < columns; c++) {
                        z[c] += a[c] * wij;
                    }
                }
            }
            // a = g(z), display-grade
            arch.activations().get(l).displayForwardByUnit(out, columns, scratch);
        }
    }
}
