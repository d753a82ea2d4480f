package org.backproplab.ui.views;

import java.util.Arrays;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;
import org.backproplab.sim.Metrics;

/**
 * The forward pass of a 2-input network over a grid of cells, for the decision map only: one
 * row of cells at a time, layer by layer over whole rows (unit-major buffers of one value per
 * column, so the inner loops run over contiguous arrays), with {@link DisplayMath}'s fast
 * exponentials. The first layer is separable: z = w₁·x + w₂·y + b splits into a per-column
 * term w₁·x + b (computed once per grid) and a per-row term w₂·y. A softmax output is never
 * normalised: the class is the largest logit and the largest probability is
 * 1 / Σₖ e^(zₖ − z_max). Buffers are allocated once per grid; nothing is allocated per cell.
 * Agrees with {@code Network.forward} to about 1e-10 (tests check 1e-6).
 */
final class GridEvaluator {
    private final Architecture arch;
    private final double[][] weights;
    private final double[][] biases;
    private final int columns;
    // values[l][u][c]: z and then a = g(z) of unit u of layer l + 1 for column c of the current row
    private final double[][][] values;
    // first layer, per column: w₁·x_c + b
    private final double[][] columnTerm;
    // per column of the current row: the largest output, and Σₖ e^(zₖ − z_max) for a softmax
    private final double[] top;
    private final double[] sum;

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
        top = new double[columns];
        sum = new double[columns];
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

    // w₁·x_c + b for every unit of the first layer and every column
    private void columnTerms(double xMin, double xMax) {
        int units = arch.unitsOf(0);
        double[] w = weights[0];
        for (int u = 0; u < units; u++) {
            double[] t = columnTerm[u];
            for (int c = 0; c < columns; c++) {
                double x = xMin + (c + 0.5) * (xMax - xMin) / columns;
                t[c] = w[u] * x + biases[0][u];
            }
        }
    }

    // every layer for one row of cells at height y; the output layer is left as z when softmax
    private void forwardRow(double y) {
        int layers = arch.layerCount();
        int first = arch.unitsOf(0);
        double[] w0 = weights[0];
        for (int u = 0; u < first; u++) {
            // z_u = (w₁u·x + b_u) + w₂u·y; weights are row-major in × out, so w₂u is entry first + u
            double wy = w0[first + u] * y;
            double[] t = columnTerm[u];
            double[] z = values[0][u];
            for (int c = 0; c < columns; c++) {
                z[c] = t[c] + wy;
            }
        }
        activate(0);
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
            activate(l);
        }
    }

    // a = g(z) in place
    private void activate(int l) {
        double[][] v = values[l];
        switch (arch.activations().get(l)) {
            case TANH -> {
                for (double[] u : v) {
                    for (int c = 0; c < columns; c++) {
                        u[c] = DisplayMath.tanh(u[c]);
                    }
                }
            }
            case SIGMOID -> {
                for (double[] u : v) {
                    for (int c = 0; c < columns; c++) {
                        u[c] = DisplayMath.sigmoid(u[c]);
                    }
                }
            }
            case RELU -> {
                for (double[] u : v) {
                    for (int c = 0; c < columns; c++) {
                        u[c] = u[c] > 0 ? u[c] : 0.0;
                    }
                }
            }
            case STEP -> {
                for (double[] u : v) {
                    for (int c = 0; c < columns; c++) {
                        u[c] = u[c] > 0 ? 1.0 : 0.0;
                    }
                }
            }
            // softmax is only ever the output layer (Architecture checks it): left as logits
            case SOFTMAX, IDENTITY -> {
            }
        }
    }

    // class and confidence (as DecisionGrid defines them) of each column of the current row
    private void classify(int[] classes, double[] confidence, int offset) {
        double[][] out = values[arch.layerCount() - 1];
        Activation g = arch.outputActivation();
        if (out.length == 1) {
            double threshold = Metrics.threshold(g);
            double span = g == Activation.SIGMOID ? 0.5 : 1.0;
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
        if (g == Activation.SOFTMAX) {
            // largest probability 1 / Σₖ e^(zₖ − z_max), from 1/K (undecided) to 1 (certain)
            Arrays.fill(sum, 0);
            for (double[] o : out) {
                for (int c = 0; c < columns; c++) {
                    sum[c] += DisplayMath.exp(o[c] - top[c]);
                }
            }
            double chance = 1.0 / out.length;
            for (int c = 0; c < columns; c++) {
                confidence[offset + c] = Math.max(0, Math.min(1, (1 / sum[c] - chance) / (1 - chance)));
            }
        } else {
            for (int c = 0; c < columns; c++) {
                confidence[offset + c] = Math.max(0, Math.min(1, top[c]));
            }
        }
    }
}
