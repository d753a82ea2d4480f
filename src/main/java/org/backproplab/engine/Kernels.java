package org.backproplab.engine;

/**
 * The dense loops of the forward and backward passes. Batch quantities are held
 * <em>unit-major</em>, one array per unit: {@code m[u][r]} is unit u of sample r. The innermost
 * loops then run along the batch over whole arrays from index 0, the shape the JIT vectorises,
 * and four terms of a sum are added per pass. Every sum is still accumulated term after term in
 * the order of the textbook loops (from 0.0, over i, j or r increasing), so the results are bit
 * for bit those of {@link LayerKernels#REFERENCE}. Which kernels a pass runs is chosen once per
 * workspace ({@link LayerKernels#forBatchesOf}).
 */
final class Kernels {
    /**
     * Below this many iterations a vectorised innermost loop barely starts; batches smaller than
     * this (forward, backward) and layers narrower than this (weight gradient) use
     * {@link SmallKernels} instead.
     */
    static final int SHORT = 16;

    private Kernels() {
    }

    // to[c][r] = from[r·cols + c]   (row-major rows × cols into unit-major)
    static void toUnitMajor(double[] from, double[][] to, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            for (int c = 0; c < cols; c++) {
                to[c][r] = from[o + c];
            }
        }
    }

    // to[r·cols + c] = from[c][r]   (unit-major into row-major rows × cols)
    static void toRowMajor(double[][] from, double[] to, int rows, int cols) {
        for (int c = 0; c < cols; c++) {
            double[] unit = from[c];
            for (int r = 0; r < rows; r++) {
                to[r * cols + c] = unit[r];
            }
        }
    }

    // to[r][c] = from[c][r]   (unit-major into one array per sample)
    static void toSampleMajor(double[][] from, double[][] to, int rows, int cols) {
        for (int c = 0; c < cols; c++) {
            double[] unit = from[c];
            for (int r = 0; r < rows; r++) {
                to[r][c] = unit[r];
            }
        }
    }

    // z_l = a_{l−1} · W_l + b_l :  z[j][r] = (Σ_i a[i][r] · W[i][j]) + b[j]   (W in × n row-major)
    static void forward(double[][] a, double[] w, double[] b, double[][] z, int rows, int in, int n) {
        for (int j = 0; j < n; j++) {
            double[] zj = z[j];
            for (int r = 0; r < rows; r++) {
                zj[r] = 0.0;
            }
            int i = 0;
            for (; i + 3 < in; i += 4) {
                double w0 = w[i * n + j];
                double w1 = w[(i + 1) * n + j];
                double w2 = w[(i + 2) * n + j];
                double w3 = w[(i + 3) * n + j];
                double[] a0 = a[i];
                double[] a1 = a[i + 1];
                double[] a2 = a[i + 2];
                double[] a3 = a[i + 3];
                for (int r = 0; r < rows; r++) {
                    zj[r] = zj[r] + a0[r] * w0 + a1[r] * w1 + a2[r] * w2 + a3[r] * w3;
                }
            }
            for (; i < in; i++) {
                double wij = w[i * n + j];
                double[] ai = a[i];
                for (int r = 0; r < rows; r++) {
                    zj[r] += ai[r] * wij;
                }
            }
            if (b != null) {
                double bj = b[j];
                for (int r = 0; r < rows; r++) {
                    zj[r] += bj;
                }
            }
        }
    }

    // dJ/da_{l−1} = δ_l · W_lᵀ :  dA[i][r] = Σ_j δ[j][r] · W[i][j]
    static void backward(double[][] delta, double[] w, double[][] dA, int rows, int in, int n) {
        for (int i = 0; i < in; i++) {
            double[] dAi = dA[i];
            for (int r = 0; r < rows; r++) {
                dAi[r] = 0.0;
            }
            int wo = i * n;
            int j = 0;
            for (; j + 3 < n; j += 4) {
                double w0 = w[wo + j];
                double w1 = w[wo + j + 1];
                double w2 = w[wo + j + 2];
                double w3 = w[wo + j + 3];
                double[] d0 = delta[j];
                double[] d1 = delta[j + 1];
                double[] d2 = delta[j + 2];
                double[] d3 = delta[j + 3];
                for (int r = 0; r < rows; r++) {
                    dAi[r] = dAi[r] + d0[r] * w0 + d1[r] * w1 + d2[r] * w2 + d3[r] * w3;
                }
            }
            for (; j < n; j++) {
                double wij = w[wo + j];
                double[] dj = delta[j];
                for (int r = 0; r < rows; r++) {
                    dAi[r] += dj[r] * wij;
                }
            }
        }
    }

    // dJ/dW_l = a_{l−1}ᵀ · δ_l :  dW[i][j] = Σ_r a[i][r] · δ[r][j]   (δ one array per sample)
    static void weightGradient(double[][] a, double[][] deltaBySample, double[][] dW, int rows, int in, int n) {
        for (int i = 0; i < in; i++) {
            double[] dWi = dW[i];
            for (int j = 0; j < n; j++) {
                dWi[j] = 0.0;
            }
        }
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            double[] d0 = deltaBySample[r];
            double[] d1 = deltaBySample[r + 1];
            double[] d2 = deltaBySample[r + 2];
            double[] d3 = deltaBySample[r + 3];
            for (int i = 0; i < in; i++) {
                double[] ai = a[i];
                double a0 = ai[r];
                double a1 = ai[r + 1];
                double a2 = ai[r + 2];
                double a3 = ai[r + 3];
                double[] dWi = dW[i];
                for (int j = 0; j < n; j++) {
                    dWi[j] = dWi[j] + a0 * d0[j] + a1 * d1[j] + a2 * d2[j] + a3 * d3[j];
                }
            }
        }
        for (; r < rows; r++) {
            double[] d = deltaBySample[r];
            for (int i = 0; i < in; i++) {
                double ai = a[i][r];
                double[] dWi = dW[i];
                for (int j = 0; j < n; j++) {
                    dWi[j] += ai * d[j];
                }
            }
        }
    }

    // dJ/db_l = Σ_r δ_l[r]   (δ one array per sample)
    static void sumSamples(double[][] deltaBySample, double[] out, int rows, int n) {
        for (int j = 0; j < n; j++) {
            out[j] = 0.0;
        }
        for (int r = 0; r < rows; r++) {
            double[] d = deltaBySample[r];
            for (int j = 0; j < n; j++) {
                out[j] += d[j];
            }
        }
    }

    // flat[i·n + j] = rows[i][j]
    static void flatten(double[][] rows, double[] flat, int in, int n) {
        for (int i = 0; i < in; i++) {
            System.arraycopy(rows[i], 0, flat, i * n, n);
        }
    }
}
