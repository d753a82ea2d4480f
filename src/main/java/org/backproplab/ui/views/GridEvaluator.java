package org.backproplab.ui.views;

import java.util.Arrays;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;

/**
 * The forward pass of a 2-input network over a grid of cells, for the decision map only: one
 * row of cells at a time, layer by layer over whole rows (unit-major buffers of one value per
 * column, so the inner loops run over contiguous arrays), with each activation's display-grade
 * form ({@link Activation#displayForwardByUnit}). The first layer is separable: z = w₁·x + w₂·y + b splits into a per-column
 * term w₁·x + b (computed once per grid) and a per-row term w₂·y, and so does the exponential
 * a tanh or logistic first layer needs ({@link Activation#displayExponentScale}), e^(s·z) = e^(s·(w₁·x + b)) · e^(s·w₂·y), which leaves
 * one multiplication per cell and unit instead of an exponential. Buffers are allocated once
 * per grid; nothing is allocated per cell.
 * Agrees with {@code Network.forward} to about 1e-10 (tests check 1e-6).
 */
final class GridEvaluator {
    // |exponent| limit of each factor of a factored first-layer exponential: e^350 · e^350 < Double.MAX_VALUE
    private static final double FACTOR_LIMIT = 350;
    private final Architecture arch;
    private final double[][] weights;
    private final double[][] biases;
    private final int columns;
    // values[l][u][c]: z and then a = g(z) of unit u of layer l + 1 for column c of the current row
    private final double[][][] values;
    // first layer, per column: w₁·x_c + b, and e^(s·(w₁·x_c + b)) for units whose exponent stays small
    private final double[][] columnTerm;
    private final double[][] columnExp;
    private final boolean[] factored;
    // per column of the current row: the largest output, and working room for the activations
    private final double[] top;
    private final double[] scratch;

    private GridEvaluator(Parameters parameters, int columns) {
        arch = parameters.architecture();
        int layers = arch.layerCount();
        weights = new double[layers][];
        biases = new double[layers][];
        values = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            weights[l] = parameters.weightsOf(l);
            biases[l] = parameters.hasBiases() ? parameters.biasesOf(l) : new double[arch.unitsOf(l)];
            values[l] = new double[arch.unitsOf(l)][columns];
        }
        this.columns = columns;
        columnTerm = new double[arch.unitsOf(0)][columns];
        columnExp = new double[arch.unitsOf(0)][columns];
        factored = new boolean[arch.unitsOf(0)];
        top = new double[columns];
        scratch = new double[columns];
    }

    /**
     * @param parameters a 2-input network's parameters (read only)
     * @param xMin       smallest first input (network units)
     * @param xMax       largest first input
     * @param yMin       smallest second input
     * @param yMax       largest second input
     * @param columns    cells across
     * @param rows       cells down
     * @return the predicted class and confidence per cell, row 0 at the top (y = yMax)
     */
    static DecisionGrid evaluate(Parameters parameters, double xMin, double xMax, double yMin, double yMax,
                                 int columns, int rows) {
        GridEvaluator e = new GridEvaluator(parameters, columns);
        int[] classes = new int[columns * rows];
        double[] confidence = new double[columns * rows];
        e.columnTerms(xMin, xMax);
        for (int r = 0; r < rows; r++) {
            // cell centres: y runs from yMax (top row) down to yMin
            double y = yMax - (r + 0.5) * (yMax - yMin) / rows;
            e.forwardRow(y);
            e.classify(classes, confidence, r * columns);
        }
        return new DecisionGrid(columns, rows, classes, confidence);
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

    // every layer for one row of cells at height y
    private void forwardRow(double y) {
        int layers = arch.layerCount();
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

    // class and confidence (as DecisionGrid defines them) of each column of the current row
    private void classify(int[] classes, double[] confidence, int offset) {
        double[][] out = values[arch.layerCount() - 1];
        Activation g = arch.outputActivation();
        if (out.length == 1) {
            double threshold = g.classThreshold();
            double span = g.certainDistance();
            double[] a = out[0];
            for (int c = 0; c < columns; c++) {
                classes[offset + c] = a[c] > threshold ? 1 : 0;
                confidence[offset + c] = Math.min(1, Math.abs(a[c] - threshold) / span);
            }
            return;
        }
        // the first largest output, as ClassLabels.predict picks it
        System.arraycopy(out[0], 0, top, 0, columns);
        Arrays.fill(classes, offset, offset + columns, 0);
        for (int k = 1; k < out.length; k++) {
            double[] o = out[k];
            for (int c = 0; c < columns; c++) {
                if (o[c] > top[c]) {
                    top[c] = o[c];
                    classes[offset + c] = k;
                }
            }
        }
        // a softmax's largest probability runs from 1/K (undecided) to 1 (certain)
        double chance = g.isElementwise() ? 0 : 1.0 / out.length;
        for (int c = 0; c < columns; c++) {
            confidence[offset + c] = Math.max(0, Math.min(1, (top[c] - chance) / (1 - chance)));
        }
    }
}
