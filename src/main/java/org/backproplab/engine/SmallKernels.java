package org.backproplab.engine;

/**
 * The kernels of {@link Kernels} for short dimensions (small batches, narrow layers), where a
 * vectorised innermost loop would only run a few iterations. Here each sum runs along its own
 * index as a chain of scalar additions kept in registers, eight independent chains at a time
 * (2 × 4 outputs), so the processor overlaps them. Each sum is still taken from 0.0 term after
 * term in increasing index order, so the results equal those of {@link Kernels} bit for bit.
 */
final class SmallKernels {
    private SmallKernels() {
    }

    // z_l = a_{l−1} · W_l + b_l :  z[j][r] = (Σ_i a[i][r] · W[i][j]) + b[j]
    static void forward(double[][] a, double[] w, double[] b, double[][] z, int rows, int in, int n) {
        int r = 0;
        for (; r + 1 < rows; r += 2) {
            int j = 0;
            for (; j + 3 < n; j += 4) {
                double s00 = 0.0, s01 = 0.0, s02 = 0.0, s03 = 0.0;
                double s10 = 0.0, s11 = 0.0, s12 = 0.0, s13 = 0.0;
                for (int i = 0; i < in; i++) {
                    double[] ai = a[i];
                    double x0 = ai[r];
                    double x1 = ai[r + 1];
                    int o = i * n + j;
                    double w0 = w[o];
                    double w1 = w[o + 1];
                    double w2 = w[o + 2];
                    double w3 = w[o + 3];
                    s00 += x0 * w0;
                    s01 += x0 * w1;
                    s02 += x0 * w2;
                    s03 += x0 * w3;
                    s10 += x1 * w0;
                    s11 += x1 * w1;
                    s12 += x1 * w2;
                    s13 += x1 * w3;
                }
                store(z, b, j, r, s00, s10);
                store(z, b, j + 1, r, s01, s11);
                store(z, b, j + 2, r, s02, s12);
                store(z, b, j + 3, r, s03, s13);
            }
            for (; j < n; j++) {
                double s0 = 0.0;
                double s1 = 0.0;
                for (int i = 0; i < in; i++) {
                    double wij = w[i * n + j];
                    s0 += a[i][r] * wij;
                    s1 += a[i][r + 1] * wij;
                }
                store(z, b, j, r, s0, s1);
            }
        }
        for (; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int i = 0; i < in; i++) {
                    s += a[i][r] * w[i * n + j];
                }
                z[j][r] = b == null ? s : s + b[j];
            }
        }
    }

    private static void store(double[][] z, double[] b, int j, int r, double s0, double s1) {
        double[] zj = z[j];
        if (b == null) {
            zj[r] = s0;
            zj[r + 1] = s1;
        } else {
            zj[r] = s0 + b[j];
            zj[r + 1] = s1 + b[j];
        }
    }

    // dJ/da_{l−1} = δ_l · W_lᵀ :  dA[i][r] = Σ_j δ[j][r] · W[i][j]
    static void backward(double[][] delta, double[] w, double[][] dA, int rows, int in, int n) {
        int r = 0;
        for (; r + 1 < rows; r += 2) {
            int i = 0;
            for (; i + 3 < in; i += 4) {
                double s00 = 0.0, s01 = 0.0, s02 = 0.0, s03 = 0.0;
                double s10 = 0.0, s11 = 0.0, s12 = 0.0, s13 = 0.0;
                int o0 = i * n;
                int o1 = o0 + n;
                int o2 = o1 + n;
                int o3 = o2 + n;
                for (int j = 0; j < n; j++) {
                    double[] dj = delta[j];
                    double d0 = dj[r];
                    double d1 = dj[r + 1];
                    double w0 = w[o0 + j];
                    double w1 = w[o1 + j];
                    double w2 = w[o2 + j];
                    double w3 = w[o3 + j];
                    s00 += d0 * w0;
                    s01 += d0 * w1;
                    s02 += d0 * w2;
                    s03 += d0 * w3;
                    s10 += d1 * w0;
                    s11 += d1 * w1;
                    s12 += d1 * w2;
                    s13 += d1 * w3;
                }
                store(dA, null, i, r, s00, s10);
                store(dA, null, i + 1, r, s01, s11);
                store(dA, null, i + 2, r, s02, s12);
                store(dA, null, i + 3, r, s03, s13);
            }
            for (; i < in; i++) {
                double s0 = 0.0;
                double s1 = 0.0;
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    s0 += delta[j][r] * w[o + j];
                    s1 += delta[j][r + 1] * w[o + j];
                }
                store(dA, null, i, r, s0, s1);
            }
        }
        for (; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                double s = 0.0;
                for (int j = 0; j < n; j++) {
                    s += delta[j][r] * w[i * n + j];
                }
                dA[i][r] = s;
            }
        }
    }

    // dJ/dW_l = a_{l−1}ᵀ · δ_l :  dW[i][j] = Σ_r a[i][r] · δ[j][r]   (δ unit-major here)
    static void weightGradient(double[][] a, double[][] delta, double[][] dW, int rows, int in, int n) {
        int blocked = n - n % 4;
        for (int j = 0; j < blocked; j += 4) {
            double[] d0 = delta[j];
            double[] d1 = delta[j + 1];
            double[] d2 = delta[j + 2];
            double[] d3 = delta[j + 3];
            int i = 0;
            // two inputs × four units: eight sums side by side
            for (; i + 1 < in; i += 2) {
                double[] a0 = a[i];
                double[] a1 = a[i + 1];
                double s00 = 0.0, s01 = 0.0, s02 = 0.0, s03 = 0.0;
                double s10 = 0.0, s11 = 0.0, s12 = 0.0, s13 = 0.0;
                for (int r = 0; r < rows; r++) {
                    double x0 = a0[r];
                    double x1 = a1[r];
                    s00 += x0 * d0[r];
                    s01 += x0 * d1[r];
                    s02 += x0 * d2[r];
                    s03 += x0 * d3[r];
                    s10 += x1 * d0[r];
                    s11 += x1 * d1[r];
                    s12 += x1 * d2[r];
                    s13 += x1 * d3[r];
                }
                setFour(dW[i], j, s00, s01, s02, s03);
                setFour(dW[i + 1], j, s10, s11, s12, s13);
            }
            if (i < in) {
                double[] a0 = a[i];
                double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
                for (int r = 0; r < rows; r++) {
                    double x0 = a0[r];
                    s0 += x0 * d0[r];
                    s1 += x0 * d1[r];
                    s2 += x0 * d2[r];
                    s3 += x0 * d3[r];
                }
                setFour(dW[i], j, s0, s1, s2, s3);
            }
        }
        // the last n mod 4 units, four inputs at a time
        for (int j = blocked; j < n; j++) {
            double[] dj = delta[j];
            int i = 0;
            for (; i + 3 < in; i += 4) {
                double[] a0 = a[i];
                double[] a1 = a[i + 1];
                double[] a2 = a[i + 2];
                double[] a3 = a[i + 3];
                double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
                for (int r = 0; r < rows; r++) {
                    double d = dj[r];
                    s0 += a0[r] * d;
                    s1 += a1[r] * d;
                    s2 += a2[r] * d;
                    s3 += a3[r] * d;
                }
                dW[i][j] = s0;
                dW[i + 1][j] = s1;
                dW[i + 2][j] = s2;
                dW[i + 3][j] = s3;
            }
            for (; i < in; i++) {
                double[] ai = a[i];
                double s = 0.0;
                for (int r = 0; r < rows; r++) {
                    s += ai[r] * dj[r];
                }
                dW[i][j] = s;
            }
        }
    }

    private static void setFour(double[] row, int j, double s0, double s1, double s2, double s3) {
        row[j] = s0;
        row[j + 1] = s1;
        row[j + 2] = s2;
        row[j + 3] = s3;
    }

    // dJ/db_l = Σ_r δ_l[r]   (δ unit-major; four units' sums run side by side)
    static void sumSamples(double[][] delta, double[] out, int rows, int n) {
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double[] d0 = delta[j];
            double[] d1 = delta[j + 1];
            double[] d2 = delta[j + 2];
            double[] d3 = delta[j + 3];
            double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
            for (int r = 0; r < rows; r++) {
                s0 += d0[r];
                s1 += d1[r];
                s2 += d2[r];
                s3 += d3[r];
            }
            setFour(out, j, s0, s1, s2, s3);
        }
        for (; j < n; j++) {
            double[] dj = delta[j];
            double s = 0.0;
            for (int r = 0; r < rows; r++) {
                s += dj[r];
            }
            out[j] = s;
        }
    }
}
