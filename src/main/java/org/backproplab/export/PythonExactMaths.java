package org.backproplab.export;

/**
 * The arithmetic of an exported script that must repeat the app's to the last bit: matrix
 * products and sums added term after term in index order (as the engine's kernels add them;
 * NumPy's BLAS adds in blocks), and fdlibm's e^x and tanh (the engine's {@code FastMath}; NumPy's
 * own differ in the last bit for a few arguments in a hundred). A long or chaotic training run
 * magnifies a last-bit difference until no digit agrees, so the script keeps none.
 */
final class PythonExactMaths {
    private PythonExactMaths() {
    }

    /** The comment above the section. */
    static final String INTRODUCTION = """
            # NumPy's a @ b, np.exp and np.tanh give these numbers up to the last bit. The versions below
            # repeat the app's arithmetic exactly (sums in index order, fdlibm's e^x and tanh): a long
            # training run magnifies a last-bit difference, in a chaotic one until no digit agrees.
            """;

    /** matmul, sum_of_rows, sum_of_columns, fdlibm_exp and fdlibm_tanh. */
    static final String FUNCTIONS = """
            def matmul(a, b):
                \"""a · b (as a @ b), each sum added term after term in index order, from 0, as the app adds it.\"""
                products = a[:, :, np.newaxis] * b[np.newaxis, :, :]  # products[r, i, j] = a[r, i] b[i, j]
                products[:, 0, :] += 0.0  # the app's sums start from +0.0 (this turns a −0.0 into +0.0)
                return np.cumsum(products, axis=1)[:, -1, :]  # cumsum adds strictly in order


            def sum_of_rows(m):
                \"""Σ over the rows of m (as m.sum(axis=0)), term after term.\"""
                return matmul(np.ones((1, m.shape[0])), m)[0]


            def sum_of_columns(m):
                \"""Σ over the columns of m, per row, as a column (as m.sum(axis=1, keepdims=True)), term after term.\"""
                return matmul(m, np.ones((m.shape[1], 1)))


            # fdlibm's constants (the split ln2, 1/ln2, and the coefficients of its approximations)
            LN2_HI = float.fromhex("0x1.62e42fee00000p-1")
            LN2_LO = float.fromhex("0x1.a39ef35793c76p-33")
            INV_LN2 = float.fromhex("0x1.71547652b82fep+0")
            HALF_LN2 = float.fromhex("0x1.62e4300000000p-2")  # just above ln2/2
            ONE_AND_HALF_LN2 = float.fromhex("0x1.0a2b200000000p+0")  # just above 1.5 ln2
            Q1 = float.fromhex("-0x1.11111111110f4p-5")
            Q2 = float.fromhex("0x1.a01a019fe5585p-10")
            Q3 = float.fromhex("-0x1.4ce199eaadbb7p-14")
            Q4 = float.fromhex("0x1.0cfca86e65239p-18")
            Q5 = float.fromhex("-0x1.afdb76e09c32dp-23")
            P1 = float.fromhex("0x1.555555555553ep-3")
            P2 = float.fromhex("-0x1.6c16c16bebd93p-9")
            P3 = float.fromhex("0x1.1566aaf25de2cp-14")
            P4 = float.fromhex("-0x1.bbd41c5d26bf1p-20")
            P5 = float.fromhex("0x1.6376972bea4d0p-25")
            EXP_OVERFLOW = float.fromhex("0x1.62e42fefa39efp+9")
            EXP_UNDERFLOW = float.fromhex("-0x1.74910d52d3051p+9")


            def times_power_of_two(y, k):
                # y · 2^k, by adding k to the exponent bits of y
                return (y.view(np.int64) + (k << 52)).view(np.float64)


            def fdlibm_exp(x):
                \"""e^x by fdlibm's algorithm (the app's): x = k ln2 + r with |r| ≤ ln2/2, then 2^k e^r.\"""
                x = np.asarray(x, dtype=np.float64)
                bits = x.view(np.int64)
                high = (bits >> 32) & 0x7FFFFFFF  # the high word of |x|
                negative = bits < 0
                k = np.where(high <= 0x3FD62E42, 0.0,
                             np.where(high < 0x3FF0A2B2, np.where(negative, -1.0, 1.0),
                                      np.trunc(INV_LN2 * x + np.where(negative, -0.5, 0.5))))
                hi = x - k * LN2_HI
                lo = k * LN2_LO
                r = np.where(k == 0, x, hi - lo)
                t = r * r
                c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
                k_int = np.clip(k, -1100, 1100).astype(np.int64)  # (k of |x| > 709, where e^x is 0 or ∞, is not used)
                y = 1.0 - ((lo - (r * c) / (2.0 - c)) - hi)
                y = np.where(k_int >= -1021, times_power_of_two(y, k_int),
                             times_power_of_two(y, k_int + 1000) * float.fromhex("0x1p-1000"))
                y = np.where(k == 0, 1.0 - ((r * c) / (c - 2.0) - r), y)
                y = np.where(high < 0x3E300000, 1.0 + x, y)
                y = np.where(x > EXP_OVERFLOW, np.inf, np.where(x < EXP_UNDERFLOW, 0.0, y))
                return np.where(np.isnan(x), x, y)


            def expm1_correction(r, c):
                # fdlibm's expm1: the correction e' of expm1(r) ≈ r − e' on [−ln2/2, ln2/2]
                hfx = 0.5 * r
                hxs = r * hfx
                r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))))
                t = 3.0 - r1 * hfx
                e = hxs * ((r1 - t) / (6.0 - r * t))
                e = r * (e - c) - c
                return e - hxs


            def expm1_negative(x):
                # e^x − 1 for −2 < x < 0, as fdlibm's expm1
                k = np.where(-x < HALF_LN2, 0.0, np.where(-x < ONE_AND_HALF_LN2, -1.0, np.trunc(INV_LN2 * x - 0.5)))
                hi = x - k * LN2_HI
                lo = k * LN2_LO
                r = hi - lo
                e = expm1_correction(r, (hi - r) - lo)
                k_int = k.astype(np.int64)
                y = times_power_of_two(1.0 - (e - r), k_int) - 1.0
                return np.where(k == 0, r - e, np.where(k == -1, 0.5 * (r - e) - 0.5, y))


            def expm1_positive(x):
                # e^x − 1 for 2 ≤ x < 44, as fdlibm's expm1
                k = np.trunc(INV_LN2 * x + 0.5)
                hi = x - k * LN2_HI
                lo = k * LN2_LO
                r = hi - lo
                e = expm1_correction(r, (hi - r) - lo)
                k_int = k.astype(np.int64)
                one_minus_2_to_minus_k = ((0x3FF00000 - (0x200000 >> k_int)) << 32).view(np.float64)
                two_to_minus_k = (((0x3FF - k_int) << 20) << 32).view(np.float64)
                small_k = times_power_of_two(one_minus_2_to_minus_k - (e - r), k_int)
                middle_k = times_power_of_two((r - (e + two_to_minus_k)) + 1.0, k_int)
                large_k = times_power_of_two(1.0 - (e - r), k_int) - 1.0
                return np.where(k_int < 20, small_k, np.where(k_int <= 56, middle_k, large_k))


            def fdlibm_tanh(z):
                \"""tanh by fdlibm's algorithm (the app's): from e^(2|z|) − 1, the sign restored.\"""
                az = np.abs(z)
                # |z| < 2^−55: z (1 + z), that is z;  |z| ≥ 22: ±1
                y = np.where(az < 0.5 ** 55, z * (1.0 + z), np.copysign(1.0, z))
                # 1 ≤ |z| < 22: 1 − 2 / (expm1(2|z|) + 2)
                large = (az >= 1.0) & (az < 22.0)
                t = expm1_positive(2.0 * az[large])
                y[large] = np.copysign(1.0 - 2.0 / (t + 2.0), z[large])
                # 2^−55 ≤ |z| < 1: −expm1(−2|z|) / (expm1(−2|z|) + 2)
                small = (az >= 0.5 ** 55) & (az < 1.0)
                t = expm1_negative(-2.0 * az[small])
                y[small] = np.copysign(-t / (t + 2.0), z[small])
                return np.where(np.isnan(z), z, y)
            """;
}
