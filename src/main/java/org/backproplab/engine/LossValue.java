package org.backproplab.engine;

/**
 * The batch-averaged loss J of the output layer, in numerically stable forms where the output
 * activation allows them. Buffers are unit-major like the workspace's: element (r, k) — unit k of
 * sample r — is {@code x[k][r]}. Samples are summed in order, each over its units in order.
 * <ul>
 *   <li>sigmoid + bce from the pre-activations: −[t ln σ(z) + (1 − t) ln(1 − σ(z))] =
 *       max(z, 0) − t z + ln(1 + e^(−|z|)). It stays finite when σ(z) rounds to 0 or 1 (|z| ≳ 37,
 *       where ln(1 − a) gives infinity and so a false divergence) and accurate from |z| ≈ 10 on,
 *       where the rounding of a already spoils the numerical gradient check.</li>
 *   <li>softmax + bce from the pre-activations, per sample with m = max z and
 *       S = Σ_j e^(z_j − m): ln a_k = z_k − m − ln S, ln(1 − a_k) = ln Σ_{j≠k} e^(z_j − m) − ln S,
 *       ln S = ln(1 + Σ_{j≠argmax} e^(z_j − m)).</li>
 *   <li>ce: −t ln a from the activations (the fast path), except where a softmax probability with
 *       t ≠ 0 underflowed to 0; that term becomes t (ln Σ_j e^(z_j) − z_k), finite.</li>
 *   <li>squared and perceptron: {@link Loss}'s own per-element values.</li>
 * </ul>
 */
final class LossValue {
    private LossValue() {
    }

    /**
     * @param loss       the loss
     * @param output     the output layer's activation
     * @param z          output pre-activations
     * @param a          output activations
     * @param t          targets
     * @param rows       batch size n
     * @param cols       output units
     * @return J averaged over the n samples (no L2 term)
     */
    static double batchAverage(Loss loss, Activation output, double[][] z, double[][] a, double[][] t, int rows,
                               int cols) {
        if (loss == Loss.BCE && output == Activation.SOFTMAX) {
            return softmaxBinaryCrossEntropy(z, t, rows, cols);
        }
        boolean sigmoidBce = loss == Loss.BCE && output == Activation.SIGMOID;
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                double j;
                if (sigmoidBce) {
                    // J_rk = max(z, 0) − t z + ln(1 + e^(−|z|))
                    double zi = z[k][r];
                    j = Math.max(zi, 0.0) - t[k][r] * zi + Math.log1p(Math.exp(-Math.abs(zi)));
                } else if (loss == Loss.PERCEPTRON) {
                    // J_rk = (y − d) z
                    j = (a[k][r] - t[k][r]) * z[k][r];
                } else {
                    j = loss.sampleValue(a[k][r], t[k][r]);
                    if (loss == Loss.CE && j == Double.POSITIVE_INFINITY) {
                        // −t ln softmax(z)_k = t (ln Σ_j e^(z_j) − z_k)
                        j = t[k][r] * (logSumExp(z, r, cols) - z[k][r]);
                    }
                }
                sum += j;
            }
        }
        return sum / rows;
    }

    private static double softmaxBinaryCrossEntropy(double[][] z, double[][] t, int rows, int cols) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int argmax = 0;
            for (int k = 1; k < cols; k++) {
                if (z[k][r] > z[argmax][r]) {
                    argmax = k;
                }
            }
            double m = z[argmax][r];
            double rest = 0;
            for (int k = 0; k < cols; k++) {
                if (k != argmax) {
                    rest += Math.exp(z[k][r] - m);
                }
            }
            // ln S = ln(1 + Σ_{j≠argmax} e^(z_j − m))
            double logS = Math.log1p(rest);
            for (int k = 0; k < cols; k++) {
                double tk = t[k][r];
                if (tk != 0) {
                    // −t ln a_k = −t (z_k − m − ln S)
                    sum -= tk * (z[k][r] - m - logS);
                }
                if (tk != 1) {
                    // −(1 − t) ln(1 − a_k) = −(1 − t) (ln Σ_{j≠k} e^(z_j − m) − ln S)
                    double others = 0;
                    for (int j = 0; j < cols; j++) {
                        if (j != k) {
                            others += Math.exp(z[j][r] - m);
                        }
                    }
                    sum -= (1 - tk) * (Math.log(others) - logS);
                }
            }
        }
        return sum / rows;
    }

    // ln Σ_j e^(z_j) = m + ln Σ_j e^(z_j − m), m = max z, over one sample's units
    private static double logSumExp(double[][] z, int r, int cols) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cols; k++) {
            m = Math.max(m, z[k][r]);
        }
        double s = 0;
        for (int k = 0; k < cols; k++) {
            s += Math.exp(z[k][r] - m);
        }
        return m + Math.log(s);
    }
}
