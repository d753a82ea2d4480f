package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LayerGradientSizesTest {

    @Test
    void rmsOfHandWorkedMatrices() {
        // [[3, 4]]: sqrt((9 + 16) / 2); [[1, −1], [1, −1]]: 1; [[0, 0, 0]]: 0
        assertEquals(Math.sqrt(12.5), LayerGradientSizes.rms(Matrix.of(new double[][] {{3, 4}})), 1e-15);
        assertEquals(1.0, LayerGradientSizes.rms(Matrix.of(new double[][] {{1, -1}, {1, -1}})), 1e-15);
        assertEquals(0.0, LayerGradientSizes.rms(Matrix.of(new double[][] {{0, 0, 0}})), 0);
    }

    @Test
    void sizesOfAHandMadePassAreTheRmsOfItsGradients() {
        Matrix x = Matrix.of(new double[][] {{1, 2}});
        LayerTrace hidden = new LayerTrace(x, x, x, Matrix.of(new double[][] {{0.3, -0.4}}),
                Matrix.of(new double[][] {{2, 0}, {0, 0}}), null);
        LayerTrace output = new LayerTrace(x, x, x, Matrix.of(new double[][] {{6, 8}, {0, 0}}),
                Matrix.of(new double[][] {{1e-6}}), null);
        Pass pass = new Pass(x, x, List.of(hidden, output), 0.5, x);
        LayerGradientSizes s = LayerGradientSizes.of(pass);
        assertEquals(2, s.layers());
        assertEquals(1.0, s.weightRms(0), 1e-15);          // sqrt(4 / 4)
        assertEquals(Math.sqrt(0.125), s.deltaRms(0), 1e-15); // sqrt((0.09 + 0.16) / 2)
        assertEquals(1e-6, s.weightRms(1), 1e-21);
        assertEquals(5.0, s.deltaRms(1), 1e-15);            // sqrt(100 / 4)
        assertEquals(1e6, s.firstToLastWeightRatio(), 1e-3);
        assertEquals(Math.sqrt(0.125) / 5, s.firstToLastDeltaRatio(), 1e-15);
    }

    @Test
    void sizesOfAComputedPassEqualAnIndependentSumOverItsArrays() {
        Random rnd = new Random(42);
        Architecture arch = new Architecture(List.of(3, 5, 4, 2), List.of(Activation.TANH, Activation.SIGMOID,
                Activation.SIGMOID), true, Loss.BCE);
        Parameters p = new Initializer("normal", 9, 1.0).initialise(arch);
        double[][] in = new double[6][3];
        double[][] t = new double[6][2];
        for (int r = 0; r < 6; r++) {
            for (int j = 0; j < 3; j++) {
                in[r][j] = rnd.nextGaussian();
            }
            t[r][rnd.nextInt(2)] = 1;
        }
        Pass pass = new Network(p).computePass(Matrix.of(in), Matrix.of(t), 0.01);
        LayerGradientSizes s = LayerGradientSizes.of(pass);
        for (int l = 0; l < 3; l++) {
            double[][] dw = pass.layers().get(l).dLossDWeights().toArray();
            double[][] delta = pass.layers().get(l).dLossDPreActivation().toArray();
            assertEquals(independentRms(dw), s.weightRms(l), 1e-15 * independentRms(dw));
            assertEquals(independentRms(delta), s.deltaRms(l), 1e-15 * independentRms(delta));
        }
    }

    // sqrt of the mean square via the 2-norm of the flattened entries (Math.hypot, no shared code)
    private static double independentRms(double[][] m) {
        double norm = 0;
        int n = 0;
        for (double[] row : m) {
            for (double v : row) {
                norm = Math.hypot(norm, v);
                n++;
            }
        }
        return norm / Math.sqrt(n);
    }
}
