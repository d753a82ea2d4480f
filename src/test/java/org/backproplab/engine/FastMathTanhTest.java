package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * FastMath.tanh returns exactly StrictMath.tanh (the fdlibm reference that Math.tanh delegates
 * to on Java 17): compared bit for bit on millions of points over every range of the algorithm.
 */
class FastMathTanhTest {

    private static void assertSameBits(double x) {
        double expected = StrictMath.tanh(x);
        double actual = FastMath.tanh(x);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> "tanh(" + x + " = " + Double.toHexString(x) + "): expected " + expected + " but was " + actual);
    }

    @Test
    void specialValuesMatchIncludingSignedZerosNaNAndInfinities() {
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, 0x1p-55, -0x1p-55,
            0x1p-54, 1.0, -1.0, 22.0, -22.0, Double.MAX_VALUE, -Double.MAX_VALUE, 0.5 * Math.log(2), Math.log(2)};
        for (double x : specials) {
            assertSameBits(x);
            assertSameBits(Math.nextUp(x));
            assertSameBits(Math.nextDown(x));
        }
        assertTrue(Double.isNaN(FastMath.tanh(Double.NaN)));
        assertEquals(1.0, FastMath.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, FastMath.tanh(Double.NEGATIVE_INFINITY));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(FastMath.tanh(-0.0)));
    }

    @Test
    void uniformArgumentsInTheWorkingRangeMatchBitForBit() {
        SplitMix64 rng = new SplitMix64(2024);
        for (int i = 0; i < 2_000_000; i++) {
            assertSameBits((2 * rng.nextDouble() - 1) * 25.0);
        }
    }

    @Test
    void argumentsSpreadOverEveryExponentIncludingSubnormalsMatchBitForBit() {
        SplitMix64 rng = new SplitMix64(7);
        for (int i = 0; i < 1_000_000; i++) {
            // random sign, exponent and mantissa: every binade from subnormal to huge, NaNs and ∞
            assertSameBits(Double.longBitsToDouble(rng.nextLong()));
        }
        for (int i = 0; i < 1_000_000; i++) {
            // log-uniform magnitudes between 2^-60 and 2^6, where every branch of expm1 is taken
            double magnitude = Math.pow(2, -60 + 66 * rng.nextDouble());
            assertSameBits(rng.nextDouble() < 0.5 ? magnitude : -magnitude);
        }
    }

    @Test
    void valuesAgreeWithTheDefinitionFromExp() {
        // tanh x = (e^{2x} − 1)/(e^{2x} + 1): independent of fdlibm, to a few ulps where no cancellation
        for (double x = 0.25; x < 20; x += 0.37) {
            double e = Math.exp(2 * x);
            assertEquals((e - 1) / (e + 1), FastMath.tanh(x), 4 * Math.ulp(1.0));
            assertEquals(-(e - 1) / (e + 1), FastMath.tanh(-x), 4 * Math.ulp(1.0));
        }
    }
}
