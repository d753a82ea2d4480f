package org.backproplab.engine;

/**
 * Faster replacements for {@code java.lang.Math} functions that are slow on Java 17 and sit in
 * the training hot loop.
 *
 * <p>{@link #tanh} is fdlibm's algorithm (s_tanh.c with the s_expm1.c it calls), written out in
 * Java so that the JIT compiles it inline instead of calling the native {@link StrictMath#tanh}
 * (22–32 ns per call on Java 17). It performs the same IEEE operations in the same order, so it
 * returns exactly {@code StrictMath.tanh(x)} (and {@code Math.tanh}, which delegates to it) for
 * every x, which the tests check on millions of points across the whole range.
 *
 * <p>{@link #exp} is fdlibm's e_exp.c written out the same way: it returns exactly
 * {@code StrictMath.exp(x)}. {@code Math.exp} is a different (intrinsic) algorithm on x86 that
 * differs from it in the last bit for a few arguments in a thousand; the engine's sigmoid and
 * softmax use this one so that any other fdlibm port (the NumPy script of the exporter, say)
 * reproduces a training run bit for bit.
 *
 * <p>fdlibm: Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved. Developed at
 * SunPro, a Sun Microsystems, Inc. business. Permission to use, copy, modify, and distribute
 * this software is freely granted, provided that this notice is preserved.
 */
public final class FastMath {
    private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L);
    private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L);
    private static final double INV_LN2 = Double.longBitsToDouble(0x3ff71547652b82feL);
    // |x| below these (high words 0x3fd62e43 and 0x3ff0a2b2) selects k = 0 and k = ±1 in expm1
    private static final double K_ZERO_BELOW = Double.longBitsToDouble(0x3fd62e4300000000L);
    private static final double K_MINUS_ONE_BELOW = Double.longBitsToDouble(0x3ff0a2b200000000L);
    // Scaled coefficients of fdlibm's rational approximation of expm1 on [−ln2/2, ln2/2].
    private static final double Q1 = Double.longBitsToDouble(0xbfa11111111110f4L);
    private static final double Q2 = Double.longBitsToDouble(0x3f5a01a019fe5585L);
    private static final double Q3 = Double.longBitsToDouble(0xbf14ce199eaadbb7L);
    private static final double Q4 = Double.longBitsToDouble(0x3ed0cfca86e65239L);
    private static final double Q5 = Double.longBitsToDouble(0xbe8afdb76e09c32dL);

    // e_exp.c's constants: overflow and underflow thresholds, ln2 split in two, and the
    // coefficients of its polynomial on [−ln2/2, ln2/2]
    private static final double EXP_OVERFLOW = Double.longBitsToDouble(0x40862E42FEFA39EFL);
    private static final double EXP_UNDERFLOW = Double.longBitsToDouble(0xc0874910D52D3051L);
    private static final double P1 = Double.longBitsToDouble(0x3FC555555555553EL);
    private static final double P2 = Double.longBitsToDouble(0xBF66C16C16BEBD93L);
    private static final double P3 = Double.longBitsToDouble(0x3F11566AAF25DE2CL);
    private static final double P4 = Double.longBitsToDouble(0xBEBBBD41C5D26BF1L);
    private static final double P5 = Double.longBitsToDouble(0x3E66376972BEA4D0L);
    private static final double TWO_TO_MINUS_1000 = 0x1p-1000;

    private FastMath() {
    }

    /**
     * e^x, bit for bit equal to {@link StrictMath#exp} (fdlibm's e_exp.c): x = k·ln2 + r with
     * |r| ≤ ln2/2, e^r from a rational approximation, then scaled by 2^k.
     *
     * @param x argument
     * @return e^x
     */
    public static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32) & 0x7fffffff;
        boolean negative = bits < 0;
        if (hx >= 0x40862E42) {
            if (hx >= 0x7ff00000) {
                // NaN stays NaN; e^+∞ = +∞, e^−∞ = 0
                return Double.isNaN(x) ? x + x : negative ? 0.0 : x;
            }
            if (x > EXP_OVERFLOW) {
                return Double.POSITIVE_INFINITY;
            }
            if (x < EXP_UNDERFLOW) {
                return 0.0;
            }
        }
        double hi = 0;
        double lo = 0;
        int k = 0;
        double r = x;
        if (hx > 0x3fd62e42) {
            if (hx < 0x3FF0A2B2) {
                // 0.5 ln2 < |x| < 1.5 ln2: k = ±1
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            r = hi - lo;
        } else if (hx < 0x3e300000) {
            // |x| < 2^−28
            return 1.0 + x;
        }
        // e^r = 1 + r + r·c/(2 − c), c = r − r²(P1 + r²(P2 + …))
        double t = r * r;
        double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) {
            return 1.0 - ((r * c) / (c - 2.0) - r);
        }
        double y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return scaleByPowerOfTwo(y, k);
        }
        return scaleByPowerOfTwo(y, k + 1000) * TWO_TO_MINUS_1000;
    }

    /**
     * tanh(x), bit for bit equal to {@link StrictMath#tanh}:
     * <ul>
     *   <li>|x| &lt; 2^−55: x·(1 + x) (x itself, sign of zero kept)</li>
     *   <li>2^−55 ≤ |x| &lt; 1: t = expm1(−2|x|), tanh|x| = −t / (t + 2)</li>
     *   <li>1 ≤ |x| &lt; 22: t = expm1(2|x|), tanh|x| = 1 − 2 / (t + 2)</li>
     *   <li>|x| ≥ 22: ±1; NaN stays NaN, ±∞ gives ±1</li>
     * </ul>
     *
     * @param x argument
     * @return tanh(x)
     */
    public static double tanh(double x) {
        double ax = Math.abs(x);
        if (!(ax < 22.0)) {
            if (ax < Double.POSITIVE_INFINITY) {
                return Math.copySign(1.0, x);
            }
            // ±∞ and NaN as fdlibm: 1/x ± 1 (gives ±1, or the same quiet NaN)
            return Double.doubleToRawLongBits(x) >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        if (ax < 0x1p-55) {
            return x * (1.0 + x);
        }
        double z;
        if (ax >= 1.0) {
            double t = expm1AtLeastTwo(2.0 * ax);
            z = 1.0 - 2.0 / (t + 2.0);
        } else {
            double t = expm1AboveMinusTwo(-2.0 * ax);
            z = -t / (t + 2.0);
        }
        return Math.copySign(z, x);
    }

    /*
     * fdlibm's expm1 for the two argument ranges tanh uses, with the same operations in the same
     * order. Method: x = k·ln2 + r with |r| ≤ ln2/2 (r = hi − lo, c the rounding error of r);
     * expm1(r) = r + r²/2 + r³·R(r²) from a rational approximation; then
     * e^x − 1 = 2^k·(expm1(r) + 1) − 1, arranged per range of k to avoid cancellation. fdlibm's
     * special reductions for k = 0 and k = −1 give the same r and c as the general one, and its
     * k = 0 result equals r − e' with e' from correction(), so the cases share that code.
     */

    // expm1(x) for −2 < x ≤ −2^−54 (k ∈ {0, −1, −2, −3})
    private static double expm1AboveMinusTwo(double x) {
        double ax = -x;
        // fdlibm tests the high word: k = 0 up to 0x3fd62e42, k = −1 below 0x3ff0a2b2
        int k = ax < K_ZERO_BELOW ? 0 : ax < K_MINUS_ONE_BELOW ? -1 : (int) (INV_LN2 * x - 0.5);
        double t = k;
        double hi = x - t * LN2_HI;
        double lo = t * LN2_LO;
        double r = hi - lo;
        double e = correction(r, (hi - r) - lo);
        if (k == 0) {
            return r - e;
        }
        if (k == -1) {
            return 0.5 * (r - e) - 0.5;
        }
        // 2^k · (1 − (e' − r)) − 1
        return scaleByPowerOfTwo(1.0 - (e - r), k) - 1.0;
    }

    // expm1(x) for 2 ≤ x < 44 (k from 3 to 63)
    private static double expm1AtLeastTwo(double x) {
        int k = (int) (INV_LN2 * x + 0.5);
        double t = k;
        double hi = x - t * LN2_HI;
        double lo = t * LN2_LO;
        double r = hi - lo;
        double e = correction(r, (hi - r) - lo);
        if (k < 20) {
            // 2^k · ((1 − 2^−k) − (e' − r))
            double oneMinus = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32);
            return scaleByPowerOfTwo(oneMinus - (e - r), k);
        }
        if (k <= 56) {
            // 2^k · ((r − (e' + 2^−k)) + 1)
            double twoToMinusK = Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32);
            double y = r - (e + twoToMinusK);
            y += 1.0;
            return scaleByPowerOfTwo(y, k);
        }
        // 2^k · (1 − (e' − r)) − 1
        return scaleByPowerOfTwo(1.0 - (e - r), k) - 1.0;
    }

    // e' = r·(e − c) − c − r²/2, with e = (r²/2)·(r1 − t)/(6 − r·t) from fdlibm's rational R(r²)
    private static double correction(double r, double c) {
        double hfx = 0.5 * r;
        double hxs = r * hfx;
        double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        double t = 3.0 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - r * t));
        e = r * (e - c) - c;
        return e - hxs;
    }

    // y · 2^k by adding k to the exponent field (y is normal and the result stays normal)
    private static double scaleByPowerOfTwo(double y, int k) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
    }
}
