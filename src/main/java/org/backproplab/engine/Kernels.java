package org.backproplab.engine;

/**
 * The few dense-matrix loops the engine needs, on row-major arrays, written so the JIT keeps
 * the innermost loop over contiguous memory. Each accumulates its sums in index order.
 */
final class Kernels {
    private Kernels() {
    }

    // c (rows × n) = a (rows × k) · b (k × n)
    static void multiply(double[] a, double[] b, double[] c, int rows, int k, int n) {
        for (int r = 0; r < rows; r++) {
            int co = r * n;
            for (int j = 0; j < n; j++) {
                c[co + j] = 0.0;
            }
            int ao = r * k;
            for (int i = 0; i < k; i++) {
                double ai = a[ao + i];
                int bo = i * n;
                for (int j = 0; j < n; j++) {
                    c[co + j] += ai * b[bo + j];
                }
            }
        }
    }

    // c (k × n) = aᵀ · b, with a (rows × k) and b (rows × n)
    static void multiplyTransposedLeft(double[] a, double[] b, double[] c, int rows, int k, int n) {
        for (int i = 0; i < k * n; i++) {
            c[i] = 0.0;
        }
        for (int r = 0; r < rows; r++) {
            int ao = r * k;
            int bo = r * n;
            for (int i = 0; i < k; i++) {
                double ai = a[ao + i];
                int co = i * n;
                for (int j = 0; j < n; j++) {
                    c[co + j] += ai * b[bo + j];
                }
            }
        }
    }

    // c (rows × k) = a · bᵀ, with a (rows × n) and b (k × n)
    static void multiplyTransposedRight(double[] a, double[] b, double[] c, int rows, int n, int k) {
        for (int r = 0; r < rows; r++) {
            int ao = r * n;
            for (int i = 0; i < k; i++) {
                int bo = i * n;
                double s = 0.0;
                for (int j = 0; j < n; j++) {
                    s += a[ao + j] * b[bo + j];
                }
                c[r * k + i] = s;
            }
        }
    }

    // m (rows × n) += v broadcast over rows
    static void addRowVector(double[] m, double[] v, int rows, int n) {
        for (int r = 0; r < rows; r++) {
            int o = r * n;
            for (int j = 0; j < n; j++) {
                m[o + j] += v[j];
            }
        }
    }

    // out (n) = Σ_rows m (rows × n)
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
