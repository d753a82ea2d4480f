package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Analytic gradients against central differences (J(θ + ε) − J(θ − ε)) / 2ε on random networks
 * of every hidden activation and every output/loss pair, for every weight, every bias and every
 * input. ReLU, leaky ReLU, step and sign pre-activations are kept at least 0.05 from their kink (where the
 * derivative is undefined), well beyond what the ±2ε nudges move them; step and sign appear where
 * they are meaningful, as the perceptron's output.
 */
class FiniteDifferenceTest {
    static final double TOLERANCE = 1e-6;
    static final double KINK_MARGIN = 0.05;
    static final String[] HIDDEN = {"identity", "sigmoid", "tanh", "relu", "leaky_relu", "softplus"};
    static final String[][] OUTPUT_LOSS = {
        {"sigmoid", "bce"}, {"softmax", "bce"}, {"softmax", "ce"},
        {"identity", "squared"}, {"sigmoid", "squared"}, {"tanh", "squared"},
        {"relu", "squared"}, {"softmax", "squared"}, {"step", "perceptron"},
        {"leaky_relu", "squared"}, {"softplus", "squared"}, {"sign", "perceptron"},
    };

    static RandomNetworks.Case awayFromKinks(Random rnd, String hidden, String output, String loss, int depth,
                                             boolean bias, int batch, double l2) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            RandomNetworks.Case c = RandomNetworks.random(rnd, hidden, output, loss, depth, bias, batch, l2);
            if (RandomNetworks.awayFromKinks(c, KINK_MARGIN)) {
                return c;
            }
        }
        throw new IllegalStateException("no case away from the kinks");
    }

    @Test
    void gradientCheckOfEveryActivationAndLossCombinationIsBelowOneInAMillion() {
        Random rnd = new Random(424242);
        int combinations = 0;
        int parameters = 0;
        for (String hidden : HIDDEN) {
            for (String[] pair : OUTPUT_LOSS) {
                for (int k = 0; k < 4; k++) {
                    int depth = 2 + rnd.nextInt(2);
                    boolean bias = k % 2 == 0;
                    double l2 = k == 3 ? 0.05 : 0;
                    RandomNetworks.Case c = awayFromKinks(rnd, hidden, pair[0], pair[1], depth, bias,
                            1 + rnd.nextInt(5), l2);
                    GradientCheck.Result r = GradientCheck.check(c.network(), c.inputMatrix(), c.targetMatrix(), l2);
                    assertTrue(r.maxRelativeError() < TOLERANCE, c + ": max relative error " + r.maxRelativeError()
                            + " at " + r.worstParameter() + " analytic " + r.analytic() + " numeric " + r.numeric());
                    parameters += r.parametersChecked();
                }
                combinations++;
            }
        }
        assertEquals(HIDDEN.length * OUTPUT_LOSS.length, combinations);
        assertTrue(parameters > 1000, "checked " + parameters + " parameters");
    }

    @Test
    void gradientCheckResolvesASmallGradientBesideALargeLoss() {
        // y = x·[w1, w2] with x = 1, w = [0, 0.5], t = [100, 0.5 − 1e−6], squared loss:
        // J = ½·100² + ½·(1e−6)² ≈ 5000, dJ/dw = [−100, 1e−6]. A plain central difference with
        // ε = 1e−6 has rounding noise ≈ 1e−16·5000/1e−6 = 5e−7 on the 1e−6 gradient.
        RandomNetworks.Case c = new RandomNetworks.Case(new String[] {"identity"}, "squared",
                new double[][][] {{{0.0, 0.5}}}, null, new double[][] {{1}}, new double[][] {{100, 0.5 - 1e-6}}, 0);
        Pass p = c.network().computePass(c.inputMatrix(), c.targetMatrix(), 0);
        assertEquals(1e-6, p.layers().get(0).dLossDWeights().get(0, 1), 1e-16);
        GradientCheck.Result r = GradientCheck.check(c.network(), c.inputMatrix(), c.targetMatrix(), 0);
        assertTrue(r.maxRelativeError() < TOLERANCE, r.toString());
        assertEquals(2, r.parametersChecked());
    }

    @Test
    void gradientCheckLeavesTheParametersExactlyAsTheyWere() {
        RandomNetworks.Case c = RandomNetworks.random(new Random(3), "tanh", "softmax", "ce", 3, true, 4, 0.1);
        Network network = c.network();
        Parameters before = network.parameters().copy();
        GradientCheck.check(network, c.inputMatrix(), c.targetMatrix(), 0.1);
        assertEquals(before, network.parameters());
    }

    @Test
    void inputGradientMatchesCentralDifferencesOnTheInputs() {
        Random rnd = new Random(99);
        int checked = 0;
        for (String hidden : HIDDEN) {
            for (String[] pair : OUTPUT_LOSS) {
                RandomNetworks.Case c = awayFromKinks(rnd, hidden, pair[0], pair[1], 3, true, 3, 0.02);
                Network network = c.network();
                Matrix analytic = network.computePass(c.inputMatrix(), c.targetMatrix(), c.l2()).dLossDInput();
                for (int r = 0; r < c.inputs().length; r++) {
                    for (int i = 0; i < c.inputs()[r].length; i++) {
                        double numeric = inputDifference(network, c, r, i);
                        double a = analytic.get(r, i);
                        double rel = GradientCheck.relativeError(a, numeric);
                        assertTrue(rel < TOLERANCE, c + " dJ/dx[" + r + "][" + i + "]: analytic " + a
                                + " numeric " + numeric + " relative error " + rel);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 100, "checked " + checked);
    }

    // fourth-order central difference in input x_ri, h = 1e−3:
    // dJ/dx ≈ (8 [J(x + h) − J(x − h)] − [J(x + 2h) − J(x − 2h)]) / 12h
    static double inputDifference(Network network, RandomNetworks.Case c, int r, int i) {
        double h = 1e-3;
        double[] j = new double[5];
        for (int k = -2; k <= 2; k++) {
            double[][] x = deepCopy(c.inputs());
            x[r][i] += k * h;
            j[k + 2] = network.computePass(Matrix.of(x), c.targetMatrix(), c.l2()).loss();
        }
        return (8 * (j[3] - j[1]) - (j[4] - j[0])) / (12 * h);
    }

    static double[][] deepCopy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    @Test
    void relativeErrorIsDifferenceOverSumOfMagnitudes() {
        assertEquals(0.0, GradientCheck.relativeError(0, 0), 0.0);
        assertEquals(1.0 / 3.0, GradientCheck.relativeError(2, 1), 1e-15);
        assertEquals(1.0, GradientCheck.relativeError(1, -1) / 1.0, 1e-15);
    }
}
