package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The perceptron (step output, {@code perceptron} loss) trained by SGD is Rosenblatt's rule
 * w ← w − η (y − d) x, with the bias playing the threshold θ = −b on a constant −1 input.
 */
class PerceptronRuleTest {

    /** One online update of a 2-input perceptron; returns [w1, w2, b]. */
    static double[] updateOnce(double[] w, double b, double[] x, double d, double eta) {
        RandomNetworks.Case c = new RandomNetworks.Case(new String[] {"step"}, "perceptron",
                new double[][][] {{{w[0]}, {w[1]}}}, new double[][] {{b}},
                new double[][] {x}, new double[][] {{d}}, 0);
        Network network = c.network();
        Workspace ws = new Workspace(network.architecture(), 1);
        System.arraycopy(x, 0, ws.inputBuffer(), 0, 2);
        ws.targetBuffer()[0] = d;
        network.computeGradients(ws, 1, 0);
        network.applyUpdateInPlace(ws, Optimizer.sgd(eta));
        double[] nw = network.parameters().weightsOf(0);
        return new double[] {nw[0], nw[1], network.parameters().biasesOf(0)[0]};
    }

    @Test
    void misclassifiedSampleMovesWeightsByMinusEtaTimesErrorTimesInput() {
        // w = [0.5, 0.5], b = −1, x = [1, 2]: z = 0.5 → y = 1 but d = 0, so y − d = 1 and with η = 0.5
        // w ← [0.5, 0.5] − 0.5·1·[1, 2] = [0, −0.5]; θ = −b on input −1: θ ← 1 − 0.5·1·(−1) = 1.5, b = −1.5
        assertArrayEquals(new double[] {0, -0.5, -1.5}, updateOnce(new double[] {0.5, 0.5}, -1, new double[] {1, 2}, 0, 0.5), 0.0);
        // the other error: y = 0, d = 1 → y − d = −1: w ← w + η x, b ← b + η
        assertArrayEquals(new double[] {1.0, -0.5, 0.5}, updateOnce(new double[] {0.5, 0.5}, 0, new double[] {1, -2}, 1, 0.5), 0.0);
    }

    @Test
    void correctlyClassifiedSampleLeavesWeightsUnchanged() {
        assertArrayEquals(new double[] {0.5, 0.5, -1}, updateOnce(new double[] {0.5, 0.5}, -1, new double[] {1, 2}, 1, 0.5), 0.0);
        assertArrayEquals(new double[] {0.5, 0.5, -1}, updateOnce(new double[] {0.5, 0.5}, -1, new double[] {-1, 0}, 0, 0.5), 0.0);
    }

    @Test
    void biasBehavesAsAThresholdWeightOnAConstantMinusOneInput() {
        // the same perceptron written without a bias: inputs [x1, x2, −1], weights [w1, w2, θ], θ = 1
        RandomNetworks.Case folded = new RandomNetworks.Case(new String[] {"step"}, "perceptron",
                new double[][][] {{{0.5}, {0.5}, {1.0}}}, null,
                new double[][] {{1, 2, -1}}, new double[][] {{0}}, 0);
        Network network = folded.network();
        Workspace ws = new Workspace(network.architecture(), 1);
        System.arraycopy(new double[] {1, 2, -1}, 0, ws.inputBuffer(), 0, 3);
        ws.targetBuffer()[0] = 0;
        network.computeGradients(ws, 1, 0);
        network.applyUpdateInPlace(ws, Optimizer.sgd(0.5));
        double[] withBias = updateOnce(new double[] {0.5, 0.5}, -1, new double[] {1, 2}, 0, 0.5);
        double[] w = network.parameters().weightsOf(0);
        assertEquals(withBias[0], w[0], 0.0);
        assertEquals(withBias[1], w[1], 0.0);
        assertEquals(-withBias[2], w[2], 0.0, "θ = −b after the update");
    }

    @Test
    void perceptronCriterionIsErrorTimesPreActivationAveragedOverTheBatch() {
        // two samples, w = [1, −1], b = 0: x1 = [2, 1] → z = 1, y = 1, d = 0; x2 = [0, 3] → z = −3, y = 0, d = 1
        RandomNetworks.Case c = new RandomNetworks.Case(new String[] {"step"}, "perceptron",
                new double[][][] {{{1}, {-1}}}, new double[][] {{0}},
                new double[][] {{2, 1}, {0, 3}}, new double[][] {{0}, {1}}, 0);
        Pass p = c.network().computePass(c.inputMatrix(), c.targetMatrix(), 0);
        // J = (1/2)[(1 − 0)·1 + (0 − 1)·(−3)] = 2
        assertEquals(2.0, p.loss(), 0.0);
        // δ = (y − d)/n = [0.5, −0.5]; dJ/dW = (1/2) Σ (y − d) x = [(2 − 0)/2, (1 − 3)/2] = [1, −1]; dJ/db = 0
        LayerTrace o = p.layers().get(0);
        assertArrayEquals(new double[] {0.5, -0.5}, new double[] {o.dLossDPreActivation().get(0, 0),
                o.dLossDPreActivation().get(1, 0)}, 0.0);
        assertArrayEquals(new double[] {1, -1}, o.dLossDWeights().toRowMajor(), 0.0);
        assertArrayEquals(new double[] {0}, o.dLossDBiases(), 0.0);
    }
}
