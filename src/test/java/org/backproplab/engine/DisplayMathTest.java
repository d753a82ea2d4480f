package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decision map's fast exponentials against java.lang.Math. */
class DisplayMathTest {

    @Test
    void expIsWithinOneTenBillionthOfMathExpFromMinus40To40() {
        Random rnd = new Random(11);
        for (int i = 0; i < 2_000_000; i++) {
            double x = i < 1_000_000 ? -40 + 80 * rnd.nextDouble() : -1 + 2 * rnd.nextDouble();
            double want = Math.exp(x);
            assertEquals(want, DisplayMath.exp(x), 1e-10 * want, () -> "e^" + x);
        }
        assertEquals(1.0, DisplayMath.exp(0), 0);
        assertEquals(Math.E, DisplayMath.exp(1), 1e-10 * Math.E);
    }

    @Test
    void tanhAndSigmoidAreWithin1e10OfMathEverywhere() {
        Random rnd = new Random(12);
        for (int i = 0; i < 2_000_000; i++) {
            double x = i % 2 == 0 ? -60 + 120 * rnd.nextDouble() : -1e-3 + 2e-3 * rnd.nextDouble();
            assertEquals(Math.tanh(x), DisplayMath.tanh(x), 1e-10, () -> "tanh " + x);
            assertEquals(1 / (1 + Math.exp(-x)), DisplayMath.sigmoid(x), 1e-10, () -> "sigmoid " + x);
        }
    }

    @Test
    void hugeArgumentsSaturateInsteadOfOverflowing() {
        assertEquals(1.0, DisplayMath.tanh(1e6), 0);
        assertEquals(-1.0, DisplayMath.tanh(-1e300), 0);
        assertEquals(1.0, DisplayMath.sigmoid(1e6), 0);
        assertEquals(0.0, DisplayMath.sigmoid(-1e6), 1e-17);
        assertTrue(DisplayMath.exp(-1e6) < 1e-17);
        assertTrue(Double.isFinite(DisplayMath.exp(1e6)));
    }
}
