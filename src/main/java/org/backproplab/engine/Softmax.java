package org.backproplab.engine;

/**
 * The row-wise loops of {@link Activation#SOFTMAX}: softmax(z)_j = e^(z_j − max z) / Σ_k e^(z_k − max z)
 * (shifted for stability) and its Jacobian-vector product δ_j = a_j (dJ/da_j − Σ_k dJ/da_k a_k),
 * on row-major rows and on unit-major buffers ({@code m[u][r]} is unit u of sample r).
 */
final class Softmax {
    private Softmax() {
    }

    // softmax of the row-major sample at o
    static void ofRow(double[] z, double[] a, int o, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cols; k++) {
            max = Math.max(max, z[o + k]);
        }
        double sum = 0;
        for (int k = 0; k < cols; k++) {
            double e = FastMath.exp(z[o + k] - max);
            a[o + k] = e;
            sum += e;
        }
        for (int k = 0; k < cols; k++) {
            a[o + k] /= sum;
        }
    }

    // softmax of the first rows samples of unit-major buffers: along the samples with the vector
    // API when it is on and the batch fills vectors, else sample by sample (the same bits)
    static void ofSamples(double[][] z, double[][] a, int rows, int cols) {
        if (Simd.ENABLED && rows >= Simd.PAD && Simd.wholeVectors(rows, z, a, cols)) {
            VectorMath.softmaxByUnit(z, a, rows, cols);
        } else {
            for (int r = 0; r < rows; r++) {
                ofSample(z, a, r, cols);
            }
        }
    }

    // softmax of sample r of unit-major buffers
    static void ofSample(double[][] z, double[][] a, int r, int cols) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < cols; k++) {
            max = Math.max(max, z[k][r]);
        }
        double sum = 0;
        for (int k = 0; k < cols; k++) {
            double e = FastMath.exp(z[k][r] - max);
            a[k][r] = e;
            sum += e;
        }
        for (int k = 0; k < cols; k++) {
            a[k][r] /= sum;
        }
    }

    // δ_j = a_j (dJ/da_j − Σ_k dJ/da_k a_k) for the row-major sample at o
    static void backwardOfRow(double[] a, double[] dA, double[] delta, int o, int cols) {
        double dot = 0;
        for (int k = 0; k < cols; k++) {
            dot += dA[o + k] * a[o + k];
        }
        for (int k = 0; k < cols; k++) {
            delta[o + k] = a[o + k] * (dA[o + k] - dot);
        }
    }

    // the same Jacobian-vector product for sample r of unit-major buffers
    static void backwardOfSample(double[][] a, double[][] dA, double[][] delta, int r, int cols) {
        double dot = 0;
        for (int k = 0; k < cols; k++) {
            dot += dA[k][r] * a[k][r];
        }
        for (int k = 0; k < cols; k++) {
            delta[k][r] = a[k][r] * (dA[k][r] - dot);
        }
    }

    /**
     * The display-grade softmax in place over the first n columns of unit-major logits, with
     * {@link DisplayMath#exp}: per column, the largest logit into {@code scratch}, then
     * e^(z_k − max), their sum into {@code scratch}, and the quotients.
     */
    static void displayInPlace(double[][] v, int n, double[] scratch) {
        System.arraycopy(v[0], 0, scratch, 0, n);
        for (int k = 1; k < v.length; k++) {
            double[] vk = v[k];
            for (int c = 0; c < n; c++) {
                scratch[c] = Math.max(scratch[c], vk[c]);
            }
        }
        for (double[] vk : v) {
            for (int c = 0; c < n; c++) {
                vk[c] = DisplayMath.exp(vk[c] - scratch[c]);
            }
        }
        System.arraycopy(v[0], 0, scratch, 0, n);
        for (int k = 1; k < v.length; k++) {
            double[] vk = v[k];
            for (int c = 0; c < n; c++) {
                scratch[c] += vk[c];
            }
        }
        for (double[] vk : v) {
            for (int c = 0; c < n; c++) {
                vk[c] /= scratch[c];
            }
        }
    }
}
