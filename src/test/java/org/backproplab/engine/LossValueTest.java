package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LossValue} on unit-major buffers matches the textbook sums. */
class LossValueTest {

    @Test
    void stableLossEqualsTheTextbookSumForEveryPair() {
        Random rnd = new Random(5);
        for (String[] pair : RandomNetworks.OUTPUT_LOSS) {
            Activation g = Activation.fromId(pair[0]);
            Loss loss = Loss.fromId(pair[1]);
            int rows = 5;
            int cols = 3;
            double[] z = new double[rows * cols];
            for (int i = 0; i < z.length; i++) {
                z[i] = 2 * rnd.nextGaussian();
            }
            double[] a = new double[z.length];
            g.forward(z, a, rows, cols);
            double[][] t2 = RandomNetworks.targets(rnd, pair[1], rows, cols);
            double[] t = new double[z.length];
            for (int r = 0; r < rows; r++) {
                System.arraycopy(t2[r], 0, t, r * cols, cols);
            }
            double unitMajor = LossValue.batchAverage(loss, g, byUnit(z, rows, cols), byUnit(a, rows, cols),
                    byUnit(t, rows, cols), rows, cols);
            // the textbook sum (1/n) Σ_r Σ_k ℓ(a_rk, t_rk) over the same activations
            double naive = 0;
            for (int i = 0; i < z.length; i++) {
                naive += switch (pair[1]) {
                    case "bce" -> -(t[i] * Math.log(a[i]) + (1 - t[i]) * Math.log(1 - a[i]));
                    case "ce" -> t[i] == 0 ? 0 : -t[i] * Math.log(a[i]);
                    case "squared" -> 0.5 * (a[i] - t[i]) * (a[i] - t[i]);
                    default -> (a[i] - t[i]) * z[i];
                };
            }
            assertEquals(naive / rows, unitMajor, 1e-12 * Math.max(1, Math.abs(naive)), pair[0] + "+" + pair[1]);
        }
    }

    static double[][] byUnit(double[] m, int rows, int cols) {
        double[][] out = new double[cols][rows];
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                out[k][r] = m[r * cols + k];
            }
        }
        return out;
    }
}
