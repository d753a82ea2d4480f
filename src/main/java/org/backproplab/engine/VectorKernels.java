package org.backproplab.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dense loops of {@link Kernels} through the JDK's vector API, used when {@link Simd#ENABLED}.
 * Each vector holds one quantity for several samples (forward, backward: lanes along the batch of
 * a unit-major array) or several units (weight and bias gradients: lanes along a sample-major
 * row), and blocks of sums are kept in registers while their terms stream by. Every sum is still
 * accumulated from 0.0 term after term in the textbook order, with a separate multiply and add
 * (no fused multiply-add), so the results equal the scalar kernels' bit for bit.
 *
 * <p>The arrays the lanes run along must be padded to whole pairs of vectors
 * ({@link Simd#padded}); lanes beyond the batch or the layer compute values nobody reads.
 */
final class VectorKernels {
    private static final VectorSpecies<Double> LANES = DoubleVector.SPECIES_PREFERRED;

    private VectorKernels() {
    }

    // z_l = a_{l−1} · W_l + b_l :  z[j][r] = (Σ_i a[i][r] · W[i][j]) + b[j]
    // blocks of four units × two vectors of samples; a last block of fewer than four units
    // repeats its last unit (the same sums computed and stored up to four times): with a separate loop for
    // the remaining units, the JIT at times gave up on the vector intrinsics there and boxed
    // every vector (a third slower in one process of five)
    static void forward(double[][] a, double[] w, double[] b, double[][] z, int rows, int in, int n) {
        int step = LANES.length();
        for (int r = 0; r < rows; r += 2 * step) {
            for (int j = 0; j < n; j += 4) {
                forwardBlock(a, w, b, z, r, in, n, j, Math.min(4, n - j));
            }
        }
    }

    // z of units j … j + 3 (the last of them repeated when only {@code units} < 4 remain) for
    // the two vectors of samples from r
    private static void forwardBlock(double[][] a, double[] w, double[] b, double[][] z, int r, int in, int n,
                                     int j, int units) {
        // without biases, 0.0 is added instead: a sum taken from 0.0 is never −0.0, so adding 0.0
        // changes no bit
        int step = LANES.length();
        int d1 = Math.min(1, units - 1);
        int d2 = Math.min(2, units - 1);
        int d3 = units - 1;
        DoubleVector s00 = DoubleVector.zero(LANES), s01 = s00, s02 = s00, s03 = s00;
        DoubleVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
        for (int i = 0; i < in; i++) {
            double[] ai = a[i];
            DoubleVector x0 = DoubleVector.fromArray(LANES, ai, r);
            DoubleVector x1 = DoubleVector.fromArray(LANES, ai, r + step);
            int o = i * n + j;
            double w0 = w[o];
            double w1 = w[o + d1];
            double w2 = w[o + d2];
            double w3 = w[o + d3];
            s00 = s00.add(x0.mul(w0));
            s01 = s01.add(x0.mul(w1));
            s02 = s02.add(x0.mul(w2));
            s03 = s03.add(x0.mul(w3));
            s10 = s10.add(x1.mul(w0));
            s11 = s11.add(x1.mul(w1));
            s12 = s12.add(x1.mul(w2));
            s13 = s13.add(x1.mul(w3));
        }
        s00.add(b == null ? 0.0 : b[j]).intoArray(z[j], r);
        s10.add(b == null ? 0.0 : b[j]).intoArray(z[j], r + step);
        s01.add(b == null ? 0.0 : b[j + d1]).intoArray(z[j + d1], r);
        s11.add(b == null ? 0.0 : b[j + d1]).intoArray(z[j + d1], r + step);
        s02.add(b == null ? 0.0 : b[j + d2]).intoArray(z[j + d2], r);
        s12.add(b == null ? 0.0 : b[j + d2]).intoArray(z[j + d2], r + step);
        s03.add(b == null ? 0.0 : b[j + d3]).intoArray(z[j + d3], r);
        s13.add(b == null ? 0.0 : b[j + d3]).intoArray(z[j + d3], r + step);
    }

    // dJ/da_{l−1} = δ_l · W_lᵀ :  dA[i][r] = Σ_j δ[j][r] · W[i][j]
    // blocks of four inputs × two vectors of samples
    static void backward(double[][] delta, double[] w, double[][] dA, int rows, int in, int n) {
        int step = LANES.length();
        for (int r = 0; r < rows; r += 2 * step) {
            int i = 0;
            for (; i + 3 < in; i += 4) {
                DoubleVector s00 = DoubleVector.zero(LANES), s01 = s00, s02 = s00, s03 = s00;
                DoubleVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
                int o0 = i * n;
                int o1 = o0 + n;
                int o2 = o1 + n;
                int o3 = o2 + n;
                for (int j = 0; j < n; j++) {
                    double[] dj = delta[j];
                    DoubleVector d0 = DoubleVector.fromArray(LANES, dj, r);
                    DoubleVector d1 = DoubleVector.fromArray(LANES, dj, r + step);
                    double w0 = w[o0 + j];
                    double w1 = w[o1 + j];
                    double w2 = w[o2 + j];
                    double w3 = w[o3 + j];
                    s00 = s00.add(d0.mul(w0));
                    s01 = s01.add(d0.mul(w1));
                    s02 = s02.add(d0.mul(w2));
                    s03 = s03.add(d0.mul(w3));
                    s10 = s10.add(d1.mul(w0));
                    s11 = s11.add(d1.mul(w1));
                    s12 = s12.add(d1.mul(w2));
                    s13 = s13.add(d1.mul(w3));
                }
                s00.intoArray(dA[i], r);
                s10.intoArray(dA[i], r + step);
                s01.intoArray(dA[i + 1], r);
                s11.intoArray(dA[i + 1], r + step);
                s02.intoArray(dA[i + 2], r);
                s12.intoArray(dA[i + 2], r + step);
                s03.intoArray(dA[i + 3], r);
                s13.intoArray(dA[i + 3], r + step);
            }
            for (; i < in; i++) {
                DoubleVector s0 = DoubleVector.zero(LANES), s1 = s0;
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    double wij = w[o + j];
                    s0 = s0.add(DoubleVector.fromArray(LANES, delta[j], r).mul(wij));
                    s1 = s1.add(DoubleVector.fromArray(LANES, delta[j], r + step).mul(wij));
                }
                s0.intoArray(dA[i], r);
                s1.intoArray(dA[i], r + step);
            }
        }
    }

    // dJ/dW_l = a_{l−1}ᵀ · δ_l :  dW[i][j] = Σ_r a[i][r] · δ[r][j]   (δ one padded array per sample)
    // blocks of four inputs × two vectors of units, or × one vector for the last single vector
    static void weightGradient(double[][] a, double[][] deltaBySample, double[][] dW, int rows, int in, int n) {
        int step = LANES.length();
        int j = 0;
        for (; j + step < n; j += 2 * step) {
            int i = 0;
            for (; i + 3 < in; i += 4) {
                double[] a0 = a[i];
                double[] a1 = a[i + 1];
                double[] a2 = a[i + 2];
                double[] a3 = a[i + 3];
                DoubleVector s00 = DoubleVector.zero(LANES), s01 = s00, s02 = s00, s03 = s00;
                DoubleVector s10 = s00, s11 = s00, s12 = s00, s13 = s00;
                for (int r = 0; r < rows; r++) {
                    double[] dr = deltaBySample[r];
                    DoubleVector d0 = DoubleVector.fromArray(LANES, dr, j);
                    DoubleVector d1 = DoubleVector.fromArray(LANES, dr, j + step);
                    double x0 = a0[r];
                    double x1 = a1[r];
                    double x2 = a2[r];
                    double x3 = a3[r];
                    s00 = s00.add(d0.mul(x0));
                    s01 = s01.add(d0.mul(x1));
                    s02 = s02.add(d0.mul(x2));
                    s03 = s03.add(d0.mul(x3));
                    s10 = s10.add(d1.mul(x0));
                    s11 = s11.add(d1.mul(x1));
                    s12 = s12.add(d1.mul(x2));
                    s13 = s13.add(d1.mul(x3));
                }
                s00.intoArray(dW[i], j);
                s10.intoArray(dW[i], j + step);
                s01.intoArray(dW[i + 1], j);
                s11.intoArray(dW[i + 1], j + step);
                s02.intoArray(dW[i + 2], j);
                s12.intoArray(dW[i + 2], j + step);
                s03.intoArray(dW[i + 3], j);
                s13.intoArray(dW[i + 3], j + step);
            }
            for (; i < in; i++) {
                double[] ai = a[i];
                DoubleVector s0 = DoubleVector.zero(LANES), s1 = s0;
                for (int r = 0; r < rows; r++) {
                    double[] dr = deltaBySample[r];
                    double x = ai[r];
                    s0 = s0.add(DoubleVector.fromArray(LANES, dr, j).mul(x));
                    s1 = s1.add(DoubleVector.fromArray(LANES, dr, j + step).mul(x));
                }
                s0.intoArray(dW[i], j);
                s1.intoArray(dW[i], j + step);
            }
        }
        if (j < n) {
            // the units left fit in one vector: four inputs at a time, then one
            int i = 0;
            for (; i + 3 < in; i += 4) {
                double[] a0 = a[i];
                double[] a1 = a[i + 1];
                double[] a2 = a[i + 2];
                double[] a3 = a[i + 3];
                DoubleVector s0 = DoubleVector.zero(LANES), s1 = s0, s2 = s0, s3 = s0;
                for (int r = 0; r < rows; r++) {
                    DoubleVector d = DoubleVector.fromArray(LANES, deltaBySample[r], j);
                    s0 = s0.add(d.mul(a0[r]));
                    s1 = s1.add(d.mul(a1[r]));
                    s2 = s2.add(d.mul(a2[r]));
                    s3 = s3.add(d.mul(a3[r]));
                }
                s0.intoArray(dW[i], j);
                s1.intoArray(dW[i + 1], j);
                s2.intoArray(dW[i + 2], j);
                s3.intoArray(dW[i + 3], j);
            }
            for (; i < in; i++) {
                double[] ai = a[i];
                DoubleVector s = DoubleVector.zero(LANES);
                for (int r = 0; r < rows; r++) {
                    s = s.add(DoubleVector.fromArray(LANES, deltaBySample[r], j).mul(ai[r]));
                }
                s.intoArray(dW[i], j);
            }
        }
    }

    // dJ/db_l = Σ_r δ_l[r]   (δ one padded array per sample; out is not padded: the last
    // units that do not fill a vector are summed one by one)
    static void sumSamples(double[][] deltaBySample, double[] out, int rows, int n) {
        int step = LANES.length();
        int j = 0;
        for (; j + step <= n; j += step) {
            DoubleVector s = DoubleVector.zero(LANES);
            for (int r = 0; r < rows; r++) {
                s = s.add(DoubleVector.fromArray(LANES, deltaBySample[r], j));
            }
            s.intoArray(out, j);
        }
        for (; j < n; j++) {
            double s = 0.0;
            for (int r = 0; r < rows; r++) {
                s += deltaBySample[r][j];
            }
            out[j] = s;
        }
    }
}
