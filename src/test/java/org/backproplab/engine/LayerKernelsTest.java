package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every set of dense loops against {@link LayerKernels#REFERENCE}, the textbook loops, bit for
 * bit: each kernel on its own over many shapes (short and long batches, narrow and wide layers,
 * with and without biases), and whole passes through workspaces that use them.
 */
class LayerKernelsTest {

    // the kernels this run can use: the vector ones only where the vector API is in the boot layer
    private static List<LayerKernels> fastKernels() {
        List<LayerKernels> k = new ArrayList<>(List.of(LayerKernels.SMALL_BATCH, LayerKernels.BLOCKED));
        if (Simd.ENABLED) {
            k.add(LayerKernels.VECTOR);
        }
        return k;
    }

    @Test
    void everyKernelEqualsTheTextbookLoopsBitForBit() {
        Random rnd = new Random(2026);
        int compared = 0;
        for (int trial = 0; trial < 300; trial++) {
            int rows = 1 + rnd.nextInt(trial % 3 == 0 ? 70 : 20);
            int in = 1 + rnd.nextInt(trial % 5 == 0 ? 40 : 9);
            int n = 1 + rnd.nextInt(trial % 4 == 0 ? 40 : 9);
            boolean bias = rnd.nextBoolean();
            double[][] a = unitMajor(rnd, in, rows);
            double[][] delta = unitMajor(rnd, n, rows);
            double[] w = values(rnd, in * n);
            double[] b = bias ? values(rnd, n) : null;
            Result want = run(LayerKernels.REFERENCE, a, delta, w, b, rows, in, n);
            for (LayerKernels k : fastKernels()) {
                Result got = run(k, a, delta, w, b, rows, in, n);
                String where = k + " rows " + rows + " in " + in + " n " + n + " bias " + bias;
                same(want.z, got.z, rows, where + " z");
                same(want.dA, got.dA, rows, where + " dJ/da");
                same(want.dW, got.dW, n, where + " dJ/dW");
                if (bias) {
                    same(new double[][] {want.dB}, new double[][] {got.dB}, n, where + " dJ/db");
                }
                compared++;
            }
        }
        assertTrue(compared >= 600, "compared " + compared);
    }

    @Test
    void passesThroughEveryKernelEqualThePassThroughTheReference() {
        Random rnd = new Random(77);
        for (int trial = 0; trial < 40; trial++) {
            RandomNetworks.Case c = RandomNetworks.random(rnd, null, trial % 2 == 0 ? "softmax" : "sigmoid",
                    trial % 2 == 0 ? "ce" : "bce", 2 + rnd.nextInt(3), rnd.nextBoolean(), 1 + rnd.nextInt(40), 0.01);
            Pass want = pass(c, LayerKernels.REFERENCE);
            for (LayerKernels k : fastKernels()) {
                samePass(want, pass(c, k), k + " " + c);
            }
        }
    }

    @Test
    void aWorkspaceChoosesTheKernelsOnceForItsCapacity() {
        Architecture arch = new Architecture(List.of(2, 3, 1), List.of(Activation.TANH, Activation.SIGMOID), true,
                Loss.BCE);
        LayerKernels shortBatch = new Workspace(arch, 10).kernels;
        LayerKernels longBatch = new Workspace(arch, 150).kernels;
        assertEquals(Simd.ENABLED ? LayerKernels.VECTOR : LayerKernels.SMALL_BATCH, shortBatch);
        assertEquals(Simd.ENABLED ? LayerKernels.VECTOR : LayerKernels.BLOCKED, longBatch);
    }

    // every matrix and bias gradient equal bit for bit (Matrix.equals and Arrays.equals compare bits)
    private static void samePass(Pass want, Pass got, String where) {
        assertEquals(want.loss(), got.loss(), 0, where);
        assertEquals(want.dLossDInput(), got.dLossDInput(), where);
        for (int l = 0; l < want.layers().size(); l++) {
            LayerTrace a = want.layers().get(l);
            LayerTrace b = got.layers().get(l);
            assertEquals(a.preActivation(), b.preActivation(), where);
            assertEquals(a.activation(), b.activation(), where);
            assertEquals(a.dLossDActivation(), b.dLossDActivation(), where);
            assertEquals(a.dLossDPreActivation(), b.dLossDPreActivation(), where);
            assertEquals(a.dLossDWeights(), b.dLossDWeights(), where);
            assertTrue(java.util.Arrays.equals(a.dLossDBiases(), b.dLossDBiases()), where);
        }
    }

    private static Pass pass(RandomNetworks.Case c, LayerKernels kernels) {
        Network network = c.network();
        Matrix x = c.inputMatrix();
        Matrix t = c.targetMatrix();
        Workspace ws = new Workspace(network.architecture(), x.rows(), kernels);
        System.arraycopy(x.toRowMajor(), 0, ws.input, 0, x.rows() * x.cols());
        System.arraycopy(t.toRowMajor(), 0, ws.target, 0, t.rows() * t.cols());
        network.computeGradients(ws, x.rows(), 0.01);
        return ws.toPass();
    }

    private record Result(double[][] z, double[][] dA, double[][] dW, double[] dB) {
    }

    private static Result run(LayerKernels k, double[][] a, double[][] delta, double[] w, double[] b, int rows, int in,
                              int n) {
        int lanes = Simd.padded(rows);
        double[][] z = new double[n][lanes];
        double[][] dA = new double[in][lanes];
        double[][] dW = new double[in][Simd.padded(n)];
        double[][] bySample = new double[rows][Simd.padded(n)];
        double[] dB = b == null ? null : new double[n];
        k.forward(a, w, b, z, rows, in, n);
        k.backward(delta, w, dA, rows, in, n);
        k.gradients(a, delta, bySample, dW, dB, rows, in, n);
        return new Result(z, dA, dW, dB);
    }

    private static void same(double[][] want, double[][] got, int length, String where) {
        for (int u = 0; u < want.length; u++) {
            for (int i = 0; i < length; i++) {
                assertEquals(Double.doubleToRawLongBits(want[u][i]), Double.doubleToRawLongBits(got[u][i]),
                        where + " [" + u + "][" + i + "]: " + want[u][i] + " vs " + got[u][i]);
            }
        }
    }

    private static double[][] unitMajor(Random rnd, int units, int rows) {
        double[][] m = new double[units][Simd.padded(rows)];
        for (double[] unit : m) {
            for (int r = 0; r < rows; r++) {
                unit[r] = rnd.nextGaussian();
            }
        }
        return m;
    }

    private static double[] values(Random rnd, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = rnd.nextGaussian();
        }
        return v;
    }
}
