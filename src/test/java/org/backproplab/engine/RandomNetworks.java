package org.backproplab.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded random networks of every supported kind, held as plain arrays so that the engine and
 * {@link NaiveBackprop} can be fed the very same numbers.
 */
final class RandomNetworks {
    /** Every activation a hidden layer may use. */
    static final String[] HIDDEN = {"identity", "step", "sign", "sigmoid", "tanh", "relu", "leaky_relu", "softplus"};

    /** Every valid (output activation, loss) pair. */
    static final String[][] OUTPUT_LOSS = {
        {"sigmoid", "bce"}, {"softmax", "bce"}, {"softmax", "ce"},
        {"identity", "squared"}, {"step", "squared"}, {"sigmoid", "squared"}, {"tanh", "squared"},
        {"relu", "squared"}, {"softmax", "squared"}, {"step", "perceptron"},
    };

    /**
     * One random case.
     *
     * @param activations one per non-input layer
     * @param loss        loss name
     * @param weights     [l][i][j]
     * @param biases      [l][j] or null
     * @param inputs      [r][i]
     * @param targets     [r][k]
     * @param l2          λ
     */
    record Case(String[] activations, String loss, double[][][] weights, double[][] biases,
                double[][] inputs, double[][] targets, double l2) {

        /** @return the engine network with these parameters */
        Network network() {
            List<Integer> sizes = new ArrayList<>();
            sizes.add(weights[0].length);
            List<Activation> acts = new ArrayList<>();
            for (int l = 0; l < weights.length; l++) {
                sizes.add(weights[l][0].length);
                acts.add(Activation.fromId(activations[l]));
            }
            Architecture arch = new Architecture(sizes, acts, biases != null, Loss.fromId(loss));
            Parameters p = new Parameters(arch);
            for (int l = 0; l < weights.length; l++) {
                int out = weights[l][0].length;
                for (int i = 0; i < weights[l].length; i++) {
                    System.arraycopy(weights[l][i], 0, p.weightsOf(l), i * out, out);
                }
                if (biases != null) {
                    System.arraycopy(biases[l], 0, p.biasesOf(l), 0, out);
                }
            }
            return new Network(p);
        }

        /** @return the naive reference pass */
        NaiveBackprop.Result reference() {
            return NaiveBackprop.pass(activations, loss, weights, biases, inputs, targets, l2);
        }

        Matrix inputMatrix() {
            return Matrix.of(inputs);
        }

        Matrix targetMatrix() {
            return Matrix.of(targets);
        }

        @Override
        public String toString() {
            int[] sizes = new int[weights.length + 1];
            sizes[0] = weights[0].length;
            for (int l = 0; l < weights.length; l++) {
                sizes[l + 1] = weights[l][0].length;
            }
            return Arrays.toString(sizes) + " " + Arrays.toString(activations) + " loss=" + loss
                    + " bias=" + (biases != null) + " batch=" + inputs.length + " l2=" + l2;
        }
    }

    private RandomNetworks() {
    }

    /**
     * @param rnd    generator
     * @param hidden activation of every hidden layer (null: random per layer from {@link #HIDDEN})
     * @param output output activation
     * @param loss   loss
     * @param depth  non-input layers
     * @param bias   with biases
     * @param batch  samples
     * @param l2     λ
     * @return a random case
     */
    static Case random(Random rnd, String hidden, String output, String loss, int depth, boolean bias, int batch,
                       double l2) {
        int[] sizes = new int[depth + 1];
        for (int i = 0; i < depth; i++) {
            sizes[i] = 1 + rnd.nextInt(6);
        }
        // softmax over one unit is constant 1; give it at least two
        sizes[depth] = output.equals("softmax") ? 2 + rnd.nextInt(5) : 1 + rnd.nextInt(6);
        String[] acts = new String[depth];
        for (int l = 0; l < depth - 1; l++) {
            acts[l] = hidden != null ? hidden : HIDDEN[rnd.nextInt(HIDDEN.length)];
        }
        acts[depth - 1] = output;
        double[][][] w = new double[depth][][];
        double[][] b = bias ? new double[depth][] : null;
        for (int l = 0; l < depth; l++) {
            w[l] = gaussian(rnd, sizes[l], sizes[l + 1], 0.9);
            if (bias) {
                b[l] = gaussian(rnd, 1, sizes[l + 1], 0.5)[0];
            }
        }
        double[][] x = gaussian(rnd, batch, sizes[0], 1.0);
        double[][] t = targets(rnd, loss, batch, sizes[depth]);
        return new Case(acts, loss, w, b, x, t, l2);
    }

    static double[][] gaussian(Random rnd, int rows, int cols, double std) {
        double[][] m = new double[rows][cols];
        for (double[] row : m) {
            for (int j = 0; j < cols; j++) {
                row[j] = rnd.nextGaussian() * std;
            }
        }
        return m;
    }

    // bce: 0/1 or soft labels in (0, 1); ce: one-hot or a probability row; squared: reals;
    // perceptron: 0/1
    static double[][] targets(Random rnd, String loss, int rows, int cols) {
        double[][] t = new double[rows][cols];
        for (double[] row : t) {
            switch (loss) {
                case "bce" -> {
                    boolean soft = rnd.nextBoolean();
                    for (int k = 0; k < cols; k++) {
                        row[k] = soft ? rnd.nextDouble() : rnd.nextInt(2);
                    }
                }
                case "ce" -> {
                    if (rnd.nextBoolean()) {
                        row[rnd.nextInt(cols)] = 1;
                    } else {
                        double sum = 0;
                        for (int k = 0; k < cols; k++) {
                            row[k] = rnd.nextDouble();
                            sum += row[k];
                        }
                        for (int k = 0; k < cols; k++) {
                            row[k] /= sum;
                        }
                    }
                }
                case "squared" -> {
                    for (int k = 0; k < cols; k++) {
                        row[k] = rnd.nextGaussian();
                    }
                }
                case "perceptron" -> {
                    for (int k = 0; k < cols; k++) {
                        row[k] = rnd.nextInt(2);
                    }
                }
                default -> throw new IllegalArgumentException(loss);
            }
        }
        return t;
    }

    /**
     * @param c      a case
     * @param margin smallest allowed |z| at ReLU and step units
     * @return whether every ReLU or step pre-activation stays at least {@code margin} from its kink
     */
    static boolean awayFromKinks(Case c, double margin) {
        NaiveBackprop.Result r = c.reference();
        for (int l = 0; l < c.activations().length; l++) {
            String g = c.activations()[l];
            if (!g.equals("relu") && !g.equals("step") && !g.equals("leaky_relu") && !g.equals("sign")) {
                continue;
            }
            for (double[] row : r.preActivation[l]) {
                for (double z : row) {
                    if (Math.abs(z) < margin) {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
