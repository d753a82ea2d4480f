package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vectorised tanh returns in every lane exactly StrictMath.tanh (the fdlibm reference), so
 * training gives the same numbers with and without the vector API. The tests run with
 * {@code --add-modules jdk.incubator.vector} (pom.xml) and call the vector code directly.
 */
class VectorMathTest {

    @BeforeAll
    static void vectorModuleIsLoaded() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the tests must run with --add-modules jdk.incubator.vector");
        assertTrue(VectorMath.usable());
    }

    private static void assertSameBitsAsStrictMath(double[] z, int n) {
        double[] a = new double[Simd.padded(n)];
        double[] padded = new double[Simd.padded(n)];
        System.arraycopy(z, 0, padded, 0, n);
        VectorMath.tanh(padded, a, n);
        for (int i = 0; i < n; i++) {
            double x = z[i];
            double expected = StrictMath.tanh(x);
            int lane = i;
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(a[i]),
                    () -> "lane " + lane + ": tanh(" + x + " = " + Double.toHexString(x) + "): expected "
                            + expected + " but was " + a[lane]);
        }
    }

    @Test
    void specialValuesAndRangeBoundariesMatchInEveryLane() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, 0x1p-55, -0x1p-55,
            0x1p-54, 1.0, -1.0, 22.0, -22.0, Double.MAX_VALUE, -Double.MAX_VALUE, 0.5 * Math.log(2),
            Math.log(2), 0.75 * Math.log(2), 10 * Math.log(2), 28 * Math.log(2), 0.5, 11.0,
            // fdlibm's k = 0 and k = −1 limits (high words 0x3fd62e43, 0x3ff0a2b2) at 2|x|
            0.5 * Double.longBitsToDouble(0x3fd62e4300000000L), 0.5 * Double.longBitsToDouble(0x3ff0a2b200000000L)};
        double[] z = new double[specials.length * 3];
        for (int i = 0; i < specials.length; i++) {
            z[3 * i] = specials[i];
            z[3 * i + 1] = Math.nextUp(specials[i]);
            z[3 * i + 2] = Math.nextDown(specials[i]);
        }
        assertSameBitsAsStrictMath(z, z.length);
        // every lane position: each special value shifted through the lanes
        for (int shift = 1; shift < Simd.PAD; shift++) {
            double[] shifted = new double[z.length + shift];
            System.arraycopy(z, 0, shifted, shift, z.length);
            assertSameBitsAsStrictMath(shifted, shifted.length);
        }
    }

    @Test
    void argumentsWhereFdlibmsReductionStepsToTheNextKMatchBitForBit() {
        // k = (int) (2|x|/ln2 + 1/2) changes where 2|x| = (k − 1/2)·ln2: 64 doubles either side
        // of each such point, and the nearest ones (within 4096 doubles) where 2|x|·invln2 + 1/2
        // rounds to the integer k itself, both signs, for every k that tanh's range reaches
        double invLn2 = Double.longBitsToDouble(0x3ff71547652b82feL);
        double[] z = new double[64 * 131 * 2];
        int o = 0;
        for (int k = 1; k <= 64; k++) {
            double x = (k - 0.5) * Math.log(2) / 2;
            double below = x;
            for (int s = 0; s < 64; s++) {
                below = Math.nextDown(below);
            }
            for (int s = 0; s < 129; s++) {
                z[o++] = below;
                z[o++] = -below;
                below = Math.nextUp(below);
            }
            for (double direction : new double[] {-1, 1}) {
                double y = x;
                for (int s = 0; s < 4096; s++) {
                    double kRaw = (y + y) * invLn2 + 0.5;
                    if (kRaw == Math.rint(kRaw)) {
                        z[o++] = y;
                        z[o++] = -y;
                        break;
                    }
                    y = direction < 0 ? Math.nextDown(y) : Math.nextUp(y);
                }
            }
        }
        assertSameBitsAsStrictMath(z, o);
    }

    @Test
    void randomArgumentsOfEveryMagnitudeMatchBitForBit() {
        SplitMix64 rng = new SplitMix64(11);
        double[] z = new double[1 << 16];
        for (int round = 0; round < 30; round++) {
            for (int i = 0; i < z.length; i++) {
                z[i] = switch (i % 4) {
                    case 0 -> (2 * rng.nextDouble() - 1) * 3.0;
                    case 1 -> (2 * rng.nextDouble() - 1) * 25.0;
                    // random sign, exponent and mantissa: subnormal to huge, NaN payloads, ∞
                    case 2 -> Double.longBitsToDouble(rng.nextLong());
                    // log-uniform magnitudes 2^−60 … 2^6, where every branch of expm1 is taken
                    default -> (rng.nextDouble() < 0.5 ? -1 : 1) * Math.pow(2, -60 + 66 * rng.nextDouble());
                };
            }
            assertSameBitsAsStrictMath(z, z.length - round);
        }
    }

    @Test
    void layerActivationOnPaddedBuffersGivesTheScalarResults() {
        // a 10-sample batch: one whole vector and a partial one over the padding
        int rows = 10;
        double[][] z = new double[3][Simd.padded(rows)];
        double[][] a = new double[3][Simd.padded(rows)];
        for (int u = 0; u < 3; u++) {
            for (int r = 0; r < rows; r++) {
                z[u][r] = (u - 1) * 0.9 + r * 0.37 - 1.6;
            }
        }
        Activation.TANH.forwardByUnit(z, a, rows, 3, null);
        for (int u = 0; u < 3; u++) {
            for (int r = 0; r < rows; r++) {
                assertEquals(Double.doubleToRawLongBits(StrictMath.tanh(z[u][r])), Double.doubleToRawLongBits(a[u][r]));
            }
        }
    }

    @Test
    void packedLayerOfAShortBatchMatchesStrictMathUnitByUnit() {
        int rows = 3;
        int cols = 7;
        double[][] z = new double[cols][Simd.padded(rows)];
        double[][] a = new double[cols][Simd.padded(rows)];
        for (int u = 0; u < cols; u++) {
            for (int r = 0; r < rows; r++) {
                z[u][r] = (u - 3) * 1.3 + r * 0.21;
            }
        }
        VectorMath.tanhPacked(z, a, rows, cols, new double[Simd.padded(rows * cols)]);
        for (int u = 0; u < cols; u++) {
            for (int r = 0; r < rows; r++) {
                assertEquals(Double.doubleToRawLongBits(StrictMath.tanh(z[u][r])), Double.doubleToRawLongBits(a[u][r]));
            }
        }
    }
}
