package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Network#computePass} against {@link NaiveBackprop}, an independent per-sample
 * implementation of the DESIGN equations, on hundreds of seeded random networks: every
 * depth 1–4, widths 1–6, every hidden activation, every valid output/loss pair, with and
 * without biases and L2, batches of 1–7 samples. Every quantity of the Pass must agree to
 * 1e-9 relative (1e-12 absolute near zero).
 */
class NaiveReferenceComparisonTest {
    static final double RELATIVE = 1e-9;
    static final double ABSOLUTE = 1e-12;
    static final int CASES_PER_PAIR = 30;

    @Test
    void everyQuantityOfThePassMatchesTheNaiveReferenceOnRandomNetworks() {
        Random rnd = new Random(20261122L);
        Map<String, Integer> hiddenSeen = new HashMap<>();
        int cases = 0;
        int numbers = 0;
        int withBias = 0;
        int withL2 = 0;
        int batched = 0;
        for (String[] pair : RandomNetworks.OUTPUT_LOSS) {
            for (int k = 0; k < CASES_PER_PAIR; k++) {
                int depth = 1 + rnd.nextInt(4);
                boolean bias = rnd.nextBoolean();
                int batch = 1 + rnd.nextInt(7);
                double l2 = rnd.nextBoolean() ? 0.0 : 0.01 + 0.3 * rnd.nextDouble();
                RandomNetworks.Case c = RandomNetworks.random(rnd, null, pair[0], pair[1], depth, bias, batch, l2);
                numbers += compare(c);
                cases++;
                withBias += bias ? 1 : 0;
                withL2 += l2 > 0 ? 1 : 0;
                batched += batch > 1 ? 1 : 0;
                for (int l = 0; l < depth - 1; l++) {
                    hiddenSeen.merge(c.activations()[l], 1, Integer::sum);
                }
            }
        }
        assertTrue(cases >= 200, "cases " + cases);
        for (String g : RandomNetworks.HIDDEN) {
            assertTrue(hiddenSeen.getOrDefault(g, 0) >= 20, "hidden " + g + " used in " + hiddenSeen.get(g) + " layers");
        }
        assertTrue(withBias > 50 && cases - withBias > 50, "bias mix " + withBias);
        assertTrue(withL2 > 50, "L2 cases " + withL2);
        assertTrue(batched > 100, "batched cases " + batched);
        assertTrue(numbers > 10_000, "compared " + numbers + " numbers");
    }

    @Test
    void passMatchesTheNaiveReferenceForEveryHiddenActivationInAFourLayerNetwork() {
        Random rnd = new Random(7);
        for (String hidden : RandomNetworks.HIDDEN) {
            for (String[] pair : RandomNetworks.OUTPUT_LOSS) {
                compare(RandomNetworks.random(rnd, hidden, pair[0], pair[1], 4, true, 5, 0.05));
            }
        }
    }

    /** @return how many numbers were compared */
    static int compare(RandomNetworks.Case c) {
        NaiveBackprop.Result ref = c.reference();
        Pass pass = c.network().computePass(c.inputMatrix(), c.targetMatrix(), c.l2());
        String name = c.toString();
        int n = 0;
        n += close(ref.loss, pass.loss(), name + " loss");
        n += matrix(ref.dLossDInput, pass.dLossDInput(), name + " dLoss_dInput");
        assertEquals(c.weights().length, pass.layers().size(), name);
        for (int l = 0; l < c.weights().length; l++) {
            LayerTrace t = pass.layers().get(l);
            String at = name + " layer " + (l + 1) + " ";
            n += matrix(ref.preActivation[l], t.preActivation(), at + "preActivation");
            n += matrix(ref.activation[l], t.activation(), at + "activation");
            n += matrix(ref.dLossDActivation[l], t.dLossDActivation(), at + "dLoss_dActivation");
            n += matrix(ref.dLossDPreActivation[l], t.dLossDPreActivation(), at + "dLoss_dPreActivation");
            n += matrix(ref.dLossDWeights[l], t.dLossDWeights(), at + "dLoss_dWeights");
            if (ref.dLossDBiases == null) {
                assertNull(t.dLossDBiases(), at + "dLoss_dBiases");
            } else {
                assertNotNull(t.dLossDBiases(), at + "dLoss_dBiases");
                double[] gb = t.dLossDBiases();
                assertEquals(ref.dLossDBiases[l].length, gb.length, at + "dLoss_dBiases length");
                for (int j = 0; j < gb.length; j++) {
                    n += close(ref.dLossDBiases[l][j], gb[j], at + "dLoss_dBiases[" + j + "]");
                }
            }
        }
        return n;
    }

    static int matrix(double[][] expected, Matrix actual, String where) {
        assertEquals(expected.length, actual.rows(), where + " rows");
        int n = 0;
        for (int r = 0; r < expected.length; r++) {
            assertEquals(expected[r].length, actual.cols(), where + " cols");
            for (int j = 0; j < expected[r].length; j++) {
                n += close(expected[r][j], actual.get(r, j), where + "[" + r + "][" + j + "]");
            }
        }
        return n;
    }

    static int close(double expected, double actual, String where) {
        if (!Double.isFinite(expected)) {
            fail(where + ": reference value " + expected + " is not finite");
        }
        double tol = Math.max(ABSOLUTE, RELATIVE * Math.abs(expected));
        if (!(Math.abs(expected - actual) <= tol)) {
            fail(where + ": expected " + expected + " but was " + actual);
        }
        return 1;
    }
}
