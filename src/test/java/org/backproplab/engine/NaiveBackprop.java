package org.backproplab.engine;

/**
 * An independent reference for the engine, written straight from the DESIGN equations with
 * plain per-sample double loops and no engine classes: no fused output sensitivities (the
 * chain rule through dJ/da and g'(z) everywhere, softmax through its full Jacobian
 * ∂a_k/∂z_j = a_k(1[k=j] − a_j)), {@link Math#tanh} instead of the engine's fast tanh, and the
 * perceptron rule written as Rosenblatt's error (y − d) passed straight through the step.
 */
final class NaiveBackprop {

    /** Everything one pass computes, indexed [layer][sample][unit] / [layer][in][out]. */
    static final class Result {
        double[][][] preActivation;
        double[][][] activation;
        double[][][] dLossDActivation;
        double[][][] dLossDPreActivation;
        double[][][] dLossDWeights;
        double[][] dLossDBiases;
        double loss;
        double[][] dLossDInput;
    }

    private NaiveBackprop() {
    }

    /**
     * @param activations one name per non-input layer (identity, step, sign, sigmoid, tanh, relu, leaky_relu, softplus, softmax)
     * @param loss        bce, ce, squared or perceptron
     * @param weights     weights[l][i][j], from unit i of layer l to unit j of layer l+1
     * @param biases      biases[l][j], or null
     * @param x           inputs, one row per sample
     * @param t           targets, one row per sample
     * @param l2          λ: J += (λ/2) Σ w², dJ/dW += λ W
     */
    static Result pass(String[] activations, String loss, double[][][] weights, double[][] biases,
                       double[][] x, double[][] t, double l2) {
        int layers = weights.length;
        int n = x.length;
        Result res = new Result();
        res.preActivation = new double[layers][n][];
        res.activation = new double[layers][n][];
        res.dLossDActivation = new double[layers][n][];
        res.dLossDPreActivation = new double[layers][n][];
        res.dLossDWeights = new double[layers][][];
        res.dLossDBiases = biases == null ? null : new double[layers][];
        res.dLossDInput = new double[n][];

        double total = 0;
        for (int r = 0; r < n; r++) {
            // forward: z_j = Σ_i a_i W_ij + b_j, a = g(z)
            double[] in = x[r];
            for (int l = 0; l < layers; l++) {
                int out = weights[l][0].length;
                double[] z = new double[out];
                for (int j = 0; j < out; j++) {
                    double s = biases == null ? 0 : biases[l][j];
                    for (int i = 0; i < in.length; i++) {
                        s += in[i] * weights[l][i][j];
                    }
                    z[j] = s;
                }
                double[] a = activate(activations[l], z);
                res.preActivation[l][r] = z;
                res.activation[l][r] = a;
                in = a;
            }
            double[] y = res.activation[layers - 1][r];
            double[] zOut = res.preActivation[layers - 1][r];
            // per-sample loss, later averaged over the n samples
            for (int k = 0; k < y.length; k++) {
                double tk = t[r][k];
                switch (loss) {
                    case "bce" -> total += -(tk * Math.log(y[k]) + (1 - tk) * Math.log(1 - y[k]));
                    case "ce" -> total += -tk * Math.log(y[k]);
                    case "squared" -> total += 0.5 * (y[k] - tk) * (y[k] - tk);
                    case "perceptron" -> total += (y[k] - tk) * zOut[k];
                    default -> throw new IllegalArgumentException(loss);
                }
            }
            // backward, sample r: dJ/da of the batch average = (1/n) d(sample loss)/da
            double[] dA = new double[y.length];
            for (int k = 0; k < y.length; k++) {
                double tk = t[r][k];
                dA[k] = switch (loss) {
                    case "bce" -> (-tk / y[k] + (1 - tk) / (1 - y[k])) / n;
                    case "ce" -> -tk / y[k] / n;
                    case "squared", "perceptron" -> (y[k] - tk) / n;
                    default -> throw new IllegalArgumentException(loss);
                };
            }
            for (int l = layers - 1; l >= 0; l--) {
                res.dLossDActivation[l][r] = dA;
                double[] delta;
                if (l == layers - 1 && loss.equals("perceptron")) {
                    // Rosenblatt: the error (y − d)/n goes straight through the step
                    delta = dA.clone();
                } else {
                    delta = sensitivity(activations[l], res.preActivation[l][r], res.activation[l][r], dA);
                }
                res.dLossDPreActivation[l][r] = delta;
                // dJ/da_prev_i = Σ_j δ_j W_ij
                int inSize = weights[l].length;
                double[] dPrev = new double[inSize];
                for (int i = 0; i < inSize; i++) {
                    for (int j = 0; j < delta.length; j++) {
                        dPrev[i] += delta[j] * weights[l][i][j];
                    }
                }
                dA = dPrev;
            }
            res.dLossDInput[r] = dA;
        }
        double sumSquares = 0;
        for (double[][] w : weights) {
            for (double[] row : w) {
                for (double v : row) {
                    sumSquares += v * v;
                }
            }
        }
        res.loss = total / n + 0.5 * l2 * sumSquares;

        // dJ/dW_ij = Σ_r a_prev[r][i] δ[r][j] + λ W_ij ;  dJ/db_j = Σ_r δ[r][j]
        for (int l = 0; l < layers; l++) {
            int inSize = weights[l].length;
            int out = weights[l][0].length;
            double[][] g = new double[inSize][out];
            for (int i = 0; i < inSize; i++) {
                for (int j = 0; j < out; j++) {
                    double s = 0;
                    for (int r = 0; r < n; r++) {
                        double aPrev = l == 0 ? x[r][i] : res.activation[l - 1][r][i];
                        s += aPrev * res.dLossDPreActivation[l][r][j];
                    }
                    g[i][j] = s + l2 * weights[l][i][j];
                }
            }
            res.dLossDWeights[l] = g;
            if (biases != null) {
                double[] gb = new double[out];
                for (int j = 0; j < out; j++) {
                    for (int r = 0; r < n; r++) {
                        gb[j] += res.dLossDPreActivation[l][r][j];
                    }
                }
                res.dLossDBiases[l] = gb;
            }
        }
        return res;
    }

    static double[] activate(String g, double[] z) {
        double[] a = new double[z.length];
        if (g.equals("softmax")) {
            double sum = 0;
            for (double v : z) {
                sum += Math.exp(v);
            }
            for (int j = 0; j < z.length; j++) {
                a[j] = Math.exp(z[j]) / sum;
            }
            return a;
        }
        for (int j = 0; j < z.length; j++) {
            double v = z[j];
            a[j] = switch (g) {
                case "identity" -> v;
                case "step" -> v > 0 ? 1 : 0;
                case "sigmoid" -> 1 / (1 + Math.exp(-v));
                case "tanh" -> Math.tanh(v);
                case "relu" -> Math.max(0, v);
                case "leaky_relu" -> v > 0 ? v : 0.01 * v;
                case "softplus" -> Math.log(1 + Math.exp(v));
                case "sign" -> v < 0 ? -1 : 1;
                default -> throw new IllegalArgumentException(g);
            };
        }
        return a;
    }

    // δ_j = Σ_k dJ/da_k · ∂a_k/∂z_j
    static double[] sensitivity(String g, double[] z, double[] a, double[] dA) {
        double[] delta = new double[z.length];
        if (g.equals("softmax")) {
            for (int j = 0; j < z.length; j++) {
                double s = 0;
                for (int k = 0; k < z.length; k++) {
                    double jacobian = a[k] * ((k == j ? 1 : 0) - a[j]);
                    s += dA[k] * jacobian;
                }
                delta[j] = s;
            }
            return delta;
        }
        for (int j = 0; j < z.length; j++) {
            double derivative = switch (g) {
                case "identity" -> 1;
                case "step" -> 0;
                case "sigmoid" -> a[j] * (1 - a[j]);
                case "tanh" -> 1 - a[j] * a[j];
                case "relu" -> z[j] > 0 ? 1 : 0;
                case "leaky_relu" -> z[j] > 0 ? 1 : 0.01;
                // d/dz ln(1 + e^z) = e^z / (1 + e^z)
                case "softplus" -> Math.exp(z[j]) / (1 + Math.exp(z[j]));
                case "sign" -> 0;
                default -> throw new IllegalArgumentException(g);
            };
            delta[j] = dA[j] * derivative;
        }
        return delta;
    }
}
