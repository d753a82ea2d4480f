package org.backproplab.engine;

/**
 * The dense loops of the forward and backward passes. Batch buffers are <em>unit-major</em>:
 * entry {@code u·rows + r} is unit u of sample r, so the innermost loops run over the samples of
 * the batch, contiguous and long enough for the JIT to vectorise. Every sum is accumulated in the
 * same index order as the textbook row-major loops (from 0.0, over i, j or r in increasing order),
 * so the results are bit for bit those of the straightforward implementation.
 */
final class Kernels {
    private Kernels() {
    }

    // to (cols × rows, unit-major) = from (rows × cols, row-major)ᵀ
    static void toUnitMajor(double[] from, double[] to, int rows, int cols) {
        for (int c = 0; c < cols; c++) {
            int o = c * rows;
            for (int r = 0; r < rows; r++) {
                to[o + r] = from[r * cols + c];
            }
        }
    }

    // to (rows × cols, row-major) = from (cols × rows, unit-major)ᵀ
    static void toRowMajor(double[] from, double[] to, int rows, int cols) {
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            for (int c = 0; c < cols; c++) {
                to[o + c] = from[c * rows + r];
            }
        }
    }

    // z_l = a_{l−1} · W_l + b_l :  z[j][r] = (Σ_i a[i][r] · W[i][j]) + b[j]   (a, z unit-major; W in × n row-major)
    static void forward(double[] a, double[] w, double[] b, double[] z, int rows, int in, int n) {
        for (int j = 0; j < n; j++) {
            int zo = j * rows;
            for (int r = 0; r < rows; r++) {
                z[zo + r] = 0.0;
            }
            for (int i = 0; i < in; i++) {
                double wij = w[i * n + j];
                int ao = i * rows;
                for (int r = 0; r < rows; r++) {
                    z[zo + r] += a[ao + r] * wij;
                }
            }
            if (b != null) {
                double bj = b[j];
                for (int r = 0; r < rows; r++) {
                    z[zo + r] += bj;
                }
            }
        }
    }

    // dJ/da_{l−1} = δ_l · W_lᵀ :  dA[i][r] = Σ_j δ[j][r] · W[i][j]   (dA, δ unit-major)
    static void backward(double[] delta, double[] w, double[] dA, int rows, int in, int n) {
        for (int i = 0; i < in; i++) {
            int o = i * rows;
            for (int r = 0; r < rows; r++) {
                dA[o + r] = 0.0;
            }
            int wo = i * n;
            for (int j = 0; j < n; j++) {
                double wij = w[wo + j];
                int d = j * rows;
                for (int r = 0; r < rows; r++) {
                    dA[o + r] += delta[d + r] * wij;
                }
            }
        }
    }

    // dJ/dW_l = a_{l−1}ᵀ · δ_l :  dW[i][j] = Σ_r a[i][r] · δ[r][j]   (a unit-major, δ row-major rows × n)
    static void weightGradient(double[] a, double[] deltaByRow, double[] dW, int rows, int in, int n) {
        for (int i = 0; i < in * n; i++) {
            dW[i] = 0.0;
        }
        for (int r = 0; r < rows; r++) {
            int d = r * n;
            for (int i = 0; i < in; i++) {
                double ai = a[i * rows + r];
                int o = i * n;
                for (int j = 0; j < n; j++) {
                    dW[o + j] += ai * deltaByRow[d + j];
                }
            }
        }
    }

    // dJ/db_l = Σ_r δ_l[r]  (δ row-major rows × n)
    static void sumRows(double[] m, double[] out, int rows, int n) {
        for (int j = 0; j < n; j++) {
            out[j] = 0.0;
        }
        for (int r = 0; r < rows; r++) {
            int o = r * n;
            for (int j = 0; j < n; j++) {
                out[j] += m[o + j];
            }
        }
    }
}
