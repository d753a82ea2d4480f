package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SplitMix64 against published outputs and an independent unsigned (BigInteger) rendering of the
 * algorithm; the initialisers' first values, bounds and spreads; and the symmetry problem of
 * all-zero weights.
 */
class InitializerTest {
    static final BigInteger MOD = BigInteger.ONE.shiftLeft(64);

    /** SplitMix64 (Steele, Lea, Flood 2014; Vigna's splitmix64.c) in unsigned arithmetic mod 2^64. */
    static BigInteger[] splitMix64(long seed, int count) {
        BigInteger state = new BigInteger(Long.toUnsignedString(seed));
        BigInteger[] out = new BigInteger[count];
        for (int k = 0; k < count; k++) {
            state = state.add(new BigInteger("9E3779B97F4A7C15", 16)).mod(MOD);
            BigInteger z = state;
            z = z.xor(z.shiftRight(30)).multiply(new BigInteger("BF58476D1CE4E5B9", 16)).mod(MOD);
            z = z.xor(z.shiftRight(27)).multiply(new BigInteger("94D049BB133111EB", 16)).mod(MOD);
            out[k] = z.xor(z.shiftRight(31));
        }
        return out;
    }

    @Test
    void splitMix64ReproducesThePublishedSequenceForSeed1234567() {
        // Rosetta Code, "Pseudo-random numbers/Splitmix64": seed 1234567
        String[] published = {"6457827717110365317", "3203168211198807973", "9817491932198370423",
            "4593380528125082431", "16408922859458223821"};
        SplitMix64 rng = new SplitMix64(1234567);
        for (String p : published) {
            assertEquals(p, Long.toUnsignedString(rng.nextLong()));
        }
    }

    @Test
    void splitMix64OfSeed42MatchesTheUnsignedReferenceComputation() {
        BigInteger[] expected = splitMix64(42, 100);
        assertEquals("bdd732262feb6e95", expected[0].toString(16), "first output of seed 42");
        SplitMix64 rng = new SplitMix64(42);
        for (BigInteger e : expected) {
            assertEquals(e.toString(), Long.toUnsignedString(rng.nextLong()));
        }
    }

    static Architecture arch(int in, int out) {
        return new Architecture(List.of(in, out), List.of(Activation.IDENTITY), true, Loss.SQUARED);
    }

    @Test
    void xavierFirstWeightsAreTwoUMinusOneTimesTheGlorotBoundFromSeed42() {
        // u = (x >>> 11) · 2^−53, w = (2u − 1) · sqrt(6 / (in + out)), filled row-major
        Parameters p = new Initializer("xavier", 42, 0).initialise(arch(2, 8));
        BigInteger[] x = splitMix64(42, 16);
        double bound = Math.sqrt(6.0 / 10.0);
        for (int i = 0; i < 16; i++) {
            double u = x[i].shiftRight(11).doubleValue() / Math.pow(2, 53);
            assertEquals((2 * u - 1) * bound, p.weightsOf(0)[i], 0.0, "weight " + i);
        }
        assertEquals(0.37423070100475414, p.weightsOf(0)[0], 1e-16);
        for (double b : p.biasesOf(0)) {
            assertEquals(0.0, b, 0.0, "biases start at 0");
        }
    }

    @Test
    void xavierStaysWithinTheGlorotBoundAndFillsItUniformly() {
        int in = 300;
        int out = 200;
        double[] w = new Initializer("xavier", 3, 0).initialise(arch(in, out)).weightsOf(0);
        double bound = Math.sqrt(6.0 / (in + out));
        double max = 0;
        for (double v : w) {
            assertTrue(Math.abs(v) <= bound);
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 0.999 * bound, "reaches the bound");
        // variance of U(−r, r) is r²/3 = 2 / (in + out)
        assertEquals(Math.sqrt(2.0 / (in + out)), std(w), 0.01 * Math.sqrt(2.0 / (in + out)));
        assertEquals(0.0, mean(w), 0.01 * bound);
    }

    @Test
    void heHasStandardDeviationSqrtTwoOverFanIn() {
        int in = 400;
        double[] w = new Initializer("he", 9, 0).initialise(arch(in, 500)).weightsOf(0);
        double expected = Math.sqrt(2.0 / in);
        assertEquals(expected, std(w), 0.01 * expected);
        assertEquals(0.0, mean(w), 0.01 * expected);
    }

    @Test
    void normalHasTheRequestedStandardDeviation() {
        double[] w = new Initializer("normal", 17, 0.3).initialise(arch(400, 500)).weightsOf(0);
        assertEquals(0.3, std(w), 0.003);
        assertEquals(0.0, mean(w), 0.003);
        // about 68.3% within one standard deviation, 95.4% within two
        assertEquals(0.6827, fractionWithin(w, 0.3), 0.005);
        assertEquals(0.9545, fractionWithin(w, 0.6), 0.003);
    }

    @Test
    void uniformStaysWithinPlusMinusEpsilon() {
        double[] w = new Initializer("uniform", 23, 0.05).initialise(arch(400, 500)).weightsOf(0);
        for (double v : w) {
            assertTrue(Math.abs(v) <= 0.05);
        }
        assertEquals(0.05 / Math.sqrt(3), std(w), 0.0005);
    }

    @Test
    void sameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        Architecture a = arch(5, 4);
        assertEquals(new Initializer("he", 1, 0).initialise(a), new Initializer("he", 1, 0).initialise(a));
        assertNotEquals(new Initializer("he", 1, 0).initialise(a), new Initializer("he", 2, 0).initialise(a));
    }

    @Test
    void zeroInitialisationKeepsHiddenUnitsIdenticalThroughTraining() {
        // the symmetry problem: every hidden unit computes the same function, gets the same
        // gradient and so stays the same after any number of updates
        Architecture a = new Architecture(List.of(2, 3, 1), List.of(Activation.SIGMOID, Activation.SIGMOID), true,
                Loss.BCE);
        Network network = new Network(new Initializer("zeros", 0, 0).initialise(a));
        Matrix x = Matrix.of(new double[][] {{0.5, -1}, {2, 0.3}, {-1, -1}, {0.2, 1.5}});
        Matrix t = Matrix.of(new double[][] {{1}, {0}, {1}, {1}});
        Workspace ws = new Workspace(a, 4);
        System.arraycopy(x.toRowMajor(), 0, ws.inputBuffer(), 0, 8);
        System.arraycopy(t.toRowMajor(), 0, ws.targetBuffer(), 0, 4);
        for (int k = 0; k < 50; k++) {
            Pass p = network.computePass(x, t, 0);
            Matrix g = p.layers().get(0).dLossDWeights();
            for (int i = 0; i < 2; i++) {
                assertEquals(g.get(i, 0), g.get(i, 1), 0.0, "equal gradients, iteration " + k);
                assertEquals(g.get(i, 0), g.get(i, 2), 0.0, "equal gradients, iteration " + k);
            }
            network.computeGradients(ws, 4, 0);
            network.applyUpdateInPlace(ws, Optimizer.sgd(0.5));
        }
        double[] w1 = network.parameters().weightsOf(0);
        double[] w2 = network.parameters().weightsOf(1);
        assertNotEquals(0.0, w2[0], "the output weights did move");
        assertNotEquals(0.0, w1[0], "the hidden weights did move");
        for (int i = 0; i < 2; i++) {
            assertEquals(w1[i * 3], w1[i * 3 + 1], 0.0);
            assertEquals(w1[i * 3], w1[i * 3 + 2], 0.0);
        }
        assertEquals(w2[0], w2[1], 0.0);
        assertEquals(w2[0], w2[2], 0.0);
    }

    static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    static double std(double[] v) {
        double m = mean(v);
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m);
        }
        return Math.sqrt(s / v.length);
    }

    static double fractionWithin(double[] v, double r) {
        int n = 0;
        for (double x : v) {
            if (Math.abs(x) <= r) {
                n++;
            }
        }
        return (double) n / v.length;
    }
}
