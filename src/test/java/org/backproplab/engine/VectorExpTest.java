package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vectorised e^x, sigmoid and softmax return in every lane exactly what the scalar code
 * returns: StrictMath.exp (fdlibm, the reference the NumPy export ports), 1 / (1 + e^(−z)) and
 * {@link Softmax#ofSample}, so training gives the same numbers with and without the vector API.
 */
class VectorExpTest {

    @BeforeAll
    static void vectorModuleIsLoaded() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the tests must run with --add-modules jdk.incubator.vector");
        assertTrue(VectorMath.usable());
    }

    // e^(x − s) by the vector code against StrictMath.exp on the same argument
    private static void assertExpMatchesStrictMath(double[] x, double[] s, int n) {
        double[] xs = new double[Simd.padded(n)];
        double[] ss = new double[Simd.padded(n)];
        double[] out = new double[Simd.padded(n)];
        System.arraycopy(x, 0, xs, 0, n);
        System.arraycopy(s, 0, ss, 0, n);
        VectorMath.exp(xs, ss, out, n);
        for (int i = 0; i < n; i++) {
            double arg = x[i] - s[i];
            double expected = StrictMath.exp(arg);
            int lane = i;
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(out[i]),
                    () -> "lane " + lane + ": exp(" + arg + " = " + Double.toHexString(arg) + "): expected "
                            + expected + " but was " + out[lane]);
        }
    }

    private static void assertExpMatchesStrictMath(double[] x, int n) {
        assertExpMatchesStrictMath(x, new double[n], n);
    }

    @Test
    void rangeBoundariesAndSpecialValuesMatchInEveryLane() {
        double ln2 = Math.log(2);
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, 0x1p-28, -0x1p-28, 0x1p-27, 1.0, -1.0, 0.5 * ln2, -0.5 * ln2,
            1.5 * ln2, -1.5 * ln2, 708.0, -708.0, 709.78, -745.1, -746, 710, 20, -20, -36.7, 2.5 * ln2,
            // fdlibm's k = 0 and k = ±1 limits by high word (0x3fd62e43, 0x3ff0a2b2)
            Double.longBitsToDouble(0x3fd62e4300000000L), -Double.longBitsToDouble(0x3fd62e4300000000L),
            Double.longBitsToDouble(0x3ff0a2b200000000L), -Double.longBitsToDouble(0x3ff0a2b200000000L)};
        double[] z = new double[specials.length * 5];
        for (int i = 0; i < specials.length; i++) {
            z[5 * i] = specials[i];
            z[5 * i + 1] = Math.nextUp(specials[i]);
            z[5 * i + 2] = Math.nextDown(specials[i]);
            z[5 * i + 3] = Math.nextUp(Math.nextUp(specials[i]));
            z[5 * i + 4] = Math.nextDown(Math.nextDown(specials[i]));
        }
        for (int shift = 0; shift < Simd.PAD; shift++) {
            double[] shifted = new double[z.length + shift];
            System.arraycopy(z, 0, shifted, shift, z.length);
            assertExpMatchesStrictMath(shifted, shifted.length);
        }
    }

    @Test
    void argumentsWhereTheReductionStepsToTheNextKMatchBitForBit() {
        // k = (int) (x/ln2 ± 1/2) changes where |x| = (k − 1/2)·ln2: 32 doubles either side, both signs
        double[] z = new double[1100 * 65 * 2];
        int o = 0;
        for (int k = 1; k <= 1022; k++) {
            double x = (k - 0.5) * Math.log(2);
            double below = x;
            for (int s = 0; s < 32; s++) {
                below = Math.nextDown(below);
            }
            for (int s = 0; s < 65; s++) {
                z[o++] = below;
                z[o++] = -below;
                below = Math.nextUp(below);
            }
        }
        assertExpMatchesStrictMath(z, o);
    }

    @Test
    void randomArgumentsOfEveryMagnitudeAndShiftedArgumentsMatchBitForBit() {
        SplitMix64 rng = new SplitMix64(5);
        int n = 1 << 16;
        double[] x = new double[n];
        double[] s = new double[n];
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < n; i++) {
                x[i] = switch (i % 4) {
                    case 0 -> (2 * rng.nextDouble() - 1) * 4.0;
                    case 1 -> (2 * rng.nextDouble() - 1) * 800.0;
                    case 2 -> Double.longBitsToDouble(rng.nextLong());
                    default -> (rng.nextDouble() < 0.5 ? -1 : 1) * Math.pow(2, -40 + 50 * rng.nextDouble());
                };
                s[i] = round % 2 == 0 ? 0.0 : (2 * rng.nextDouble() - 1) * 10.0;
            }
            assertExpMatchesStrictMath(x, s, n - round);
        }
    }

    @Test
    void sigmoidEqualsTheScalarQuotientInEveryLane() {
        SplitMix64 rng = new SplitMix64(8);
        int n = 4099;
        double[] z = new double[Simd.padded(n)];
        for (int i = 0; i < n; i++) {
            z[i] = i % 7 == 0 ? 0.0 : i % 11 == 0 ? 750.0 * (rng.nextDouble() - 0.5) : 12 * (rng.nextDouble() - 0.5);
        }
        double[] a = new double[z.length];
        VectorMath.sigmoid(z, a, n);
        for (int i = 0; i < n; i++) {
            double expected = 1.0 / (1.0 + StrictMath.exp(-z[i]));
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(a[i]), "z = " + z[i]);
        }
        // the layer entry point takes the same path
        double[][] zu = {z.clone()};
        double[][] au = {new double[z.length]};
        Activation.SIGMOID.forwardByUnit(zu, au, n, 1, null);
        for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(a[i]), Double.doubleToRawLongBits(au[0][i]));
        }
    }

    @Test
    void softmaxByUnitEqualsTheSampleBySampleLoop() {
        SplitMix64 rng = new SplitMix64(13);
        for (int cols : new int[] {1, 2, 3, 10}) {
            int rows = 37;
            double[][] z = new double[cols][Simd.padded(rows)];
            for (int k = 0; k < cols; k++) {
                for (int r = 0; r < rows; r++) {
                    // ties, large spreads (e^(z − max) underflows) and ordinary logits
                    z[k][r] = r % 5 == 0 ? 1.5 : r % 5 == 1 ? 900 * (rng.nextDouble() - 0.5) : 6 * (rng.nextDouble() - 0.5);
                }
            }
            double[][] vector = new double[cols][Simd.padded(rows)];
            VectorMath.softmaxByUnit(z, vector, rows, cols);
            double[][] scalar = new double[cols][rows];
            double[] sum = new double[rows];
            for (int r = 0; r < rows; r++) {
                // written out here: max, e^(z − max) by StrictMath, the sum from k = 0, the quotients
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < cols; k++) {
                    max = Math.max(max, z[k][r]);
                }
                for (int k = 0; k < cols; k++) {
                    scalar[k][r] = StrictMath.exp(z[k][r] - max);
                    sum[r] += scalar[k][r];
                }
                for (int k = 0; k < cols; k++) {
                    scalar[k][r] /= sum[r];
                }
            }
            for (int k = 0; k < cols; k++) {
                for (int r = 0; r < rows; r++) {
                    assertEquals(Double.doubleToRawLongBits(scalar[k][r]), Double.doubleToRawLongBits(vector[k][r]),
                            "unit " + k + " sample " + r + " of " + cols);
                }
            }
        }
    }
}
