package org.backproplab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Activation functions, each the one home of everything about it: its value g(z) and derivative
 * g'(z) side by side; the loops the training kernels run over whole arrays; a display-grade
 * (fast, approximate) form for the decision map; its formula and derivative as the lecture
 * writes them, for the inspector and the plots; and, as a single output unit, its class
 * threshold and the target of the negative class. Element-wise activations implement the
 * per-constant methods; {@link #SOFTMAX} acts on a whole row and overrides the layer methods
 * (its backward step is a Jacobian-vector product, see {@link #backward}).
 */
public enum Activation {
    /** g(z) = z; g'(z) = 1. */
    IDENTITY("identity", SingleOutput.SIGNED, "g′ = 1 everywhere") {
        @Override public double value(double z) { return z; }
        @Override public double derivative(double z, double a) { return 1.0; }
        @Override public double displayValue(double z) { return z; }
        @Override public String formula(String z) { return z; }
        @Override public String derivativeFormula(String a) { return "1"; }
    },
    /** g(z) = 1 if z &gt; 0 else 0; g'(z) = 0 (the perceptron rule passes the error straight through). */
    STEP("step", SingleOutput.UNIT, "g′ = 0: the perceptron rule passes the error straight through") {
        @Override public double value(double z) { return z > 0 ? 1.0 : 0.0; }
        @Override public double derivative(double z, double a) { return 0.0; }
        @Override public double displayValue(double z) { return value(z); }
        @Override public String formula(String z) { return "step(" + z + ")"; }
        @Override public String derivativeFormula(String a) { return "0"; }
    },
    /**
     * The bipolar step: sign(z) = −1 if z &lt; 0 else +1; g'(z) = 0. With targets −1/+1 and the
     * perceptron loss, the error passes straight through, as for {@link #STEP}.
     */
    SIGN("sign", SingleOutput.SIGNED, "g′ = 0: the perceptron rule passes the error straight through") {
        @Override public double value(double z) { return z < 0 ? -1.0 : 1.0; }
        @Override public double derivative(double z, double a) { return 0.0; }
        @Override public double displayValue(double z) { return value(z); }
        @Override public String formula(String z) { return "sign(" + z + ")"; }
        @Override public String derivativeFormula(String a) { return "0"; }
    },
    /** σ(z) = 1 / (1 + e^(−z)); σ'(z) = σ(1 − σ). */
    SIGMOID("sigmoid", SingleOutput.PROBABILITY, "g′ ≈ 0: saturated") {
        @Override public double value(double z) { return 1.0 / (1.0 + FastMath.exp(-z)); }
        @Override public double derivative(double z, double a) { return a * (1.0 - a); }
        @Override public double displayValue(double z) { return DisplayMath.sigmoid(z); }
        @Override public String formula(String z) { return "σ(" + z + ")"; }
        @Override public String derivativeFormula(String a) { return a + "(1−" + a + ")"; }
        @Override void forwardLoop(double[] z, double[] a, int n, boolean wholeVectors) {
            if (wholeVectors && Simd.ENABLED && Simd.wholeVectors(n, z, a, a)) {
                VectorMath.sigmoid(z, a, n);
            } else {
                for (int i = 0; i < n; i++) {
                    a[i] = 1.0 / (1.0 + FastMath.exp(-z[i]));
                }
            }
        }
        @Override void backwardLoop(double[] z, double[] a, double[] dA, double[] delta, int n, boolean wholeVectors) {
            if (wholeVectors && Simd.ENABLED && Simd.wholeVectors(n, a, dA, delta)) {
                VectorMath.sigmoidBackward(a, dA, delta, n);
            } else {
                for (int i = 0; i < n; i++) {
                    delta[i] = dA[i] * (a[i] * (1.0 - a[i]));
                }
            }
        }
        @Override public void displayInPlace(double[] v, int n) {
            for (int c = 0; c < n; c++) {
                v[c] = DisplayMath.sigmoid(v[c]);
            }
        }
        // σ(z) = 1 / (1 + e^(−z))
        @Override public double displayExponentScale() { return -1; }
        @Override public void displayFromExponentials(double[] e, double factor, double[] a, int n) {
            for (int c = 0; c < n; c++) {
                a[c] = 1 / (1 + e[c] * factor);
            }
        }
    },
    /** tanh(z); tanh'(z) = 1 − tanh². */
    TANH("tanh", SingleOutput.SIGNED, "g′ ≈ 0: saturated") {
        @Override public double value(double z) { return FastMath.tanh(z); }
        @Override public double derivative(double z, double a) { return 1.0 - a * a; }
        @Override public double displayValue(double z) { return DisplayMath.tanh(z); }
        @Override public String formula(String z) { return "tanh(" + z + ")"; }
        @Override public String derivativeFormula(String a) { return "(1−" + a + "²)"; }
        @Override void forwardByUnit(double[][] z, double[][] a, int rows, int cols, double[] packed) {
            if (Simd.ENABLED && packed != null) {
                // a batch shorter than a pair of vectors: all units' values end to end, so that
                // no lanes are wasted per unit
                VectorMath.tanhPacked(z, a, rows, cols, packed);
            } else {
                super.forwardByUnit(z, a, rows, cols, packed);
            }
        }
        @Override void forwardLoop(double[] z, double[] a, int n, boolean wholeVectors) {
            if (wholeVectors && Simd.ENABLED && Simd.wholeVectors(n, z, a, a)) {
                VectorMath.tanh(z, a, n);
            } else {
                for (int i = 0; i < n; i++) {
                    a[i] = FastMath.tanh(z[i]);
                }
            }
        }
        @Override void backwardLoop(double[] z, double[] a, double[] dA, double[] delta, int n, boolean wholeVectors) {
            // tanh' = 1 − a²
            if (wholeVectors && Simd.ENABLED && Simd.wholeVectors(n, a, dA, delta)) {
                VectorMath.tanhBackward(a, dA, delta, n);
            } else {
                for (int i = 0; i < n; i++) {
                    delta[i] = dA[i] * (1.0 - a[i] * a[i]);
                }
            }
        }
        @Override public void displayInPlace(double[] v, int n) {
            for (int c = 0; c < n; c++) {
                v[c] = DisplayMath.tanh(v[c]);
            }
        }
        // tanh z = 1 − 2 / (e^(2z) + 1)
        @Override public double displayExponentScale() { return 2; }
        @Override public void displayFromExponentials(double[] e, double factor, double[] a, int n) {
            for (int c = 0; c < n; c++) {
                a[c] = 1 - 2 / (e[c] * factor + 1);
            }
        }
    },
    /** ReLU(z) = max(0, z); ReLU'(z) = 1 if z &gt; 0 else 0 (0 at the kink). */
    RELU("relu", SingleOutput.UNIT, "g′ = 0 for z < 0: the unit is off") {
        @Override public double value(double z) { return z > 0 ? z : 0.0; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1.0 : 0.0; }
        @Override public double displayValue(double z) { return value(z); }
        @Override public String formula(String z) { return "max(0, " + z + ")"; }
        @Override public String derivativeFormula(String a) { return "1[z>0]"; }
    },
    /** Leaky ReLU: g(z) = z if z &gt; 0 else 0.01·z; g'(z) = 1 if z &gt; 0 else 0.01. */
    LEAKY_RELU("leaky_relu", SingleOutput.UNIT, "g′ = 0.01 for z < 0: the unit still learns") {
        @Override public double value(double z) { return z > 0 ? z : LEAK * z; }
        @Override public double derivative(double z, double a) { return z > 0 ? 1.0 : LEAK; }
        @Override public double displayValue(double z) { return value(z); }
        @Override public String formula(String z) { return "max(0.01·" + wrapped(z) + ", " + z + ")"; }
        @Override public String derivativeFormula(String a) { return "(1 if z>0, else 0.01)"; }
    },
    /**
     * Softplus, a smooth ReLU: g(z) = ln(1 + e^z), computed as max(z, 0) + ln(1 + e^(−|z|)) so that
     * it neither overflows for large z nor loses digits for very negative z; g'(z) = σ(z).
     */
    SOFTPLUS("softplus", SingleOutput.UNIT, "g′ = σ(z): a smooth ReLU") {
        @Override public double value(double z) { return Math.max(z, 0.0) + Math.log1p(FastMath.exp(-Math.abs(z))); }
        @Override public double derivative(double z, double a) { return 1.0 / (1.0 + FastMath.exp(-z)); }
        @Override public double displayValue(double z) {
            return Math.max(z, 0.0) + Math.log1p(DisplayMath.exp(-Math.abs(z)));
        }
        @Override public String formula(String z) { return "ln(1 + e^" + wrapped(z) + ")"; }
        @Override public String derivativeFormula(String a) { return "σ(z)"; }
    },
    /** softmax(z)_j = e^(z_j) / Σ_k e^(z_k), per row; only on the output layer. */
    SOFTMAX("softmax", SingleOutput.PROBABILITY, "") {
        @Override public double value(double z) { throw rowWise(); }
        @Override public double derivative(double z, double a) { throw rowWise(); }
        @Override public double displayValue(double z) { throw rowWise(); }
        @Override public String formula(String z) { return "softmax(" + z + ")"; }
        @Override public String derivativeFormula(String a) { throw rowWise(); }
        @Override public boolean isElementwise() { return false; }
        @Override public void forward(double[] z, double[] a, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                Softmax.ofRow(z, a, r * cols, cols);
            }
        }
        @Override void forwardByUnit(double[][] z, double[][] a, int rows, int cols, double[] packed) {
            Softmax.ofSamples(z, a, rows, cols);
        }
        @Override public void backward(double[] z, double[] a, double[] dA, double[] delta, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                Softmax.backwardOfRow(a, dA, delta, r * cols, cols);
            }
        }
        @Override void backwardByUnit(double[][] z, double[][] a, double[][] dA, double[][] delta, int rows, int cols) {
            for (int r = 0; r < rows; r++) {
                Softmax.backwardOfSample(a, dA, delta, r, cols);
            }
        }
        @Override public void displayForwardByUnit(double[][] v, int n, double[] scratch) {
            Softmax.displayInPlace(v, n, scratch);
        }
    };

    /** The slope of {@link #LEAKY_RELU} for z &lt; 0. */
    public static final double LEAK = 0.01;

    private final String id;
    private final SingleOutput single;
    private final String derivativeNote;

    Activation(String id, SingleOutput single, String derivativeNote) {
        this.id = id;
        this.single = single;
        this.derivativeNote = derivativeNote;
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
        List<String> names = new ArrayList<>();
        for (Activation a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
            names.add(a.id);
        }
        String last = names.remove(names.size() - 1);
        throw new IllegalArgumentException("unknown activation \"" + id + "\" (expected " + String.join(", ", names)
                + " or " + last + ")");
    }

    /** @return the activations a hidden layer may use (all but softmax), in the settings' order */
    public static List<Activation> hiddenChoices() {
        return List.of(SIGMOID, TANH, RELU, LEAKY_RELU, SOFTPLUS, IDENTITY, STEP, SIGN);
    }

    /** @return false for {@link #SOFTMAX}, which acts on a whole row and has no g(z) of one number */
    public boolean isElementwise() {
        return true;
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
     * @param z pre-activation
     * @return g(z) in the display-grade form (absolute error below 1e-10), for drawing only
     */
    public abstract double displayValue(double z);

    /**
     * @param z the argument as text, e.g. {@code "z"} or {@code "−0.5"}
     * @return the activation applied to it as the lecture writes it, e.g. "σ(z)", "max(0, z)"
     */
    public abstract String formula(String z);

    /**
     * @param a the node's name, e.g. "h₁"
     * @return g'(z) in the node's terms, e.g. "h₁(1−h₁)" (element-wise activations only)
     */
    public abstract String derivativeFormula(String a);

    /** @return what the plot of g' shows about learning, e.g. "g′ ≈ 0: saturated" (empty for softmax) */
    public String derivativeNote() {
        return derivativeNote;
    }

    /** @return the class threshold of a single output unit: class 1 above it (0 or 0.5) */
    public double classThreshold() {
        return single.threshold;
    }

    /** @return the target of the negative class (class 0) for a single output unit: −1 or 0 */
    public double negativeTarget() {
        return single.negativeTarget;
    }

    /**
     * @return the distance of a single output from {@link #classThreshold} at which the decision
     *         map shows the class as certain (0.5 for a probability, else 1)
     */
    public double certainDistance() {
        return single.certainAt;
    }

    // a_i = g(z_i) for the first n entries; with wholeVectors (the workspace's unit-major buffers,
    // whose padding nobody reads) vector code may also write the entries up to n rounded up to
    // whole vectors. Activations on the hot path of the benchmarks write their own loops.
    void forwardLoop(double[] z, double[] a, int n, boolean wholeVectors) {
        for (int i = 0; i < n; i++) {
            a[i] = value(z[i]);
        }
    }

    // δ_i = dJ/da_i · g'(z_i) for the first n entries (wholeVectors as for forwardLoop)
    void backwardLoop(double[] z, double[] a, double[] dA, double[] delta, int n, boolean wholeVectors) {
        for (int i = 0; i < n; i++) {
            delta[i] = dA[i] * derivative(z[i], a[i]);
        }
    }

    /**
     * v_i = g(v_i) in place, display-grade, for the first n entries (element-wise activations).
     *
     * @param v values z, replaced by g(z)
     * @param n count
     */
    public void displayInPlace(double[] v, int n) {
        for (int c = 0; c < n; c++) {
            v[c] = displayValue(v[c]);
        }
    }

    /**
     * a = g(z) for {@code rows} rows of {@code cols} units.
     *
     * @param z    pre-activations, row-major
     * @param a    output, row-major
     * @param rows batch size
     * @param cols units
     */
    public void forward(double[] z, double[] a, int rows, int cols) {
        forwardLoop(z, a, rows * cols, false);
    }

    // a = g(z) on unit-major buffers (z[u][r] is unit u of sample r); packed: the workspace's
    // room for all units end to end, or null
    void forwardByUnit(double[][] z, double[][] a, int rows, int cols, double[] packed) {
        for (int u = 0; u < cols; u++) {
            forwardLoop(z[u], a[u], rows, true);
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
        backwardLoop(z, a, dA, delta, rows * cols, false);
    }

    // backward on unit-major buffers
    void backwardByUnit(double[][] z, double[][] a, double[][] dA, double[][] delta, int rows, int cols) {
        for (int u = 0; u < cols; u++) {
            backwardLoop(z[u], a[u], dA[u], delta[u], rows, true);
        }
    }

    /**
     * a = g(z) in place, display-grade, on one layer's unit-major values for drawing.
     *
     * @param v       {@code v[u][c]}: z of unit u at column c, replaced by g(z)
     * @param n       columns
     * @param scratch at least n entries of working room (softmax)
     */
    public void displayForwardByUnit(double[][] v, int n, double[] scratch) {
        for (double[] unit : v) {
            displayInPlace(unit, n);
        }
    }

    /**
     * @return s where g(z) is a simple function of e^(s·z) (tanh: 2, σ: −1), so that a map can
     *         factor the exponential of a separable z; 0 when g has no such form
     */
    public double displayExponentScale() {
        return 0;
    }

    /**
     * g(z) from e^(s·z) = e[c] · factor ({@link #displayExponentScale} s ≠ 0 only).
     *
     * @param e      per-column factors of e^(s·z)
     * @param factor the common factor
     * @param a      output g(z)
     * @param n      columns
     */
    public void displayFromExponentials(double[] e, double factor, double[] a, int n) {
        throw new UnsupportedOperationException(id + " has no exponential form");
    }

    // a negative number in parentheses, as a factor or exponent
    private static String wrapped(String z) {
        return z.startsWith("−") || z.startsWith("-") ? "(" + z + ")" : z;
    }

    private static UnsupportedOperationException rowWise() {
        return new UnsupportedOperationException("softmax acts on a row");
    }
}
