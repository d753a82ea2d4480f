package org.backproplab.engine;

import java.util.function.DoubleFunction;

/**
 * Loss functions J, each averaged over the samples of a batch, with the gradient dJ/da of
 * that average beside the value, and that gradient's formula as the inspector writes it. Where an output activation and a loss combine into a simple
 * sensitivity (sigmoid + bce: δ = (a − t)/n; softmax + ce: δ = (a Σ_k t_k − t)/n, which is
 * (a − t)/n for targets summing to 1) {@link #fusedDelta} says so, which is both the textbook
 * form and the numerically exact one.
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
        @Override public void gradient(double[] a, double[] t, double[] dA, int rows, int cols) {
            // dJ/da = −t / (n a)
            int n = rows * cols;
            for (int i = 0; i < n; i++) {
                dA[i] = (t[i] == 0 ? 0.0 : -t[i] / a[i]) / rows;
            }
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
        @Override public void gradient(double[] a, double[] t, double[] dA, int rows, int cols) {
            differenceOverN(a, t, dA, rows, cols);
        }
    },
    /**
     * Rosenblatt's perceptron rule, with a step (targets 0/1) or sign (targets −1/+1) output y:
     * the error (y − d)/n is passed straight through, so w ← w − η (y − d) x. Its value is the perceptron criterion
     * (1/n) Σ (y − d) z, which is ≥ 0 and 0 exactly when every sample is classified right.
     */
    PERCEPTRON("perceptron") {
        @Override double sampleValue(double a, double t) {
            throw new UnsupportedOperationException("the perceptron criterion needs z");
        }
        @Override double sampleGradient(double a, double t) {
            return a - t;
        }
        @Override public void gradient(double[] a, double[] t, double[] dA, int rows, int cols) {
            differenceOverN(a, t, dA, rows, cols);
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
     * @return true when δ comes from a and t directly: (a − t)/n for sigmoid + bce and the
     *         perceptron rule's straight-through error, (a Σ_k t_k − t)/n for softmax + ce
     */
    public boolean fusedDelta(Activation output) {
        return (this == BCE && output == Activation.SIGMOID)
                || (this == CE && output == Activation.SOFTMAX)
                || this == PERCEPTRON;
    }

    /**
     * @param y the output's name, e.g. "y"
     * @return ∂J/∂y of the batch-averaged loss for one output unit, e.g. "[−t/y + (1−t)/(1−y)]/n"
     */
    public String gradientFormula(String y) {
        return switch (this) {
            case BCE -> "[−t/" + y + " + (1−t)/(1−" + y + ")]/n";
            case CE -> "−t/(n·" + y + ")";
            case SQUARED, PERCEPTRON -> "(" + y + " − t)/n";
        };
    }

    /**
     * @param y      output value
     * @param t      target
     * @param n      batch size
     * @param number how the caller writes a number
     * @return {@link #gradientFormula} with the numbers in, e.g. "[−1/0.5904 + 0/0.4096]/1"
     */
    public String gradientWithNumbers(double y, double t, int n, DoubleFunction<String> number) {
        return switch (this) {
            case BCE -> "[−" + number.apply(t) + "/" + number.apply(y) + " + " + number.apply(1 - t) + "/"
                    + number.apply(1 - y) + "]/" + n;
            case CE -> "−" + number.apply(t) + "/(" + n + " × " + number.apply(y) + ")";
            case SQUARED, PERCEPTRON -> "(" + number.apply(y) + " − " + number.apply(t) + ")/" + n;
        };
    }

    /**
     * @param output the output activation
     * @return why δ of the output is (y − t)/n, or null when {@link #fusedDelta} is false
     */
    public String fusedDeltaReason(Activation output) {
        if (!fusedDelta(output)) {
            return null;
        }
        return switch (this) {
            case BCE -> "sigmoid + binary cross-entropy";
            case CE -> "softmax + cross-entropy";
            case PERCEPTRON -> "perceptron rule: the error passes straight through the " + output.id();
            case SQUARED -> throw new IllegalStateException("squared error never fuses");
        };
    }

    /**
     * {@link #gradient} on unit-major buffers.
     *
     * @param a    output activations
     * @param t    targets
     * @param dA   output dJ/da
     * @param rows batch size
     * @param cols output units
     */
    void gradientByUnit(double[][] a, double[][] t, double[][] dA, int rows, int cols) {
        for (int k = 0; k < cols; k++) {
            gradient(a[k], t[k], dA[k], rows, 1);
        }
    }

    /**
     * dJ/da of the batch-averaged loss (element-wise, so any layout).
     *
     * @param a    output activations
     * @param t    targets
     * @param dA   output dJ/da
     * @param rows batch size
     * @param cols output units
     */
    public void gradient(double[] a, double[] t, double[] dA, int rows, int cols) {
        // element-wise: each entry is divided by the batch size n = rows
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            dA[i] = sampleGradient(a[i], t[i]) / rows;
        }
    }

    // dJ/da = (a − t) / n (squared error, and the perceptron's straight-through error)
    private static void differenceOverN(double[] a, double[] t, double[] dA, int rows, int cols) {
        int n = rows * cols;
        for (int i = 0; i < n; i++) {
            dA[i] = (a[i] - t[i]) / rows;
        }
    }
}
