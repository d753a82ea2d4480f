package org.backproplab.engine;

/**
 * Loss functions J, each averaged over the samples of a batch, with the gradient dJ/da of
 * that average beside the value. Where an output activation and a loss combine into a simple
 * sensitivity (sigmoid + bce, softmax + ce: δ = (a − t)/n) {@link #fusedDelta} says so, which
 * is both the textbook form and the numerically exact one.
 */
public enum Loss {
    /** J = −(1/n) Σ_r Σ_k [t ln a + (1 − t) ln(1 − a)]; dJ/da = (1/n)(−t/a + (1 − t)/(1 − a)). */
    BCE("bce") {
        @Override double sampleValue(double a, double t) {
            double j = 0;
            if (t != 0) {
                j -= t * Math.log(a);
            }
            if (t != 1) {
                j -= (1 - t) * Math.log(1 - a);
            }
            return j;
        }
        @Override double sampleGradient(double a, double t) {
            double g = 0;
            if (t != 0) {
                g -= t / a;
            }
            if (t != 1) {
                g += (1 - t) / (1 - a);
            }
            return g;
        }
    },
    /** J = −(1/n) Σ_r Σ_k t ln a (with softmax output); dJ/da = −t / (n a). */
    CE("ce") {
        @Override double sampleValue(double a, double t) {
            return t == 0 ? 0.0 : -t * Math.log(a);
        }
        @Override double sampleGradient(double a, double t) {
            return t == 0 ? 0.0 : -t / a;
        }
    },
    /** J = (1/n) Σ_r ½ Σ_k (a − t)²; dJ/da = (a − t)/n. */
    SQUARED("squared") {
        @Override double sampleValue(double a, double t) {
            double e = a - t;
            return 0.5 * e * e;
        }
        @Override double sampleGradient(double a, double t) {
            return a - t;
        }
    },
    /**
     * Rosenblatt's perceptron rule, with a step output y: the error (y − d)/n is passed straight
     * through the step, so w ← w − η (y − d) x. Its value is the perceptron criterion
     * (1/n) Σ (y − d) z, which is ≥ 0 and 0 exactly when every sample is classified right.
     */
    PERCEPTRON("perceptron") {
        @Override double sampleValue(double a, double t) {
            throw new UnsupportedOperationException("the perceptron criterion needs z");
        }
        @Override double sampleGradient(double a, double t) {
            return a - t;
        }
    };

    private final String id;

    Loss(String id) {
        this.id = id;
    }

    /** @return the name used in lab files */
    public String id() {
        return id;
    }

    /**
     * @param id lab-file name
     * @return the loss
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Loss fromId(String id) {
        for (Loss l : values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss \"" + id + "\" (expected bce, ce, squared or perceptron)");
    }

    abstract double sampleValue(double a, double t);

    abstract double sampleGradient(double a, double t);

    /**
     * @param output the output-layer activation
     * @return true when δ = (a − t)/n directly (sigmoid + bce, softmax + ce, and the perceptron
     *         rule's straight-through error)
     */
    public boolean fusedDelta(Activation output) {
        return (this == BCE && output == Activation.SIGMOID)
                || (this == CE && output == Activation.SOFTMAX)
                || this == PERCEPTRON;
    }

    /**
     * The batch-averaged loss, computed in a numerically stable form where the output activation
     * allows it. For a sigmoid output with bce the value is taken from the pre-activations,
     * −[t ln σ(z) + (1 − t) ln(1 − σ(z))] = max(z, 0) − t z + ln(1 + e^(−|z|)), which stays finite
     * and accurate when σ(z) rounds to 0 or 1 (from |z| ≈ 37 on, where ln(1 − a) would give
     * infinity and a false divergence, and already from |z| ≈ 10, where the rounding of a spoils
     * the numerical gradient check); for a softmax output with bce, ln a_k and ln(1 − a_k) are
     * likewise taken from the pre-activations. Every other pairing is {@link #value(double[], double[],
     * double[], int, int)}.
     *
     * @param output the output layer's activation
     * @param z      output pre-activations
     * @param a      output activations
     * @param t      targets
     * @param rows   batch size
     * @param cols   output units
     * @return J
     */
    public double value(Activation output, double[] z, double[] a, double[] t, int rows, int cols) {
        if (this == BCE && output == Activation.SOFTMAX) {
            return softmaxBinaryCrossEntropy(z, t, rows, cols);
        }
        if (this != BCE || output != Activation.SIGMOID) {
            return value(z, a, t, rows, cols);
        }
        double sum = 0;
        for (int i = 0; i < rows * cols; i++) {
            // J_i = max(z, 0) − t z + ln(1 + e^(−|z|))
            double zi = z[i];
            sum += Math.max(zi, 0.0) - t[i] * zi + Math.log1p(Math.exp(-Math.abs(zi)));
        }
        return sum / rows;
    }

    /**
     * The batch-averaged loss from the output activations. For ce, a row whose target class has
     * a softmax probability that underflowed to 0 is recomputed from the pre-activations,
     * −ln softmax(z)_k = ln Σ_j e^(z_j − m) + m − z_k with m = max z, so that the loss stays finite.
     *
     * @param z    output pre-activations (used by the perceptron criterion and the ce fallback)
     * @param a    output activations
     * @param t    targets
     * @param rows batch size
     * @param cols output units
     * @return J
     */
    public double value(double[] z, double[] a, double[] t, int rows, int cols) {
        int n = rows * cols;
        double sum = 0;
        if (this == PERCEPTRON) {
            for (int i = 0; i < n; i++) {
                sum += (a[i] - t[i]) * z[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                double j = sampleValue(a[i], t[i]);
                if (this == CE && j == Double.POSITIVE_INFINITY) {
                    int row = i / cols;
                    j = t[i] * (logSumExp(z, row * cols, cols) - z[i]);
                }
                sum += j;
            }
        }
        return sum / rows;
    }

    // bce on softmax outputs from z, per row with m = max z and S = Σ_j e^(z_j − m):
    // ln a_k = z_k − m − ln S and ln(1 − a_k) = ln Σ_{j≠k} e^(z_j − m) − ln S, where
    // ln S = ln(1 + Σ_{j≠argmax} e^(z_j − m)) keeps full precision when one a_k is close to 1
    private static double softmaxBinaryCrossEntropy(double[] z, double[] t, int rows, int cols) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            int argmax = 0;
            for (int k = 1; k < cols; k++) {
                if (z[o + k] > z[o + argmax]) {
                    argmax = k;
                }
            }
            double m = z[o + argmax];
            double rest = 0;
            for (int k = 0; k < cols; k++) {
                if (k != argmax) {
                    rest += Math.exp(z[o + k] - m);
                }
            }
            double logS = Math.log1p(rest);
            for (int k = 0; k < cols; k++) {
                double tk = t[o + k];
                if (tk != 0) {
                    sum -= tk * (z[o + k] - m - logS);
                }
                if (tk != 1) {
                    double others = 0;
                    for (int j = 0; j < cols; j++) {
                        if (j != k) {
                            others += Math.exp(z[o + j] - m);
                        }
                    }
                    sum -= (1 - tk) * (Math.log(others) - logS);
                }
            }
        }
        return sum / rows;
    }

    // ln Σ_j e^(z_j) = m + ln Σ_j e^(z_j − m), m = max z (one row)
    private static double logSumExp(double[] z, int offset, int cols) {
        double m = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cols; k++) {
            m = Math.max(m, z[offset + k]);
        }
        double s = 0;
        for (int k = 0; k < cols; k++) {
            s += Math.exp(z[offset + k] - m);
        }
        return m + Math.log(s);
    }

    /**
     * dJ/da of the batch-averaged loss.
     *
     * @param a    output activations
     * @param t    targets
     * @param dA   output dJ/da
     * @param rows batch size
     * @param cols output units
     */
    public void gradient(double[] a, double[] t, double[] dA, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            dA[i] = sampleGradient(a[i], t[i]) / rows;
        }
    }
}
