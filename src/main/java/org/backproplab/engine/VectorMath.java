package org.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vectorised versions of the engine's elementwise functions, through the JDK's vector API. Loaded
 * only when {@link Simd#ENABLED}. Every lane performs exactly the IEEE operations of the scalar
 * code, in the same order, with the branches turned into lane selections (both sides computed,
 * one kept), so each result is bit for bit the scalar one.
 */
final class VectorMath {
    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LONG_LANES = LongVector.SPECIES_PREFERRED;
    // fdlibm's constants, as in FastMath
    private static final double LN2_HI = Double.longBitsToDouble(0x3fe62e42fee00000L);
    private static final double LN2_LO = Double.longBitsToDouble(0x3dea39ef35793c76L);
    private static final double INV_LN2 = Double.longBitsToDouble(0x3ff71547652b82feL);
    private static final double K_ZERO_BELOW = Double.longBitsToDouble(0x3fd62e4300000000L);
    private static final double K_MINUS_ONE_BELOW = Double.longBitsToDouble(0x3ff0a2b200000000L);
    // e_exp.c's polynomial on [−ln2/2, ln2/2]
    private static final double P1 = Double.longBitsToDouble(0x3FC555555555553EL);
    private static final double P2 = Double.longBitsToDouble(0xBF66C16C16BEBD93L);
    private static final double P3 = Double.longBitsToDouble(0x3F11566AAF25DE2CL);
    private static final double P4 = Double.longBitsToDouble(0xBEBBBD41C5D26BF1L);
    private static final double P5 = Double.longBitsToDouble(0x3E66376972BEA4D0L);
    // e^x by the lane formula below for 2^−28 ≤ |x| < EXP_FAST_BELOW (2^k·y stays normal);
    // other arguments go through the scalar FastMath.exp
    private static final double EXP_TINY = 0x1p-28;
    private static final double EXP_FAST_BELOW = 708.0;
    private static final double Q1 = Double.longBitsToDouble(0xbfa11111111110f4L);
    private static final double Q2 = Double.longBitsToDouble(0x3f5a01a019fe5585L);
    private static final double Q3 = Double.longBitsToDouble(0xbf14ce199eaadbb7L);
    private static final double Q4 = Double.longBitsToDouble(0x3ed0cfca86e65239L);
    private static final double Q5 = Double.longBitsToDouble(0xbe8afdb76e09c32dL);
    // adding and subtracting 1.5·2^52 rounds a double below 2^51 in magnitude to an integer, and
    // leaves that integer (two's complement) in the low bits of the sum
    private static final double ROUNDER = 0x1.8p52;
    private static final long ONE_BITS = 0x3ff0000000000000L;
    private static final DoubleVector ONE = DoubleVector.broadcast(LANES, 1.0);
    private static final DoubleVector THREE = DoubleVector.broadcast(LANES, 3.0);
    private static final DoubleVector SIX = DoubleVector.broadcast(LANES, 6.0);
    private static final DoubleVector TWO = DoubleVector.broadcast(LANES, 2.0);
    private static final DoubleVector HALF = DoubleVector.broadcast(LANES, 0.5);

    private VectorMath() {
    }

    /** @return whether the vector shapes this class needs are supported (at least 4 lanes) */
    static boolean usable() {
        return LANES.length() >= 4 && 2 * LANES.length() <= Simd.PAD && LONG_LANES.length() == LANES.length();
    }

    /**
     * a[u][r] = tanh(z[u][r]) for the first {@code rows} samples of {@code cols} units, the
     * units' values put end to end in {@code scratch} first (at least
     * {@link Simd#padded}(rows · cols) long): for short batches, where one vector pair per unit
     * would be mostly padding.
     *
     * @param z       arguments, one array per unit
     * @param a       results, one array per unit
     * @param rows    samples
     * @param cols    units
     * @param scratch room for rows · cols values, padded
     */
    static void tanhPacked(double[][] z, double[][] a, int rows, int cols, double[] scratch) {
        int o = 0;
        for (int u = 0; u < cols; u++) {
            double[] zu = z[u];
            for (int r = 0; r < rows; r++) {
                scratch[o++] = zu[r];
            }
        }
        tanh(scratch, scratch, o);
        o = 0;
        for (int u = 0; u < cols; u++) {
            double[] au = a[u];
            for (int r = 0; r < rows; r++) {
                au[r] = scratch[o++];
            }
        }
    }

    /**
     * δ[i] = dJ/da[i] · (1 − a[i]²), tanh's derivative from its value, for i &lt; n rounded up to
     * whole vectors (the arrays must be at least {@link Simd#padded}(n) long): the scalar
     * expression's operations in the same order, so bit for bit the same.
     *
     * @param a     activations tanh(z)
     * @param dA    dJ/da
     * @param delta output dJ/dz
     * @param n     count
     */
    static void tanhBackward(double[] a, double[] dA, double[] delta, int n) {
        int step = LANES.length();
        for (int i = 0; i < n; i += step) {
            DoubleVector ai = DoubleVector.fromArray(LANES, a, i);
            DoubleVector.fromArray(LANES, dA, i).mul(ONE.sub(ai.mul(ai))).intoArray(delta, i);
        }
    }

    /**
     * δ[i] = dJ/da[i] · (a[i] (1 − a[i])), the sigmoid's derivative from its value, over whole
     * vectors as {@link #tanhBackward}.
     *
     * @param a     activations σ(z)
     * @param dA    dJ/da
     * @param delta output dJ/dz
     * @param n     count
     */
    static void sigmoidBackward(double[] a, double[] dA, double[] delta, int n) {
        int step = LANES.length();
        for (int i = 0; i < n; i += step) {
            DoubleVector ai = DoubleVector.fromArray(LANES, a, i);
            DoubleVector.fromArray(LANES, dA, i).mul(ai.mul(ONE.sub(ai))).intoArray(delta, i);
        }
    }

    /**
     * a[i] = tanh(z[i]) for i &lt; n rounded up to whole vectors: the arrays must be at least
     * {@link Simd#padded}(n) long. Bit for bit {@link FastMath#tanh} (= StrictMath.tanh) in every
     * lane, NaN payloads included. Per lane: with u = 2|x| (|x| ≥ 1) or −2|x| (|x| &lt; 1),
     * t = expm1(u) by fdlibm's reduction u = k·ln2 + r and its correction e', then
     * tanh|x| = 1 − 2/(t + 2) or −t/(t + 2) (one division: the numerator is 2 or −t), with the
     * sign of x put back.
     *
     * @param z arguments
     * @param a results
     * @param n count
     */
    static void tanh(double[] z, double[] a, int n) {
        // the whole lane computation sits inside the loop: the JIT keeps vectors in registers only
        // within one compiled method, and a separate method of this size would not be inlined
        int step = LANES.length();
        for (int i = 0; i < n; i += step) {
            DoubleVector x = DoubleVector.fromArray(LANES, z, i);
            DoubleVector ax = x.abs();
            VectorMask<Double> large = ax.compare(VectorOperators.GE, 1.0);
            DoubleVector twoAx = ax.add(ax);
            // the sign bit where |x| < 1, as a lane pattern: the bits of |x| (≥ 0, ordered as
            // integers) minus those of 1.0 are negative exactly there (NaN lanes, whatever they
            // get here, are replaced at the end)
            LongVector belowOne = ax.reinterpretAsLongs().sub(ONE_BITS).and(Long.MIN_VALUE);
            DoubleVector u = twoAx.reinterpretAsLongs().or(belowOne).reinterpretAsDoubles();
            // k = (int) (u/ln2 ± 0.5), truncated toward zero. Round-to-nearest is symmetric, so
            // that is ±⌊2|x|/ln2 + 0.5⌋ with the sign of u: round to nearest, then step down by
            // one where rounding went up. fdlibm takes k = 0 where 2|x| < ~0.5 ln2 (its k = −1
            // range, up to ~1.5 ln2, is what this formula gives there too)
            DoubleVector kRaw = twoAx.mul(INV_LN2).add(0.5);
            DoubleVector nearest = kRaw.add(ROUNDER).sub(ROUNDER);
            DoubleVector kAbs = nearest.blend(nearest.sub(1.0), nearest.compare(VectorOperators.GT, kRaw))
                    .blend(0.0, twoAx.compare(VectorOperators.LT, K_ZERO_BELOW));
            DoubleVector k = kAbs.reinterpretAsLongs().or(belowOne).reinterpretAsDoubles();
            // r = hi − lo = u − k·ln2, c its rounding error
            DoubleVector hi = u.sub(k.mul(LN2_HI));
            DoubleVector lo = k.mul(LN2_LO);
            DoubleVector r = hi.sub(lo);
            DoubleVector c = hi.sub(r).sub(lo);
            // e' = r·(e − c) − c − r²/2 with e = (r²/2)·(r1 − t)/(6 − r·t)
            DoubleVector hfx = r.mul(0.5);
            DoubleVector hxs = r.mul(hfx);
            DoubleVector r1 = hxs.mul(Q5).add(Q4).mul(hxs).add(Q3).mul(hxs).add(Q2).mul(hxs).add(Q1).mul(hxs).add(1.0);
            DoubleVector t = THREE.sub(r1.mul(hfx));
            DoubleVector e = hxs.mul(r1.sub(t).div(SIX.sub(r.mul(t))));
            e = r.mul(e.sub(c)).sub(c).sub(hxs);
            // expm1(u) per range of k; 2^k·y by adding k to y's exponent field (written out, not a
            // method: the JIT stops inlining small methods once this loop body has grown large)
            LongVector kExponent = k.add(ROUNDER).reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
            DoubleVector eMinusR = e.sub(r);
            DoubleVector rMinusE = r.sub(e);
            // k = 0: r − e' ; k = −1: 0.5(r − e') − 0.5 ; both as 2^k·(r − e') − (1 − 2^k), exactly
            // (a product by 1 or ½ and the subtraction of 0 or ½ round as the two forms do)
            DoubleVector twoToK = LongVector.broadcast(LONG_LANES, ONE_BITS).add(kExponent).reinterpretAsDoubles();
            DoubleVector small = rMinusE.mul(twoToK).sub(ONE.sub(twoToK));
            // k ≤ −2 or k > 56: 2^k·(1 − (e' − r)) − 1
            DoubleVector outer = ONE.sub(eMinusR).reinterpretAsLongs().add(kExponent).reinterpretAsDoubles().sub(1.0);
            // 3 ≤ k < 20: 2^k·((1 − 2^−k) − (e' − r)) ; 20 ≤ k ≤ 56: 2^k·((r − (e' + 2^−k)) + 1)
            DoubleVector twoToMinusK = LongVector.broadcast(LONG_LANES, ONE_BITS).sub(kExponent).reinterpretAsDoubles();
            DoubleVector positive = ONE.sub(twoToMinusK).sub(eMinusR).reinterpretAsLongs().add(kExponent).reinterpretAsDoubles();
            VectorMask<Double> beyondLow = k.compare(VectorOperators.GE, 20.0);
            if (beyondLow.anyTrue()) {
                // |x| ≥ 6.9 somewhere (rare in training): the two upper ranges too
                DoubleVector middle = (r.sub(e.add(twoToMinusK)).add(1.0)).reinterpretAsLongs().add(kExponent).reinterpretAsDoubles();
                positive = positive.blend(middle, beyondLow).blend(outer, k.compare(VectorOperators.GT, 56.0));
            }
            DoubleVector expm1 = small.blend(outer, k.compare(VectorOperators.LE, -2.0)).blend(positive, large);
            // tanh|x| = 1 − 2/(t + 2) for |x| ≥ 1, −t/(t + 2) below
            DoubleVector quotient = expm1.neg().blend(2.0, large).div(expm1.add(2.0));
            DoubleVector magnitude = quotient.blend(ONE.sub(quotient), large);
            VectorMask<Double> ordinary = ax.compare(VectorOperators.GE, 0x1p-55).and(ax.compare(VectorOperators.LT, 22.0));
            if (ordinary.allTrue()) {
                magnitude.reinterpretAsLongs().or(x.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles()
                        .intoArray(a, i);
            } else {
                // |x| ≥ 22: ±1; |x| < 2^−55: x·(1 + x); NaN: 1/x + 1 as fdlibm, the same quiet NaN as x + 1
                magnitude = magnitude.blend(1.0, ax.compare(VectorOperators.GE, 22.0));
                DoubleVector result = magnitude.reinterpretAsLongs()
                        .or(x.reinterpretAsLongs().and(Long.MIN_VALUE)).reinterpretAsDoubles();
                result = result.blend(x.add(1.0).mul(x), ax.compare(VectorOperators.LT, 0x1p-55));
                result.blend(x.add(1.0), x.compare(VectorOperators.NE, x)).intoArray(a, i);
            }
        }
    }

    /**
     * a[i] = σ(z[i]) = 1 / (1 + e^(−z[i])) for i &lt; n rounded up to whole vectors (the arrays
     * must be at least {@link Simd#padded}(n) long): e^(−z) as {@link #exp}, then the scalar
     * quotient, so bit for bit {@code 1.0 / (1.0 + FastMath.exp(-z))}.
     *
     * @param z arguments
     * @param a results (may be z)
     * @param n count
     */
    static void sigmoid(double[] z, double[] a, int n) {
        exp(z, null, a, n);
        int step = LANES.length();
        for (int i = 0; i < n; i += step) {
            ONE.div(ONE.add(DoubleVector.fromArray(LANES, a, i))).intoArray(a, i);
        }
    }

    /**
     * Softmax of the first {@code rows} samples of unit-major buffers, vectorised along the
     * samples (the arrays must be at least {@link Simd#padded}(rows) long): per sample the
     * largest logit (kept in a[0] meanwhile), e^(z_k − max), their sum from k = 0 up and the
     * quotients: the operations of {@link Softmax#ofSample} in its order, so bit for bit the same.
     *
     * @param z    logits, one array per unit
     * @param a    probabilities, one array per unit
     * @param rows samples
     * @param cols units
     */
    static void softmaxByUnit(double[][] z, double[][] a, int rows, int cols) {
        int step = LANES.length();
        double[] max = a[0];
        for (int i = 0; i < rows; i += step) {
            DoubleVector m = DoubleVector.fromArray(LANES, z[0], i);
            for (int k = 1; k < cols; k++) {
                m = m.max(DoubleVector.fromArray(LANES, z[k], i));
            }
            m.intoArray(max, i);
        }
        // a[0] holds the maxima until its own exponentials overwrite them, lane by lane, last
        for (int k = cols - 1; k >= 0; k--) {
            exp(z[k], max, a[k], rows);
        }
        for (int i = 0; i < rows; i += step) {
            DoubleVector sum = DoubleVector.fromArray(LANES, a[0], i);
            for (int k = 1; k < cols; k++) {
                sum = sum.add(DoubleVector.fromArray(LANES, a[k], i));
            }
            for (int k = 0; k < cols; k++) {
                DoubleVector.fromArray(LANES, a[k], i).div(sum).intoArray(a[k], i);
            }
        }
    }

    /**
     * out[i] = e^(x[i] − shift[i]), or e^(−x[i]) when shift is null, for i &lt; n rounded up to
     * whole vectors: bit for bit {@link FastMath#exp} (fdlibm's e_exp.c) in every lane. Per lane,
     * x = k·ln2 + r with k = 0 for |x| &lt; ln2/2, k = ±1 below 1.5 ln2 and (int) (x/ln2 ± ½)
     * beyond (fdlibm's three reductions are this one formula with that k), r = hi − lo,
     * c = r − r²·P(r²), y = 1 − ((lo − r·c/(2 − c)) − hi), and 2^k·y by adding k to y's exponent
     * field. A vector with a lane outside 2^−28 ≤ |x| &lt; 708 (or NaN) is done by the scalar code.
     *
     * @param x     arguments
     * @param shift subtracted from x lane by lane (may be out), or null to negate x
     * @param out   results
     * @param n     count
     */
    static void exp(double[] x, double[] shift, double[] out, int n) {
        int step = LANES.length();
        for (int i = 0; i < n; i += step) {
            DoubleVector v = DoubleVector.fromArray(LANES, x, i);
            DoubleVector arg = shift == null ? v.neg() : v.sub(DoubleVector.fromArray(LANES, shift, i));
            DoubleVector ax = arg.abs();
            if (!ax.compare(VectorOperators.GE, EXP_TINY).and(ax.compare(VectorOperators.LT, EXP_FAST_BELOW))
                    .allTrue()) {
                arg.intoArray(out, i);
                for (int j = i; j < i + step; j++) {
                    out[j] = FastMath.exp(out[j]);
                }
                continue;
            }
            LongVector sign = arg.reinterpretAsLongs().and(Long.MIN_VALUE);
            // k = (int) (x/ln2 ± ½): truncate |x/ln2 ± ½| (round to nearest, step down where that
            // went up), then the special ranges, then the sign of x
            DoubleVector v2 = arg.mul(INV_LN2).add(HALF.reinterpretAsLongs().or(sign).reinterpretAsDoubles());
            DoubleVector av = v2.abs();
            DoubleVector nearest = av.add(ROUNDER).sub(ROUNDER);
            DoubleVector kAbs = nearest.blend(nearest.sub(1.0), nearest.compare(VectorOperators.GT, av))
                    .blend(ONE, ax.compare(VectorOperators.LT, K_MINUS_ONE_BELOW))
                    .blend(0.0, ax.compare(VectorOperators.LT, K_ZERO_BELOW));
            DoubleVector k = kAbs.reinterpretAsLongs().or(sign).reinterpretAsDoubles();
            DoubleVector hi = arg.sub(k.mul(LN2_HI));
            DoubleVector lo = k.mul(LN2_LO);
            DoubleVector r = hi.sub(lo);
            DoubleVector t = r.mul(r);
            DoubleVector c = r.sub(t.mul(t.mul(t.mul(t.mul(t.mul(P5).add(P4)).add(P3)).add(P2)).add(P1)));
            DoubleVector y = ONE.sub(lo.sub(r.mul(c).div(TWO.sub(c))).sub(hi));
            LongVector kExponent = k.add(ROUNDER).reinterpretAsLongs().lanewise(VectorOperators.LSHL, 52);
            y.reinterpretAsLongs().add(kExponent).reinterpretAsDoubles().intoArray(out, i);
        }
    }
}
