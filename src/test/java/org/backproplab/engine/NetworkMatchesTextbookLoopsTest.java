package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The optimised passes (unit-major buffers, blocked loops, fdlibm tanh) give bit for bit the
 * numbers of the textbook row-major loops written out below, for every activation and loss,
 * with and without biases and L2, for batch sizes that exercise every remainder of the blocking.
 */
class NetworkMatchesTextbookLoopsTest {

    /** Straightforward row-major forward and backward pass, sums taken in index order. */
    private static final class TextbookPass {
        final List<double[][]> z = new ArrayList<>();
        final List<double[][]> a = new ArrayList<>();
        final List<double[][]> dA = new ArrayList<>();
        final List<double[][]> delta = new ArrayList<>();
        final List<double[][]> dW = new ArrayList<>();
        final List<double[]> dB = new ArrayList<>();
        double[][] dX;
        double loss;

        TextbookPass(Architecture arch, Parameters p, double[][] x, double[][] t, double l2) {
            int n = x.length;
            int layers = arch.layerCount();
            double[][] in = x;
            for (int l = 0; l < layers; l++) {
                int k = arch.inputsOf(l);
                int m = arch.unitsOf(l);
                double[] w = p.weightsOf(l);
                double[][] zl = new double[n][m];
                double[][] al = new double[n][m];
                for (int r = 0; r < n; r++) {
                    for (int j = 0; j < m; j++) {
                        double s = 0.0;
                        for (int i = 0; i < k; i++) {
                            s += in[r][i] * w[i * m + j];
                        }
                        zl[r][j] = p.hasBiases() ? s + p.biasesOf(l)[j] : s;
                    }
                    Activation g = arch.activations().get(l);
                    if (g == Activation.SOFTMAX) {
                        double max = Double.NEGATIVE_INFINITY;
                        for (int j = 0; j < m; j++) {
                            max = Math.max(max, zl[r][j]);
                        }
                        double sum = 0;
                        for (int j = 0; j < m; j++) {
                            al[r][j] = StrictMath.exp(zl[r][j] - max); // = FastMath.exp, the engine's
                            sum += al[r][j];
                        }
                        for (int j = 0; j < m; j++) {
                            al[r][j] /= sum;
                        }
                    } else {
                        for (int j = 0; j < m; j++) {
                            al[r][j] = g == Activation.TANH ? StrictMath.tanh(zl[r][j]) : g.value(zl[r][j]);
                        }
                    }
                }
                z.add(zl);
                a.add(al);
                in = al;
            }
            Loss lossFn = arch.loss();
            int last = layers - 1;
            int out = arch.outputSize();
            double sum = 0;
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < out; j++) {
                    sum += lossFn == Loss.PERCEPTRON ? (in[r][j] - t[r][j]) * z.get(last)[r][j]
                            : lossFn.sampleValue(in[r][j], t[r][j]);
                }
            }
            loss = sum / n;
            if (l2 != 0) {
                double squares = 0;
                for (int l = 0; l < layers; l++) {
                    for (double v : p.weightsOf(l)) {
                        squares += v * v;
                    }
                }
                loss += 0.5 * l2 * squares;
            }
            for (int l = 0; l < layers; l++) {
                dA.add(null);
                delta.add(null);
                dW.add(null);
                dB.add(null);
            }
            double[][] dAL = new double[n][out];
            double[][] dL = new double[n][out];
            Activation g = arch.outputActivation();
            for (int r = 0; r < n; r++) {
                for (int j = 0; j < out; j++) {
                    dAL[r][j] = lossFn.sampleGradient(in[r][j], t[r][j]) / n;
                }
                if (lossFn.fusedDelta(g)) {
                    for (int j = 0; j < out; j++) {
                        dL[r][j] = (in[r][j] - t[r][j]) / n;
                    }
                } else {
                    backwardRow(g, z.get(last)[r], in[r], dAL[r], dL[r]);
                }
            }
            dA.set(last, dAL);
            delta.set(last, dL);
            for (int l = last; l >= 0; l--) {
                int k = arch.inputsOf(l);
                int m = arch.unitsOf(l);
                double[][] prev = l == 0 ? x : a.get(l - 1);
                double[][] d = delta.get(l);
                double[] w = p.weightsOf(l);
                double[][] gw = new double[k][m];
                for (int r = 0; r < n; r++) {
                    for (int i = 0; i < k; i++) {
                        for (int j = 0; j < m; j++) {
                            gw[i][j] += prev[r][i] * d[r][j];
                        }
                    }
                }
                if (l2 != 0) {
                    for (int i = 0; i < k; i++) {
                        for (int j = 0; j < m; j++) {
                            gw[i][j] += l2 * w[i * m + j];
                        }
                    }
                }
                dW.set(l, gw);
                double[] gb = new double[m];
                for (int r = 0; r < n; r++) {
                    for (int j = 0; j < m; j++) {
                        gb[j] += d[r][j];
                    }
                }
                dB.set(l, gb);
                double[][] dPrev = new double[n][k];
                for (int r = 0; r < n; r++) {
                    for (int i = 0; i < k; i++) {
                        double s = 0.0;
                        for (int j = 0; j < m; j++) {
                            s += d[r][j] * w[i * m + j];
                        }
                        dPrev[r][i] = s;
                    }
                }
                if (l == 0) {
                    dX = dPrev;
                } else {
                    double[][] dPrevDelta = new double[n][k];
                    Activation h = arch.activations().get(l - 1);
                    for (int r = 0; r < n; r++) {
                        backwardRow(h, z.get(l - 1)[r], a.get(l - 1)[r], dPrev[r], dPrevDelta[r]);
                    }
                    dA.set(l - 1, dPrev);
                    delta.set(l - 1, dPrevDelta);
                }
            }
        }

        private static void backwardRow(Activation g, double[] z, double[] a, double[] dA, double[] out) {
            if (g == Activation.SOFTMAX) {
                double dot = 0;
                for (int k = 0; k < a.length; k++) {
                    dot += dA[k] * a[k];
                }
                for (int j = 0; j < a.length; j++) {
                    out[j] = a[j] * (dA[j] - dot);
                }
            } else {
                for (int j = 0; j < a.length; j++) {
                    out[j] = dA[j] * g.derivative(z[j], a[j]);
                }
            }
        }
    }

    private static void assertMatrix(double[][] expected, Matrix actual, String what) {
        assertEquals(expected.length, actual.rows(), what + " rows");
        for (int r = 0; r < expected.length; r++) {
            assertArrayEquals(expected[r], actual.row(r), 0.0, what + " row " + r);
        }
    }

    private static void checkCase(List<Integer> sizes, Activation hidden, Activation output, Loss loss,
                                  boolean bias, int rows, double l2, long seed) {
        List<Activation> acts = new ArrayList<>();
        for (int l = 0; l < sizes.size() - 2; l++) {
            acts.add(hidden);
        }
        acts.add(output);
        Architecture arch = new Architecture(sizes, acts, bias, loss);
        Parameters p = new Initializer("normal", seed, 0.9).initialise(arch);
        SplitMix64 rng = new SplitMix64(seed + 1);
        if (bias) {
            for (int l = 0; l < arch.layerCount(); l++) {
                double[] b = p.biasesOf(l);
                for (int j = 0; j < b.length; j++) {
                    b[j] = 0.4 * rng.nextGaussian();
                }
            }
        }
        int in = arch.inputSize();
        int out = arch.outputSize();
        double[][] x = new double[rows][in];
        double[][] t = new double[rows][out];
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < in; i++) {
                x[r][i] = 1.5 * rng.nextGaussian();
            }
            if (output == Activation.SOFTMAX) {
                t[r][rng.nextInt(out)] = 1.0;
            } else {
                for (int k = 0; k < out; k++) {
                    t[r][k] = output == Activation.TANH || output == Activation.IDENTITY
                            ? 2 * rng.nextDouble() - 1 : rng.nextInt(2);
                }
            }
        }
        TextbookPass expected = new TextbookPass(arch, p, x, t, l2);
        Pass actual = new Network(p).computePass(Matrix.of(x), Matrix.of(t), l2);
        String where = sizes + " " + hidden.id() + "/" + output.id() + "/" + loss.id() + " bias=" + bias + " rows=" + rows;
        // the engine evaluates bce from the logits (the stable form, exact where ln(1 − a) of a
        // sigmoid output near 1 loses digits to cancellation), so only the loss value differs from
        // the textbook's −[t ln a + (1 − t) ln(1 − a)], by that cancellation at most (these random
        // networks saturate: z ≈ 20 makes 1 − a carry only ~9 correct digits); SaturatedOutputLossTest
        // checks the stable form against closed forms
        double tolerance = loss == Loss.BCE ? 1e-6 : 1e-12;
        assertEquals(expected.loss, actual.loss(), tolerance * Math.max(1, Math.abs(expected.loss)), where + " loss");
        for (int l = 0; l < arch.layerCount(); l++) {
            LayerTrace layer = actual.layers().get(l);
            String at = where + " layer " + (l + 1) + " ";
            assertMatrix(expected.z.get(l), layer.preActivation(), at + "z");
            assertMatrix(expected.a.get(l), layer.activation(), at + "a");
            assertMatrix(expected.dA.get(l), layer.dLossDActivation(), at + "dJ/da");
            assertMatrix(expected.delta.get(l), layer.dLossDPreActivation(), at + "delta");
            assertMatrix(expected.dW.get(l), layer.dLossDWeights(), at + "dJ/dW");
            if (bias) {
                assertArrayEquals(expected.dB.get(l), layer.dLossDBiases(), 0.0, at + "dJ/db");
            } else {
                assertNull(layer.dLossDBiases());
            }
        }
        assertMatrix(expected.dX, actual.dLossDInput(), where + " dJ/dx");
    }

    @Test
    void everyActivationAndLossMatchesTheTextbookLoopsBitForBit() {
        Activation[] hidden = {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH, Activation.RELU};
        Object[][] outputs = {
            {Activation.SIGMOID, Loss.BCE}, {Activation.SOFTMAX, Loss.CE}, {Activation.SOFTMAX, Loss.BCE},
            {Activation.TANH, Loss.SQUARED}, {Activation.IDENTITY, Loss.SQUARED}, {Activation.SIGMOID, Loss.SQUARED},
            {Activation.STEP, Loss.PERCEPTRON}};
        long seed = 11;
        for (Activation h : hidden) {
            for (Object[] o : outputs) {
                for (int rows : new int[] {1, 3, 4, 9}) {
                    for (boolean bias : new boolean[] {true, false}) {
                        int out = o[0] == Activation.SOFTMAX ? 3 : 2;
                        checkCase(List.of(3, 5, 4, out), h, (Activation) o[0], (Loss) o[1], bias, rows,
                                rows == 3 ? 0.01 : 0.0, seed++);
                    }
                }
            }
        }
    }

    @Test
    void wideLayersAndLongBatchesMatchTheTextbookLoopsBitForBit() {
        // widths and batch sizes with every remainder of the four-way blocking
        checkCase(List.of(13, 9, 6, 3), Activation.TANH, Activation.SOFTMAX, Loss.CE, true, 37, 0.0, 3);
        checkCase(List.of(64, 32, 10), Activation.SIGMOID, Activation.SOFTMAX, Loss.CE, true, 32, 0.0, 4);
        checkCase(List.of(2, 8, 8, 8, 1), Activation.TANH, Activation.TANH, Loss.SQUARED, true, 10, 0.001, 5);
        checkCase(List.of(7, 11, 5), Activation.RELU, Activation.SIGMOID, Loss.BCE, false, 150, 0.0, 6);
        // more than two vectors of units and samples, none of them whole
        checkCase(List.of(21, 19, 17), Activation.TANH, Activation.SOFTMAX, Loss.CE, true, 33, 0.0, 7);
        checkCase(List.of(5, 18, 1), Activation.IDENTITY, Activation.IDENTITY, Loss.SQUARED, true, 17, 0.0, 8);
    }

    @Test
    void forwardAndActivationBufferAreRowMajor() {
        Architecture arch = new Architecture(List.of(2, 3, 2), List.of(Activation.TANH, Activation.IDENTITY),
                true, Loss.SQUARED);
        Parameters p = new Initializer("xavier", 42, 0).initialise(arch);
        p.biasesOf(1)[1] = 0.25;
        Workspace ws = new Workspace(arch, 4);
        double[][] x = {{0.5, -1.0}, {2.0, 0.0}, {-0.3, 0.7}};
        for (int r = 0; r < 3; r++) {
            ws.inputBuffer()[2 * r] = x[r][0];
            ws.inputBuffer()[2 * r + 1] = x[r][1];
        }
        double[] out = new Network(p).forward(ws, 3);
        for (int r = 0; r < 3; r++) {
            // y_k = Σ_j tanh(Σ_i x_i W1_ij + b1_j) W2_jk + b2_k, by hand
            for (int k = 0; k < 2; k++) {
                double y = 0;
                for (int j = 0; j < 3; j++) {
                    double h = Math.tanh(x[r][0] * p.weightsOf(0)[j] + x[r][1] * p.weightsOf(0)[3 + j]);
                    y += h * p.weightsOf(1)[j * 2 + k];
                }
                y += p.biasesOf(1)[k];
                assertEquals(y, out[r * 2 + k], 1e-15);
                assertEquals(y, ws.activationBuffer(1)[r * 2 + k], 1e-15);
            }
        }
    }
}
