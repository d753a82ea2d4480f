package org.backproplab.engine;

/**
 * The dense loops of one layer's forward and backward pass, chosen once per {@link Workspace}
 * ({@link #forBatchesOf}). Batch quantities are unit-major ({@code m[u][r]} is unit u of sample
 * r, see {@link Kernels}); weights are in × out row-major. {@link #REFERENCE} is the textbook
 * form, written to be read; the others compute every sum in the same order from 0.0 and so equal
 * it bit for bit (the tests check this), only faster on their shapes.
 */
enum LayerKernels {
    /** Plain loops, one sum at a time, in the order the equations are written. */
    REFERENCE {
        @Override void forward(double[][] a, double[] w, double[] b, double[][] z, int rows, int in, int n) {
            // z_l = a_{l−1} · W_l + b_l :  z[j][r] = (Σ_i a[i][r] · W[i][j]) + b[j]
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < rows; r++) {
                    double s = 0.0;
                    for (int i = 0; i < in; i++) {
                        s += a[i][r] * w[i * n + j];
                    }
                    z[j][r] = b == null ? s : s + b[j];
                }
            }
        }

        @Override void backward(double[][] delta, double[] w, double[][] dA, int rows, int in, int n) {
            // dJ/da_{l−1} = δ_l · W_lᵀ :  dA[i][r] = Σ_j δ[j][r] · W[i][j]
            for (int i = 0; i < in; i++) {
                for (int r = 0; r < rows; r++) {
                    double s = 0.0;
                    for (int j = 0; j < n; j++) {
                        s += delta[j][r] * w[i * n + j];
                    }
                    dA[i][r] = s;
                }
            }
        }

        @Override void gradients(double[][] a, double[][] delta, double[][] deltaBySample, double[][] dW, double[] dB,
                                 int rows, int in, int n) {
            // dJ/dW_l = a_{l−1}ᵀ · δ_l :  dW[i][j] = Σ_r a[i][r] · δ[j][r]
            for (int i = 0; i < in; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0.0;
                    for (int r = 0; r < rows; r++) {
                        s += a[i][r] * delta[j][r];
                    }
                    dW[i][j] = s;
                }
            }
            // dJ/db_l = Σ_r δ_l[r]
            if (dB != null) {
                for (int j = 0; j < n; j++) {
                    double s = 0.0;
                    for (int r = 0; r < rows; r++) {
                        s += delta[j][r];
                    }
                    dB[j] = s;
                }
            }
        }
    },
    /** Batches shorter than {@link Kernels#SHORT}: sums in registers ({@link SmallKernels}). */
    SMALL_BATCH {
        @Override void forward(double[][] a, double[] w, double[] b, double[][] z, int rows, int in, int n) {
            SmallKernels.forward(a, w, b, z, rows, in, n);
        }

        @Override void backward(double[][] delta, double[] w, double[][] dA, int rows, int in, int n) {
            SmallKernels.backward(delta, w, dA, rows, in, n);
        }

        @Override void gradients(double[][] a, double[][] delta, double[][] deltaBySample, double[][] dW, double[] dB,
                                 int rows, int in, int n) {
            scalarGradients(a, delta, deltaBySample, dW, dB, rows, in, n);
        }
    },
    /** Longer batches: innermost loops along the batch, which the JIT vectorises ({@link Kernels}). */
    BLOCKED {
        @Override void forward(double[][] a, double[] w, double[] b, double[][] z, int rows, int in, int n) {
            Kernels.forward(a, w, b, z, rows, in, n);
        }

        @Override void backward(double[][] delta, double[] w, double[][] dA, int rows, int in, int n) {
            Kernels.backward(delta, w, dA, rows, in, n);
        }

        @Override void gradients(double[][] a, double[][] delta, double[][] deltaBySample, double[][] dW, double[] dB,
                                 int rows, int in, int n) {
            scalarGradients(a, delta, deltaBySample, dW, dB, rows, in, n);
        }
    },
    /** The JDK's vector API ({@link VectorKernels}), when {@link Simd#ENABLED}; padded buffers only. */
    VECTOR {
        @Override void forward(double[][] a, double[] w, double[] b, double[][] z, int rows, int in, int n) {
            VectorKernels.forward(a, w, b, z, rows, in, n);
        }

        @Override void backward(double[][] delta, double[] w, double[][] dA, int rows, int in, int n) {
            VectorKernels.backward(delta, w, dA, rows, in, n);
        }

        @Override void gradients(double[][] a, double[][] delta, double[][] deltaBySample, double[][] dW, double[] dB,
                                 int rows, int in, int n) {
            Kernels.toSampleMajor(delta, deltaBySample, rows, n);
            VectorKernels.weightGradient(a, deltaBySample, dW, rows, in, n);
            if (dB != null) {
                VectorKernels.sumSamples(deltaBySample, dB, rows, n);
            }
        }
    };

    /**
     * @param capacity the largest batch the workspace holds
     * @return the vector kernels when the vector API is usable, else the scalar kernels for that
     *         batch length
     */
    static LayerKernels forBatchesOf(int capacity) {
        if (Simd.ENABLED) {
            return VECTOR;
        }
        return capacity < Kernels.SHORT ? SMALL_BATCH : BLOCKED;
    }

    /**
     * z = a · W + b.
     *
     * @param a    a_{l−1}, unit-major
     * @param w    W_l, in × n row-major
     * @param b    b_l, or null without biases
     * @param z    output z_l, unit-major
     * @param rows samples
     * @param in   units of a_{l−1}
     * @param n    units of the layer
     */
    abstract void forward(double[][] a, double[] w, double[] b, double[][] z, int rows, int in, int n);

    /**
     * dJ/da_{l−1} = δ · Wᵀ.
     *
     * @param delta δ_l, unit-major
     * @param w     W_l
     * @param dA    output dJ/da_{l−1}, unit-major
     * @param rows  samples
     * @param in    units of a_{l−1}
     * @param n     units of the layer
     */
    abstract void backward(double[][] delta, double[] w, double[][] dA, int rows, int in, int n);

    /**
     * dJ/dW = a_{l−1}ᵀ · δ and dJ/db = Σ_r δ.
     *
     * @param a             a_{l−1}, unit-major
     * @param delta         δ_l, unit-major
     * @param deltaBySample room for δ_l one array per sample (used by some kernels)
     * @param dW            output dJ/dW_l, one array per input unit
     * @param dB            output dJ/db_l, or null without biases
     * @param rows          samples
     * @param in            units of a_{l−1}
     * @param n             units of the layer
     */
    abstract void gradients(double[][] a, double[][] delta, double[][] deltaBySample, double[][] dW, double[] dB,
                            int rows, int in, int n);

    // the scalar weight and bias gradients: register sums over the batch for narrow layers,
    // the vectorisable sample-major loops for wide ones
    private static void scalarGradients(double[][] a, double[][] delta, double[][] deltaBySample, double[][] dW,
                                        double[] dB, int rows, int in, int n) {
        if (n < Kernels.SHORT) {
            SmallKernels.weightGradient(a, delta, dW, rows, in, n);
            if (dB != null) {
                SmallKernels.sumSamples(delta, dB, rows, n);
            }
        } else {
            Kernels.toSampleMajor(delta, deltaBySample, rows, n);
            Kernels.weightGradient(a, deltaBySample, dW, rows, in, n);
            if (dB != null) {
                Kernels.sumSamples(deltaBySample, dB, rows, n);
            }
        }
    }
}
