package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * FastMath.exp returns exactly StrictMath.exp (fdlibm's e_exp.c): compared bit for bit on
 * millions of points over every branch, the overflow and underflow edges and subnormal results.
 */
class FastMathExpTest {

    private static void assertSameBits(double x) {
        double expected = StrictMath.exp(x);
        double actual = FastMath.exp(x);
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                () -> "exp(" + x + " = " + Double.toHexString(x) + "): expected " + expected + " but was " + actual);
    }

    @Test
    void specialValuesAndBranchEdgesMatch() {
        double[] specials = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
            -Double.MIN_VALUE, 0x1p-28, -0x1p-28, 0.5 * Math.log(2), -0.5 * Math.log(2), 1.5 * Math.log(2),
            -1.5 * Math.log(2), 1.0, -1.0, 709.782712893384, -745.1332191019411, 709.0, -708.0, -720.0,
            Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double x : specials) {
            assertSameBits(x);
            assertSameBits(Math.nextUp(x));
            assertSameBits(Math.nextDown(x));
        }
        assertTrue(Double.isNaN(FastMath.exp(Double.NaN)));
        assertEquals(Double.POSITIVE_INFINITY, FastMath.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, FastMath.exp(Double.NEGATIVE_INFINITY));
    }

    @Test
    void argumentsOfEveryMagnitudeMatchBitForBit() {
        SplitMix64 rng = new SplitMix64(31);
        for (int i = 0; i < 1_000_000; i++) {
            // the whole finite range: e^x from subnormal (x < −708) to overflow
            assertSameBits((2 * rng.nextDouble() - 1) * 760);
            // log-uniform magnitudes from 2^-60 to 2^6, through the k = 0 and k = ±1 reductions
            double magnitude = Math.pow(2, -60 + 66 * rng.nextDouble());
            assertSameBits(rng.nextDouble() < 0.5 ? magnitude : -magnitude);
            // random bit patterns, NaNs and infinities included
            double any = Double.longBitsToDouble(rng.nextLong());
            if (!Double.isNaN(any)) {
                assertSameBits(any);
            }
        }
    }

    @Test
    void valuesAgreeWithMathExpToOneUlp() {
        // Math.exp is a different algorithm (the JIT's intrinsic on x86): the two agree to 1 ulp
        for (double x = -700; x < 700; x += 0.173) {
            double reference = Math.exp(x);
            assertEquals(reference, FastMath.exp(x), Math.ulp(reference), "x = " + x);
        }
        assertEquals(Math.E, FastMath.exp(1.0), Math.ulp(Math.E));
    }
}
