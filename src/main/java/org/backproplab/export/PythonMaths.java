package org.backproplab.export;

import java.util.LinkedHashSet;
import java.util.Set;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;

/**
 * The Python text of each activation g with its derivative g', and of each loss J with the
 * output layer's sensitivity δ_L, in the forms the engine computes (the stable loss values of
 * the engine's LossValue, the fused δ where an output and a loss combine).
 */
final class PythonMaths {
    private PythonMaths() {
    }

    /**
     * @param g an activation
     * @return the Python function name of g (its derivative is this name + {@code _prime})
     */
    static String functionName(Activation g) {
        return g.id();
    }

    /**
     * Writes the definitions of the activations the network uses, each with its derivative.
     *
     * @param arch the network
     * @param py   where to write
     */
    static void writeActivations(Architecture arch, PythonText py) {
        Set<Activation> used = new LinkedHashSet<>(arch.activations());
        for (Activation g : used) {
            py.block(definition(g)).line("");
        }
    }

    private static String definition(Activation g) {
        return switch (g.id()) {
            case "identity" -> """
                    def identity(z):
                        # g(z) = z
                        return z

                    def identity_prime(z, a):
                        # g'(z) = 1
                        return np.ones_like(z)
                    """;
            case "step" -> """
                    def step(z):
                        # g(z) = 1 if z > 0 else 0
                        return np.where(z > 0, 1.0, 0.0)

                    def step_prime(z, a):
                        # g'(z) = 0 (the perceptron rule passes the error straight through instead)
                        return np.zeros_like(z)
                    """;
            case "sign" -> """
                    def sign(z):
                        # g(z) = -1 if z < 0 else +1 (the bipolar step)
                        return np.where(z < 0, -1.0, 1.0)

                    def sign_prime(z, a):
                        # g'(z) = 0 (the perceptron rule passes the error straight through instead)
                        return np.zeros_like(z)
                    """;
            case "sigmoid" -> """
                    def sigmoid(z):
                        # σ(z) = 1 / (1 + e^(−z))
                        return 1.0 / (1.0 + fdlibm_exp(-z))

                    def sigmoid_prime(z, a):
                        # σ'(z) = σ(z) (1 − σ(z))
                        return a * (1.0 - a)
                    """;
            case "tanh" -> """
                    def tanh(z):
                        # tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z))
                        return fdlibm_tanh(z)

                    def tanh_prime(z, a):
                        # tanh'(z) = 1 − tanh²(z)
                        return 1.0 - a * a
                    """;
            case "relu" -> """
                    def relu(z):
                        # ReLU(z) = max(0, z)
                        return np.where(z > 0, z, 0.0)

                    def relu_prime(z, a):
                        # ReLU'(z) = 1 if z > 0 else 0 (0 at the kink)
                        return np.where(z > 0, 1.0, 0.0)
                    """;
            case "leaky_relu" -> """
                    def leaky_relu(z):
                        # g(z) = z if z > 0 else 0.01 z
                        return np.where(z > 0, z, 0.01 * z)

                    def leaky_relu_prime(z, a):
                        # g'(z) = 1 if z > 0 else 0.01
                        return np.where(z > 0, 1.0, 0.01)
                    """;
            case "softplus" -> """
                    def softplus(z):
                        # g(z) = ln(1 + e^z), as max(z, 0) + ln(1 + e^(−|z|)) so that it never overflows
                        return np.maximum(z, 0.0) + np.log1p(fdlibm_exp(-np.abs(z)))

                    def softplus_prime(z, a):
                        # g'(z) = σ(z)
                        return 1.0 / (1.0 + fdlibm_exp(-z))
                    """;
            case "softmax" -> """
                    def softmax(z):
                        # softmax(z)_j = e^(z_j − max z) / Σ_k e^(z_k − max z), per row (shifted for stability)
                        e = fdlibm_exp(z - z.max(axis=1, keepdims=True))
                        return e / sum_of_columns(e)

                    def softmax_backward(a, dA):
                        # δ_j = a_j (dJ/da_j − Σ_k dJ/da_k a_k), the Jacobian of softmax times dJ/da, per row
                        return a * (dA - sum_of_columns(dA * a))
                    """;
            default -> throw new IllegalArgumentException("the NumPy export does not know the activation \""
                    + g.id() + "\"");
        };
    }

    /**
     * Writes {@code def loss(z, a, t)}: the batch average of the lab's loss over the output
     * layer, plus the L2 term.
     *
     * @param arch the network
     * @param l2   λ (0: no term)
     * @param py   where to write
     */
    static void writeLoss(Architecture arch, double l2, PythonText py) {
        Loss loss = arch.loss();
        Activation out = arch.outputActivation();
        py.line("def loss(z, a, t):");
        py.indent();
        py.line("\"\"\"J, averaged over the n rows of the batch" + (l2 != 0 ? ", plus (λ/2) Σ w² over every weight" : "")
                + ".\"\"\"");
        py.line("n = len(t)");
        if (loss == Loss.BCE && out == Activation.SIGMOID) {
            py.block("""
                    # binary cross-entropy −[t ln σ(z) + (1 − t) ln(1 − σ(z))], written from z as
                    # max(z, 0) − t z + ln(1 + e^(−|z|)) so that it stays finite when σ(z) rounds to 0 or 1
                    J = np.sum(np.maximum(z, 0.0) - t * z + np.log1p(np.exp(-np.abs(z)))) / n""");
        } else if (loss == Loss.BCE) {
            py.block("""
                    # binary cross-entropy of each softmax output, −[t ln a_k + (1 − t) ln(1 − a_k)], from z:
                    # with m = max z and S = Σ_j e^(z_j − m): ln a_k = z_k − m − ln S and
                    # ln(1 − a_k) = ln Σ_{j≠k} e^(z_j − m) − ln S
                    m = z.max(axis=1, keepdims=True)
                    e = np.exp(z - m)
                    log_S = np.log(e.sum(axis=1, keepdims=True))
                    log_a = z - m - log_S
                    log_1_minus_a = np.log(e.sum(axis=1, keepdims=True) - e) - log_S
                    J = -(np.sum(np.where(t != 0, t * log_a, 0.0))
                          + np.sum(np.where(t != 1, (1 - t) * log_1_minus_a, 0.0))) / n""");
        } else if (loss == Loss.CE) {
            py.block("""
                    # cross-entropy −Σ_k t_k ln a_k; where a softmax output underflowed to 0 the term is
                    # t_k (ln Σ_j e^(z_j) − z_k), which stays finite
                    terms = np.where(t != 0, -t * np.log(a), 0.0)
                    m = z.max(axis=1, keepdims=True)
                    log_sum_exp = m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))
                    terms = np.where(np.isinf(terms), t * (log_sum_exp - z), terms)
                    J = np.sum(terms) / n""");
        } else if (loss == Loss.SQUARED) {
            py.block("""
                    # squared error ½ Σ_k (a_k − t_k)²
                    J = np.sum(0.5 * (a - t) * (a - t)) / n""");
        } else if (loss == Loss.PERCEPTRON) {
            py.block("""
                    # the perceptron criterion (y − d) z: 0 exactly when every row is classified right
                    J = np.sum((a - t) * z) / n""");
        } else {
            throw new IllegalArgumentException("the NumPy export does not know the loss \"" + loss.id() + "\"");
        }
        if (l2 != 0) {
            py.line("J += 0.5 * L2 * sum(np.sum(W * W) for W in weights())");
        }
        py.line("return J");
        py.dedent();
    }

    /**
     * Writes the line computing δ_L (into {@code delta<L>}) from the output layer's z, a and the
     * targets {@code t} of the batch of {@code n} rows.
     *
     * @param arch the network
     * @param py   where to write
     */
    static void writeOutputDelta(Architecture arch, PythonText py) {
        int last = arch.layerCount();
        String a = "a" + last;
        String z = "z" + last;
        String delta = "delta" + last;
        Loss loss = arch.loss();
        Activation out = arch.outputActivation();
        if (loss == Loss.CE && out == Activation.SOFTMAX) {
            py.line("# δ_" + last + " = (a_" + last + " Σ_k t_k − t)/n, which is (a_" + last
                    + " − t)/n: softmax and cross-entropy together");
            py.line(delta + " = (" + a + " * t.sum(axis=1, keepdims=True) - t) / n");
            return;
        }
        if (loss.fusedDelta(out)) {
            String why = loss == Loss.PERCEPTRON ? "the perceptron rule: the error y − d passed straight through the step"
                    : "sigmoid and binary cross-entropy together";
            py.line("# δ_" + last + " = (a_" + last + " − t)/n: " + why);
            py.line(delta + " = (" + a + " - t) / n");
            return;
        }
        String dA = "dA" + last;
        switch (loss) {
            case SQUARED -> {
                py.line("# dJ/da_" + last + " = (a_" + last + " − t)/n");
                py.line(dA + " = (" + a + " - t) / n");
            }
            case BCE -> {
                py.line("# dJ/da_" + last + " = (−t/a + (1 − t)/(1 − a))/n");
                py.line(dA + " = (np.where(t != 0, -t / " + a + ", 0.0) + np.where(t != 1, (1 - t) / (1 - " + a
                        + "), 0.0)) / n");
            }
            default -> throw new IllegalArgumentException("the NumPy export does not know the loss \"" + loss.id() + "\"");
        }
        if (out == Activation.SOFTMAX) {
            py.line("# δ_" + last + " = softmax'(z_" + last + ")ᵀ · dJ/da_" + last + ", row by row");
            py.line(delta + " = softmax_backward(" + a + ", " + dA + ")");
        } else {
            String g = functionName(out);
            py.line("# δ_" + last + " = dJ/da_" + last + " ⊙ " + g + "'(z_" + last + ")");
            py.line(delta + " = " + dA + " * " + g + "_prime(" + z + ", " + a + ")");
        }
    }
}
