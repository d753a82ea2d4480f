package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Confidently wrong outputs give large but finite losses: a sigmoid output at z = ±40 (where
 * σ(z) rounds to exactly 1 or 0) and a softmax whose target probability underflows to 0.
 * Expected values are the closed forms −ln σ(−40) = 40 + ln(1 + e^(−40)) and
 * −ln softmax(z)_k = ln Σ e^(z_j) − z_k.
 */
class SaturatedOutputLossTest {

    static Pass onePass(String output, String loss, double[][] w, double[] x, double[] t) {
        RandomNetworks.Case c = new RandomNetworks.Case(new String[] {output}, loss, new double[][][] {w}, null,
                new double[][] {x}, new double[][] {t}, 0);
        return c.network().computePass(c.inputMatrix(), c.targetMatrix(), 0);
    }

    @Test
    void sigmoidOutputRoundedToOneWithTargetZeroHasFiniteLossFortyAndGradientOne() {
        // z = 40·1; J = −ln(1 − σ(40)) = ln(1 + e^40) = 40 + ln(1 + e^(−40)); δ = σ(40) − 0 ≈ 1
        Pass p = onePass("sigmoid", "bce", new double[][] {{40}}, new double[] {1}, new double[] {0});
        assertEquals(40 + Math.log1p(Math.exp(-40)), p.loss(), 1e-12);
        assertEquals(1.0, p.layers().get(0).dLossDWeights().get(0, 0), 1e-15);
    }

    @Test
    void sigmoidOutputRoundedToZeroWithTargetOneHasFiniteLossForty() {
        // z = −40; J = −ln σ(−40) = 40 + ln(1 + e^(−40)); δ = σ(−40) − 1 ≈ −1
        Pass p = onePass("sigmoid", "bce", new double[][] {{-40}}, new double[] {1}, new double[] {1});
        assertEquals(40 + Math.log1p(Math.exp(-40)), p.loss(), 1e-12);
        assertEquals(-1.0, p.layers().get(0).dLossDWeights().get(0, 0), 1e-15);
    }

    @Test
    void nearlySaturatedSigmoidKeepsTheSmallLossToFullRelativePrecision() {
        // z = 20, t = 1: J = ln(1 + e^(−20)) ≈ 2.06e−9, which ln σ(20) computes only to ~1e−7 relative
        Pass p = onePass("sigmoid", "bce", new double[][] {{20}}, new double[] {1}, new double[] {1});
        double expected = Math.log1p(Math.exp(-20));
        assertEquals(expected, p.loss(), 1e-15 * expected);
    }

    @Test
    void softmaxWhoseTargetProbabilityUnderflowsHasFiniteCrossEntropy() {
        // z = [800, 0] from x = 1, W = [[800, 0]]; target class 1: J = ln(e^800 + e^0) − 0 = 800 + ln(1 + e^(−800))
        Pass p = onePass("softmax", "ce", new double[][] {{800, 0}}, new double[] {1}, new double[] {0, 1});
        assertEquals(800.0, p.loss(), 1e-12);
        // δ = a − t = [1, −1]
        assertEquals(1.0, p.layers().get(0).dLossDPreActivation().get(0, 0), 0.0);
        assertEquals(-1.0, p.layers().get(0).dLossDPreActivation().get(0, 1), 0.0);
    }
}
