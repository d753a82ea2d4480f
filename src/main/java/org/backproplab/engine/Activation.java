package org.backproplab.engine;

/**
 * Activation functions, each with its derivative beside it. Element-wise activations give
 * g(z) and g'(z); {@link #SOFTMAX} acts on a whole row and its backward step is a
 * Jacobian-vector product (see {@link #backward}).
 */
public enum Activation {
    /** g(z) = z; g'(z) = 1. */
    IDENTITY("identity") {
        @Override public double value(double z) { return z; }
        @Override public double derivative(double z, double a) { return 1.0; }
    },
    /** g(z) = 1 if z &gt; 0 else 0; g'(z) = 0 (the perceptron rule passes the error straight through). */
    STEP("step") {
        @Override public double value(double z) { return z > 0 ? 1.0 : 0.0; }
        @Override public double derivative(double z, double a) { return 0.0; }
    },
    /** σ(z) = 1 / (1 + e^(−z)); σ'(z) = σ(1 − σ). */
    SIGMOID("sigmoid") {
        @Override public double value(double z) { return 1.0 / (1.0 + FastMath.exp(-z)); }
        @Override public double derivative(double z, double a) { return a * (1.0 - a); }
    },
    /** tanh(z); tanh'(z) = 1 − tanh². */
    TANH("tanh") {
        @Override public double value(double z) { return FastMath.tanh(z); }
        @Override public double derivative(double z, double a) { return 1.0 - a * a; }
    },
    /** ReLU(z) = max(0, z); ReLU'(z) = 1 if z &gt; 0 else 0 (0 at the kink). */
    RELU("relu") {
        @Override public double value(double z) { return z > 0 ? z : 0.0; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1.0 : 0.0; }
    },
    /** softmax(z)_j = e^(z_j) / Σ_k e^(z_k), per row; only on the output layer. */
    SOFTMAX("softmax") {
        @Override public double value(double z) { throw new UnsupportedOperationException("softmax acts on a row"); }
        @Override public double derivative(double z, double a) { throw new UnsupportedOperationException("softmax acts on a row"); }
    };

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** @return the name used in lab files, e.g. {@code "sigmoid"} */
    public String id() {
        return id;
    }

    /**
     * @param id a lab-file name such as {@code "tanh"}
     * @return the activation
     * @throws IllegalArgumentException naming the allowed values
     */
    public static Activation fromId(String id) {
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation \"" + id
                + "\" (expected identity, step, sigmoid, tanh, relu or softmax)");
    }

    /**
     * @param z pre-activation
     * @return g(z) for an element-wise activation
     */
    public abstract double value(double z);

    /**
     * @param z pre-activation
     * @param a g(z), passed so that σ' and tanh' reuse it
     * @return g'(z) for an element-wise activation
     */
    public abstract double derivative(double z, double a);

    /**
     * a = g(z) for {@code rows} rows of {@code cols} units.
     *
     * @param z    pre-activations, row-major
     * @param a    output, row-major
     * @param rows batch size
     * @param cols units
     */
    public void forward(double[] z, double[] a, int rows, int cols) {
        if (this == SOFTMAX) {
            for (int r = 0; r < rows; r++) {
                softmaxOfRow(z, a, r * cols, cols);
            }
        } else {
            forwardElementwise(z, a, rows * cols, false);
        }
    }

    /**
     * a = g(z) on unit-major buffers ({@code z[u][r]} is unit u of sample r).
     *
     * @param z    pre-activations, one array per unit
     * @param a    output, one array per unit
     * @param rows batch size
     * @param cols units
     */
    void forwardByUnit(double[][] z, double[][] a, int rows, int cols) {
        if (this == SOFTMAX) {
            for (int r = 0; r < rows; r++) {
                softmaxOfSample(z, a, r, cols);
            }
        } else {
            for (int u = 0; u < cols; u++) {
                forwardElementwise(z[u], a[u], rows, true);
            }
        }
    }

    // a_i = g(z_i) for the first n entries, one loop per activation (no call per element); with
    // wholeVectors (the workspace's unit-major buffers, whose padding nobody reads) the vector
    // code may also write the entries up to n rounded up to whole vectors
    private void forwardElementwise(double[] z, double[] a, int n, boolean wholeVectors) {
        switch (this) {
            case TANH -> {
                if (wholeVectors && Simd.ENABLED && padded(n, z, a, a)) {
                    VectorMath.tanh(z, a, n);
                } else {
                    for (int i = 0; i < n; i++) {
                        a[i] = FastMath.tanh(z[i]);
                    }
                }
            }
            case SIGMOID -> {
                // σ(z) = 1 / (1 + e^(−z))
                for (int i = 0; i < n; i++) {
                    a[i] = 1.0 / (1.0 + FastMath.exp(-z[i]));
                }
            }
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    a[i] = z[i] > 0 ? z[i] : 0.0;
                }
            }
            case IDENTITY -> System.arraycopy(z, 0, a, 0, n);
            case STEP -> {
                for (int i = 0; i < n; i++) {
                    a[i] = z[i] > 0 ? 1.0 : 0.0;
                }
            }
            default -> throw new IllegalStateException(id);
        }
    }

    /**
     * δ = dJ/dz from dJ/da: δ = dJ/da ⊙ g'(z) element-wise; for softmax the Jacobian-vector
     * product δ_j = a_j (dJ/da_j − Σ_k dJ/da_k a_k).
     *
     * @param z     pre-activations
     * @param a     activations
     * @param dA    dJ/da
     * @param delta output dJ/dz
     * @param rows  batch size
     * @param cols  units
     */
    public void backward(double[] z, double[] a, double[] dA, double[] delta, int rows, int cols) {
        if (this == SOFTMAX) {
            for (int r = 0; r < rows; r++) {
                softmaxBackwardOfRow(a, dA, delta, r * cols, cols);
            }
        } else {
            backwardElementwise(z, a, dA, delta, rows * cols, false);
        }
    }

    /**
     * {@link #backward} on unit-major buffers ({@code z[u][r]} is unit u of sample r).
     *
     * @param z     pre-activations
     * @param a     activations
     * @param dA    dJ/da
     * @param delta output dJ/dz
     * @param rows  batch size
     * @param cols  units
     */
    void backwardByUnit(double[][] z, double[][] a, double[][] dA, double[][] delta, int rows, int cols) {
        if (this == SOFTMAX) {
            for (int r = 0; r < rows; r++) {
                softmaxBackwardOfSample(a, dA, delta, r, cols);
            }
        } else {
            for (int u = 0; u < cols; u++) {
                backwardElementwise(z[u], a[u], dA[u], delta[u], rows, true);
            }
        }
    }

    // δ_i = dJ/da_i · g'(z_i) for the first n entries, one loop per activation (wholeVectors as
    // for forwardElementwise)
    private void backwardElementwise(double[] z, double[] a, double[] dA, double[] delta, int n, boolean wholeVectors) {
        switch (this) {
            case TANH -> {
                // tanh' = 1 − a²
                if (wholeVectors && Simd.ENABLED && padded(n, a, dA, delta)) {
                    VectorMath.tanhBackward(a, dA, delta, n);
                } else {
                    for (int i = 0; i < n; i++) {
                        delta[i] = dA[i] * (1.0 - a[i] * a[i]);
                    }
                }
            }
            case SIGMOID -> {
                // σ' = a (1 − a)
                if (wholeVectors && Simd.ENABLED && padded(n, a, dA, delta)) {
                    VectorMath.sigmoidBackward(a, dA, delta, n);
                } else {
                    for (int i = 0; i < n; i++) {
                        delta[i] = dA[i] * (a[i] * (1.0 - a[i]));
                    }
                }
            }
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    delta[i] = dA[i] * (z[i] > 0 ? 1.0 : 0.0);
                }
            }
            case IDENTITY -> {
                for (int i = 0; i < n; i++) {
                    delta[i] = dA[i] * 1.0;
                }
            }
            case STEP -> {
                for (int i = 0; i < n; i++) {
                    delta[i] = dA[i] * 0.0;
                }
            }
            default -> throw new IllegalStateException(id);
        }
    }

    // whether every array is long enough for whole vectors over the first n entries
    private static boolean padded(int n, double[] a, double[] b, double[] c) {
        int whole = Simd.padded(n);
        return a.length >= whole && b.length >= whole && c.length >= whole;
    }

    // softmax(z)_j = e^(z_j − max z) / Σ_k e^(z_k − max z) for the row-major sample at o
    // (shifted for stability)
    private static void softmaxOfRow(double[] z, double[] a, int o, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cols; k++) {
            max = Math.max(max, z[o + k]);
        }
        double sum = 0;
        for (int k = 0; k < cols; k++) {
            double e = FastMath.exp(z[o + k] - max);
            a[o + k] = e;
            sum += e;
        }
        for (int k = 0; k < cols; k++) {
            a[o + k] /= sum;
        }
    }

    // the same softmax for sample r of unit-major buffers
    private static void softmaxOfSample(double[][] z, double[][] a, int r, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cols; k++) {
            max = Math.max(max, z[k][r]);
        }
        double sum = 0;
        for (int k = 0; k < cols; k++) {
            double e = FastMath.exp(z[k][r] - max);
            a[k][r] = e;
            sum += e;
        }
        for (int k = 0; k < cols; k++) {
            a[k][r] /= sum;
        }
    }

    // δ_j = a_j (dJ/da_j − Σ_k dJ/da_k a_k) for the row-major sample at o
    private static void softmaxBackwardOfRow(double[] a, double[] dA, double[] delta, int o, int cols) {
        double dot = 0;
        for (int k = 0; k < cols; k++) {
            dot += dA[o + k] * a[o + k];
        }
        for (int k = 0; k < cols; k++) {
            delta[o + k] = a[o + k] * (dA[o + k] - dot);
        }
    }

    // the same Jacobian-vector product for sample r of unit-major buffers
    private static void softmaxBackwardOfSample(double[][] a, double[][] dA, double[][] delta, int r, int cols) {
        double dot = 0;
        for (int k = 0; k < cols; k++) {
            dot += dA[k][r] * a[k][r];
        }
        for (int k = 0; k < cols; k++) {
            delta[k][r] = a[k][r] * (dA[k][r] - dot);
        }
    }
}
