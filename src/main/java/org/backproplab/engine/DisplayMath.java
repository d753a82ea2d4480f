package org.backproplab.engine;

/**
 * Fast e^x, tanh and the logistic function for drawing only (the decision map's colours have
 * 8 bits per channel): relative error of {@link #exp} below 1e-10 on [−40, 40], absolute error
 * of {@link #tanh} and {@link #sigmoid} below 1e-10 everywhere, so a shaded cell never differs
 * from one computed with {@code java.lang.Math} but by rounding ties. They use only
 * multiplications, additions, one division and min/max clamps, so the JIT vectorises loops
 * over arrays that call them (about five times faster than the scalar exact functions here);
 * training uses the exact functions ({@link Activation#value}).
 */
final class DisplayMath {
    // e^x is clamped beyond ±40 (e^−40 ≈ 4e−18 counts as 0 next to the 1 it is added to)
    private static final double EXP_LIMIT = 40;
    // tanh(±20) differs from ±1 by 8e−18
    private static final double TANH_LIMIT = 20;

    private DisplayMath() {
    }

    /**
     * e^x for |x| ≤ 40, clamped beyond.
     *
     * @param x exponent
     * @return e^x, relative error below 1e-10 on [−40, 40]
     */
    static double exp(double x) {
        // e^x = (e^r)^64 with r = x / 64, |r| ≤ 0.625
        double r = Math.max(-EXP_LIMIT, Math.min(EXP_LIMIT, x)) * (1.0 / 64);
        // e^r by its Taylor series to r¹²/12! (remainder 0.625¹³/13! ≈ 4e−13, times 64 after squaring)
        double p = 1 + r * (1 + r * (1.0 / 2 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720
                + r * (1.0 / 5040 + r * (1.0 / 40320 + r * (1.0 / 362880 + r * (1.0 / 3628800
                + r * (1.0 / 39916800 + r * (1.0 / 479001600))))))))))));
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        p *= p;
        return p * p;
    }

    /**
     * tanh(x) = 1 − 2 / (e^(2x) + 1), with |x| clamped to 20.
     *
     * @param x argument
     * @return tanh(x), absolute error below 1e-10
     */
    static double tanh(double x) {
        double c = Math.max(-TANH_LIMIT, Math.min(TANH_LIMIT, x));
        return 1 - 2 / (exp(2 * c) + 1);
    }

    /**
     * σ(x) = 1 / (1 + e^(−x)), with |x| clamped to 40.
     *
     * @param x argument
     * @return σ(x), absolute error below 1e-10
     */
    static double sigmoid(double x) {
        return 1 / (1 + exp(-x));
    }
}
