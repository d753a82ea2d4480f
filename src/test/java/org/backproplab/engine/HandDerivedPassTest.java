package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Passes whose every number is worked out by hand: the expected values are closed forms
 * written in the test (exact binary fractions where possible), never the engine's output.
 */
class HandDerivedPassTest {
    static final double EXACT = 0.0;
    static final double CLOSE = 1e-14;

    static RandomNetworks.Case net(String[] acts, String loss, double[][][] w, double[][] b,
                                   double[][] x, double[][] t, double l2) {
        return new RandomNetworks.Case(acts, loss, w, b, x, t, l2);
    }

    static Pass pass(RandomNetworks.Case c) {
        return c.network().computePass(c.inputMatrix(), c.targetMatrix(), c.l2());
    }

    @Test
    void oneOneOneIdentityNetworkWithBiasesGivesTheHandNumbers() {
        // x = 2, W1 = 0.5, b1 = 0.25, W2 = −1.5, b2 = 1, t = 0.5, identity everywhere, squared loss
        Pass p = pass(net(new String[] {"identity", "identity"}, "squared",
                new double[][][] {{{0.5}}, {{-1.5}}}, new double[][] {{0.25}, {1.0}},
                new double[][] {{2.0}}, new double[][] {{0.5}}, 0));
        LayerTrace hidden = p.layers().get(0);
        LayerTrace out = p.layers().get(1);
        // z1 = 2·0.5 + 0.25 = 1.25 = a1;  z2 = 1.25·(−1.5) + 1 = −0.875 = y
        assertEquals(1.25, hidden.preActivation().get(0, 0), EXACT);
        assertEquals(1.25, hidden.activation().get(0, 0), EXACT);
        assertEquals(-0.875, out.preActivation().get(0, 0), EXACT);
        assertEquals(-0.875, out.activation().get(0, 0), EXACT);
        // J = ½(−0.875 − 0.5)² = 0.9453125
        assertEquals(0.9453125, p.loss(), EXACT);
        // dJ/dy = y − t = −1.375 = δ2;  dJ/dW2 = a1·δ2 = −1.71875;  dJ/db2 = −1.375
        assertEquals(-1.375, out.dLossDActivation().get(0, 0), EXACT);
        assertEquals(-1.375, out.dLossDPreActivation().get(0, 0), EXACT);
        assertEquals(-1.71875, out.dLossDWeights().get(0, 0), EXACT);
        assertArrayEquals(new double[] {-1.375}, out.dLossDBiases(), EXACT);
        // dJ/da1 = δ2·W2 = 2.0625 = δ1;  dJ/dW1 = x·δ1 = 4.125;  dJ/db1 = 2.0625;  dJ/dx = δ1·W1 = 1.03125
        assertEquals(2.0625, hidden.dLossDActivation().get(0, 0), EXACT);
        assertEquals(2.0625, hidden.dLossDPreActivation().get(0, 0), EXACT);
        assertEquals(4.125, hidden.dLossDWeights().get(0, 0), EXACT);
        assertArrayEquals(new double[] {2.0625}, hidden.dLossDBiases(), EXACT);
        assertEquals(1.03125, p.dLossDInput().get(0, 0), EXACT);
    }

    @Test
    void sgdUpdateOfTheOneOneOneNetworkSubtractsLearningRateTimesGradient() {
        RandomNetworks.Case c = net(new String[] {"identity", "identity"}, "squared",
                new double[][][] {{{0.5}}, {{-1.5}}}, new double[][] {{0.25}, {1.0}},
                new double[][] {{2.0}}, new double[][] {{0.5}}, 0);
        Network network = c.network();
        Workspace ws = new Workspace(network.architecture(), 1);
        ws.inputBuffer()[0] = 2.0;
        ws.targetBuffer()[0] = 0.5;
        network.computeGradients(ws, 1, 0);
        network.applyUpdateInPlace(ws, Optimizer.sgd(0.5));
        // w ← w − 0.5 g:  W1 = 0.5 − 2.0625 = −1.5625, b1 = 0.25 − 1.03125 = −0.78125,
        //                 W2 = −1.5 + 0.859375 = −0.640625, b2 = 1 + 0.6875 = 1.6875
        assertEquals(-1.5625, network.parameters().weightsOf(0)[0], EXACT);
        assertEquals(-0.78125, network.parameters().biasesOf(0)[0], EXACT);
        assertEquals(-0.640625, network.parameters().weightsOf(1)[0], EXACT);
        assertEquals(1.6875, network.parameters().biasesOf(1)[0], EXACT);
    }

    @Test
    void twoTwoTwoReluSoftmaxCrossEntropyBatchOfTwoGivesTheHandNumbers() {
        // x1 = [1, 2] (class 0), x2 = [−1, 0.5] (class 1)
        // W1 = [[0.5, −1], [0.25, 0.5]], b1 = [0.1, −0.2]; W2 = [[1, −1], [0.5, 2]], b2 = [0, 0.3]
        Pass p = pass(net(new String[] {"relu", "softmax"}, "ce",
                new double[][][] {{{0.5, -1}, {0.25, 0.5}}, {{1, -1}, {0.5, 2}}},
                new double[][] {{0.1, -0.2}, {0, 0.3}},
                new double[][] {{1, 2}, {-1, 0.5}}, new double[][] {{1, 0}, {0, 1}}, 0));
        LayerTrace h = p.layers().get(0);
        LayerTrace o = p.layers().get(1);
        // z1 = x·W1 + b1: sample 1 [1.1, −0.2] → a1 = [1.1, 0]; sample 2 [−0.275, 1.05] → a1 = [0, 1.05]
        assertRow(new double[] {1.1, -0.2}, h.preActivation(), 0, CLOSE);
        assertRow(new double[] {-0.275, 1.05}, h.preActivation(), 1, CLOSE);
        assertRow(new double[] {1.1, 0}, h.activation(), 0, CLOSE);
        assertRow(new double[] {0, 1.05}, h.activation(), 1, CLOSE);
        // z2 = a1·W2 + b2: sample 1 [1.1, −0.8]; sample 2 [0.525, 2.4]
        assertRow(new double[] {1.1, -0.8}, o.preActivation(), 0, CLOSE);
        assertRow(new double[] {0.525, 2.4}, o.preActivation(), 1, CLOSE);
        // softmax of two units = [σ(z0 − z1), σ(z1 − z0)]; q1 = σ(−1.9), q2 = σ(−1.875) are the
        // probabilities given to the wrong class
        double q1 = 1 / (1 + Math.exp(1.9));
        double q2 = 1 / (1 + Math.exp(1.875));
        assertRow(new double[] {1 - q1, q1}, o.activation(), 0, CLOSE);
        assertRow(new double[] {q2, 1 - q2}, o.activation(), 1, CLOSE);
        // J = −½[ln(1 − q1) + ln(1 − q2)]
        assertEquals(-0.5 * (Math.log(1 - q1) + Math.log(1 - q2)), p.loss(), CLOSE);
        // dJ/da = −t/(n a)
        assertRow(new double[] {-1 / (2 * (1 - q1)), 0}, o.dLossDActivation(), 0, CLOSE);
        assertRow(new double[] {0, -1 / (2 * (1 - q2))}, o.dLossDActivation(), 1, CLOSE);
        // δ2 = (a − t)/n = [−q1/2, q1/2] and [q2/2, −q2/2]
        assertRow(new double[] {-q1 / 2, q1 / 2}, o.dLossDPreActivation(), 0, CLOSE);
        assertRow(new double[] {q2 / 2, -q2 / 2}, o.dLossDPreActivation(), 1, CLOSE);
        // dJ/dW2 = a1ᵀ δ2 = [[1.1·(−q1/2), 1.1·q1/2], [1.05·q2/2, −1.05·q2/2]]
        assertRow(new double[] {-1.1 * q1 / 2, 1.1 * q1 / 2}, o.dLossDWeights(), 0, CLOSE);
        assertRow(new double[] {1.05 * q2 / 2, -1.05 * q2 / 2}, o.dLossDWeights(), 1, CLOSE);
        // dJ/db2 = Σ_rows δ2
        assertArrayEquals(new double[] {(q2 - q1) / 2, (q1 - q2) / 2}, o.dLossDBiases(), CLOSE);
        // dJ/da1 = δ2 W2ᵀ: [−q1, 0.75 q1] and [q2, −0.75 q2]; δ1 masks by relu'(z1)
        assertRow(new double[] {-q1, 0.75 * q1}, h.dLossDActivation(), 0, CLOSE);
        assertRow(new double[] {q2, -0.75 * q2}, h.dLossDActivation(), 1, CLOSE);
        assertRow(new double[] {-q1, 0}, h.dLossDPreActivation(), 0, CLOSE);
        assertRow(new double[] {0, -0.75 * q2}, h.dLossDPreActivation(), 1, CLOSE);
        // dJ/dW1 = xᵀ δ1 = [[−q1, 0.75 q2], [−2 q1, −0.375 q2]];  dJ/db1 = [−q1, −0.75 q2]
        assertRow(new double[] {-q1, 0.75 * q2}, h.dLossDWeights(), 0, CLOSE);
        assertRow(new double[] {-2 * q1, -0.375 * q2}, h.dLossDWeights(), 1, CLOSE);
        assertArrayEquals(new double[] {-q1, -0.75 * q2}, h.dLossDBiases(), CLOSE);
        // dJ/dx = δ1 W1ᵀ = [−0.5 q1, −0.25 q1] and [0.75 q2, −0.375 q2]
        assertRow(new double[] {-0.5 * q1, -0.25 * q1}, p.dLossDInput(), 0, CLOSE);
        assertRow(new double[] {0.75 * q2, -0.375 * q2}, p.dLossDInput(), 1, CLOSE);
    }

    @Test
    void tanhHiddenSigmoidOutputBinaryCrossEntropyWithBiasesGivesTheClosedForms() {
        // x = [0.5, −1], W1 = [[0.4], [0.3]], b1 = 0.6 → z1 = 0.5; W2 = 2, b2 = −0.5; t = 1
        Pass p = pass(net(new String[] {"tanh", "sigmoid"}, "bce",
                new double[][][] {{{0.4}, {0.3}}, {{2.0}}}, new double[][] {{0.6}, {-0.5}},
                new double[][] {{0.5, -1}}, new double[][] {{1}}, 0));
        LayerTrace h = p.layers().get(0);
        LayerTrace o = p.layers().get(1);
        double hid = Math.tanh(0.5);
        double z2 = 2 * hid - 0.5;
        double y = 1 / (1 + Math.exp(-z2));
        assertEquals(0.5, h.preActivation().get(0, 0), CLOSE);
        assertEquals(hid, h.activation().get(0, 0), CLOSE);
        assertEquals(z2, o.preActivation().get(0, 0), CLOSE);
        assertEquals(y, o.activation().get(0, 0), CLOSE);
        // J = −ln y; dJ/dy = −1/y; δ2 = y − 1
        assertEquals(-Math.log(y), p.loss(), CLOSE);
        assertEquals(-1 / y, o.dLossDActivation().get(0, 0), CLOSE);
        double delta2 = y - 1;
        assertEquals(delta2, o.dLossDPreActivation().get(0, 0), CLOSE);
        assertEquals(hid * delta2, o.dLossDWeights().get(0, 0), CLOSE);
        assertArrayEquals(new double[] {delta2}, o.dLossDBiases(), CLOSE);
        // dJ/dh = 2 δ2;  δ1 = 2 δ2 (1 − tanh²(0.5))
        double delta1 = 2 * delta2 * (1 - hid * hid);
        assertEquals(2 * delta2, h.dLossDActivation().get(0, 0), CLOSE);
        assertEquals(delta1, h.dLossDPreActivation().get(0, 0), CLOSE);
        assertEquals(0.5 * delta1, h.dLossDWeights().get(0, 0), CLOSE);
        assertEquals(-delta1, h.dLossDWeights().get(1, 0), CLOSE);
        assertArrayEquals(new double[] {delta1}, h.dLossDBiases(), CLOSE);
        // dJ/dx = δ1 W1ᵀ = [0.4 δ1, 0.3 δ1]
        assertRow(new double[] {0.4 * delta1, 0.3 * delta1}, p.dLossDInput(), 0, CLOSE);
    }

    @Test
    void squaredLossWithIdentityOutputAveragesOverTheBatch() {
        // y = x·[1, −1] + 0.5 on x = [1, 0], [0, 1], [2, 2] → y = 1.5, −0.5, 0.5; t = 1, 0, 1.5
        Pass p = pass(linearThreeSamples(0));
        LayerTrace o = p.layers().get(0);
        // errors e = y − t = 0.5, −0.5, −1;  J = (1/3) Σ ½ e² = (0.125 + 0.125 + 0.5)/3 = 0.25
        assertEquals(0.25, p.loss(), CLOSE);
        // δ = e/3
        assertRow(new double[] {0.5 / 3}, o.dLossDPreActivation(), 0, CLOSE);
        assertRow(new double[] {-0.5 / 3}, o.dLossDPreActivation(), 1, CLOSE);
        assertRow(new double[] {-1.0 / 3}, o.dLossDPreActivation(), 2, CLOSE);
        // dJ/dW = (1/3) Σ e x = [(0.5 − 2)/3, (−0.5 − 2)/3];  dJ/db = (0.5 − 0.5 − 1)/3
        assertEquals(-0.5, o.dLossDWeights().get(0, 0), CLOSE);
        assertEquals(-2.5 / 3, o.dLossDWeights().get(1, 0), CLOSE);
        assertArrayEquals(new double[] {-1.0 / 3}, o.dLossDBiases(), CLOSE);
        // dJ/dx_r = δ_r Wᵀ
        assertRow(new double[] {0.5 / 3, -0.5 / 3}, p.dLossDInput(), 0, CLOSE);
        assertRow(new double[] {-1.0 / 3, 1.0 / 3}, p.dLossDInput(), 2, CLOSE);
    }

    @Test
    void l2AddsHalfLambdaSumOfSquaredWeightsAndLambdaWToWeightGradientsOnly() {
        Pass p = pass(linearThreeSamples(0.1));
        LayerTrace o = p.layers().get(0);
        // J = 0.25 + (0.1/2)(1² + (−1)²) = 0.35 — the bias 0.5 is not penalised
        assertEquals(0.35, p.loss(), CLOSE);
        // dJ/dW = [−0.5 + 0.1·1, −2.5/3 + 0.1·(−1)]
        assertEquals(-0.4, o.dLossDWeights().get(0, 0), CLOSE);
        assertEquals(-2.5 / 3 - 0.1, o.dLossDWeights().get(1, 0), CLOSE);
        // biases and sensitivities untouched by L2
        assertArrayEquals(new double[] {-1.0 / 3}, o.dLossDBiases(), CLOSE);
        assertRow(new double[] {0.5 / 3}, o.dLossDPreActivation(), 0, CLOSE);
    }

    static RandomNetworks.Case linearThreeSamples(double l2) {
        return net(new String[] {"identity"}, "squared", new double[][][] {{{1}, {-1}}}, new double[][] {{0.5}},
                new double[][] {{1, 0}, {0, 1}, {2, 2}}, new double[][] {{1}, {0}, {1.5}}, l2);
    }

    @Test
    void reluPassesGradientOnlyWherePreActivationIsPositive() {
        // 1-3-1: x = 1, W1 = [2, −3, 0] so z1 = [2, −3, 0]; relu'(0) = 0 by convention; W2 = [1, 1, 1]
        Pass p = pass(net(new String[] {"relu", "identity"}, "squared",
                new double[][][] {{{2, -3, 0}}, {{1}, {1}, {1}}}, null,
                new double[][] {{1}}, new double[][] {{0}}, 0));
        LayerTrace h = p.layers().get(0);
        // y = 2, J = 2, δ2 = 2; dJ/da1 = [2, 2, 2]; δ1 = [2, 0, 0]
        assertEquals(2.0, p.loss(), EXACT);
        assertRow(new double[] {2, 0, 0}, h.activation(), 0, EXACT);
        assertRow(new double[] {2, 2, 2}, h.dLossDActivation(), 0, EXACT);
        assertRow(new double[] {2, 0, 0}, h.dLossDPreActivation(), 0, EXACT);
        assertRow(new double[] {2, 0, 0}, h.dLossDWeights(), 0, EXACT);
        assertNull(h.dLossDBiases());
        assertEquals(4.0, p.dLossDInput().get(0, 0), EXACT);
    }

    static void assertRow(double[] expected, Matrix m, int row, double tol) {
        assertArrayEquals(expected, m.row(row), tol, "row " + row);
    }
}
