package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * Two iterations of each optimiser on y = w x + b with x = 2, t = 0, squared loss, starting at
 * w = 1, b = 0.5, α = 0.25 and β = μ = 0.5. Gradients g_w = x (y − t) and g_b = y − t;
 * every number below is an exact binary fraction worked by hand.
 */
class OptimizerByHandTest {

    /** Runs two iterations; returns {w1, b1, w2, b2} and leaves the optimiser's velocities in place. */
    static double[] twoIterations(Optimizer optimizer) {
        RandomNetworks.Case c = new RandomNetworks.Case(new String[] {"identity"}, "squared",
                new double[][][] {{{1.0}}}, new double[][] {{0.5}}, new double[][] {{2}}, new double[][] {{0}}, 0);
        Network network = c.network();
        Workspace ws = new Workspace(network.architecture(), 1);
        ws.inputBuffer()[0] = 2;
        ws.targetBuffer()[0] = 0;
        double[] out = new double[4];
        for (int k = 0; k < 2; k++) {
            network.computeGradients(ws, 1, 0);
            network.applyUpdateInPlace(ws, optimizer);
            out[2 * k] = network.parameters().weightsOf(0)[0];
            out[2 * k + 1] = network.parameters().biasesOf(0)[0];
        }
        return out;
    }

    @Test
    void sgdTakesTwoPlainGradientSteps() {
        // it 1: y = 2.5, g = (5, 2.5): w = 1 − 1.25 = −0.25, b = 0.5 − 0.625 = −0.125
        // it 2: y = −0.625, g = (−1.25, −0.625): w = −0.25 + 0.3125 = 0.0625, b = −0.125 + 0.15625 = 0.03125
        Optimizer sgd = Optimizer.sgd(0.25);
        assertArrayEquals(new double[] {-0.25, -0.125, 0.0625, 0.03125}, twoIterations(sgd), 0.0);
        assertNull(sgd.velocity(0), "sgd keeps no velocity");
    }

    @Test
    void momentumIsAnExponentialAverageOfGradientsAppliedToWeightsAndBiases() {
        // v ← 0.5 v + 0.5 g; w ← w − 0.25 v
        // it 1: g = (5, 2.5): v = (2.5, 1.25); w = 1 − 0.625 = 0.375, b = 0.5 − 0.3125 = 0.1875
        // it 2: y = 0.9375, g = (1.875, 0.9375): v = (1.25 + 0.9375, 0.625 + 0.46875) = (2.1875, 1.09375);
        //       w = 0.375 − 0.546875 = −0.171875, b = 0.1875 − 0.2734375 = −0.0859375
        Optimizer momentum = new Optimizer(Optimizer.Kind.MOMENTUM, 0.25, 0.5);
        assertArrayEquals(new double[] {0.375, 0.1875, -0.171875, -0.0859375}, twoIterations(momentum), 0.0);
        assertArrayEquals(new double[] {2.1875}, momentum.velocity(0), 0.0);
        assertArrayEquals(new double[] {1.09375}, momentum.velocity(1), 0.0, "velocity of the bias");
    }

    @Test
    void nesterovStepsWithTheGradientPlusMomentumTimesTheNewVelocity() {
        // v ← 0.5 v + g; w ← w − 0.25 (g + 0.5 v)
        // it 1: g = (5, 2.5): v = (5, 2.5); w = 1 − 0.25·7.5 = −0.875, b = 0.5 − 0.25·3.75 = −0.4375
        // it 2: y = −2.1875, g = (−4.375, −2.1875): v = (2.5 − 4.375, 1.25 − 2.1875) = (−1.875, −0.9375);
        //       w = −0.875 − 0.25(−4.375 − 0.9375) = 0.453125, b = −0.4375 − 0.25(−2.1875 − 0.46875) = 0.2265625
        Optimizer nesterov = new Optimizer(Optimizer.Kind.NESTEROV, 0.25, 0.5);
        assertArrayEquals(new double[] {-0.875, -0.4375, 0.453125, 0.2265625}, twoIterations(nesterov), 0.0);
        assertArrayEquals(new double[] {-1.875}, nesterov.velocity(0), 0.0);
        assertArrayEquals(new double[] {-0.9375}, nesterov.velocity(1), 0.0, "velocity of the bias");
    }

    @Test
    void copyOfAnOptimizerHasEqualButIndependentVelocities() {
        Optimizer momentum = new Optimizer(Optimizer.Kind.MOMENTUM, 0.25, 0.5);
        momentum.updateInPlace(0, new double[] {1.0}, new double[] {4.0});
        Optimizer copy = momentum.copy();
        // original moves on: v = 0.5·2 + 0.5·4 = 3; the copy keeps v = 2
        momentum.updateInPlace(0, new double[] {1.0}, new double[] {4.0});
        assertArrayEquals(new double[] {3.0}, momentum.velocity(0), 0.0);
        assertArrayEquals(new double[] {2.0}, copy.velocity(0), 0.0);
        assertEquals(Optimizer.Kind.MOMENTUM, copy.kind());
    }
}
