package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Workspace;
import org.junit.jupiter.api.Test;

/**
 * The decision map's own forward pass against the engine's {@code Network.forward} cell by cell,
 * with class and confidence worked out here from the engine's outputs; and the shading of known
 * cells against colours mixed by hand.
 */
class GridEvaluatorTest {
    private static final int COLUMNS = 41;
    private static final int ROWS = 29;
    private static final double X_MIN = -3.1;
    private static final double X_MAX = 2.7;
    private static final double Y_MIN = -2.2;
    private static final double Y_MAX = 2.9;

    @Test
    void softmaxMlpLikeTheIrisLessonMatchesNetworkForward() {
        check(arch(List.of(2, 8, 8, 3), List.of(Activation.TANH, Activation.TANH, Activation.SOFTMAX), true, Loss.CE));
    }

    @Test
    void sigmoidOutputsMatchNetworkForward() {
        check(arch(List.of(2, 5, 1), List.of(Activation.SIGMOID, Activation.SIGMOID), true, Loss.BCE));
        check(arch(List.of(2, 1), List.of(Activation.SIGMOID), false, Loss.BCE));
    }

    @Test
    void tanhReluIdentityAndStepOutputsMatchNetworkForward() {
        check(arch(List.of(2, 4, 1), List.of(Activation.TANH, Activation.TANH), true, Loss.SQUARED));
        check(arch(List.of(2, 6, 4), List.of(Activation.RELU, Activation.IDENTITY), true, Loss.SQUARED));
        check(arch(List.of(2, 7, 3), List.of(Activation.SIGMOID, Activation.SIGMOID), false, Loss.SQUARED));
        check(arch(List.of(2, 5, 1), List.of(Activation.RELU, Activation.STEP), true, Loss.PERCEPTRON));
        check(arch(List.of(2, 3, 3, 3, 2), List.of(Activation.RELU, Activation.TANH, Activation.SIGMOID,
                Activation.SOFTMAX), true, Loss.CE));
    }

    @Test
    void softplusNetworksMatchNetworkForward() {
        // a sigmoid output's confidence is 2·|y − ½|: the map's y equals the engine's to 1e-6
        check(arch(List.of(2, 6, 1), List.of(Activation.SOFTPLUS, Activation.SIGMOID), true, Loss.BCE));
        check(arch(List.of(2, 5, 4, 3), List.of(Activation.SOFTPLUS, Activation.SOFTPLUS, Activation.SOFTMAX), true,
                Loss.CE));
        check(arch(List.of(2, 4, 2), List.of(Activation.TANH, Activation.SOFTPLUS), false, Loss.SQUARED));
    }

    @Test
    void leakyReluAndSignNetworksMatchNetworkForward() {
        check(arch(List.of(2, 6, 1), List.of(Activation.LEAKY_RELU, Activation.TANH), true, Loss.SQUARED));
        check(arch(List.of(2, 5, 3), List.of(Activation.LEAKY_RELU, Activation.SOFTMAX), true, Loss.CE));
        check(arch(List.of(2, 1), List.of(Activation.SIGN), true, Loss.PERCEPTRON));
        check(arch(List.of(2, 4, 1), List.of(Activation.SIGN, Activation.SIGMOID), true, Loss.BCE));
    }

    @Test
    void firstLayersWithHugeWeightsMatchNetworkForwardToo() {
        // e^(2z) of the first layer overflows its factored form beyond |z| = 175: those units
        // take the unfactored path, the others stay factored
        check(arch(List.of(2, 6, 3), List.of(Activation.TANH, Activation.SOFTMAX), true, Loss.CE), 90);
        check(arch(List.of(2, 6, 1), List.of(Activation.SIGMOID, Activation.SIGMOID), true, Loss.BCE), 150);
    }

    @Test
    void shadingMixesTheClassColourIntoWhiteByConfidence() {
        // class 2 (#009e73), confidence 0.5: α = 0.44, channel = 255·0.56 + 0.44·component
        // → (142.8, 212.32, 193.4); class 0 (#0072b2), confidence 0.25: α = 0.31
        // → (175.95, 211.29, 231.13); class 1 (#e69f00), confidence 0.1: α = 0.232 → (249.2, 232.728, 195.84)
        DecisionGrid grid = new DecisionGrid(3, 1, new int[] {2, 0, 1}, new double[] {0.5, 0.25, 0.1});
        int[] argb = RegionPainter.shade(grid);
        assertArrayEquals(new int[] {rgb(143, 212, 193), rgb(176, 211, 231), rgb(249, 233, 196)}, argb);
    }

    private static int rgb(int r, int g, int b) {
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    private static Architecture arch(List<Integer> sizes, List<Activation> activations, boolean bias, Loss loss) {
        return new Architecture(sizes, activations, bias, loss);
    }

    private static void check(Architecture arch) {
        check(arch, 1.5);
    }

    // ten random networks of the shape: every cell's class and confidence as the engine gives them
    private static void check(Architecture arch, double firstLayerSd) {
        Random rnd = new Random(arch.hashCode());
        for (int n = 0; n < 10; n++) {
            Parameters p = new Parameters(arch);
            for (int l = 0; l < arch.layerCount(); l++) {
                fill(p.weightsOf(l), rnd, l == 0 ? firstLayerSd : 1.5);
                if (p.hasBiases()) {
                    fill(p.biasesOf(l), rnd, 0.8);
                }
            }
            double[] before = p.weightsOf(0).clone();
            DecisionGrid grid = DecisionGrid.compute(p, X_MIN, X_MAX, Y_MIN, Y_MAX, COLUMNS, ROWS);
            assertArrayEquals(before, p.weightsOf(0), "parameters untouched");
            Network network = new Network(p);
            Workspace ws = new Workspace(arch, 1);
            for (int r = 0; r < ROWS; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    ws.inputBuffer()[0] = X_MIN + (c + 0.5) * (X_MAX - X_MIN) / COLUMNS;
                    ws.inputBuffer()[1] = Y_MAX - (r + 0.5) * (Y_MAX - Y_MIN) / ROWS;
                    double[] out = Arrays.copyOf(network.forward(ws, 1), arch.outputSize());
                    int cell = r * COLUMNS + c;
                    String where = arch + " net " + n + " cell " + c + "," + r + " outputs " + Arrays.toString(out);
                    assertEquals(confidence(out, arch.outputActivation()), grid.confidence()[cell], 1e-6, where);
                    if (margin(out, arch.outputActivation()) > 1e-9) {
                        assertEquals(predicted(out, arch.outputActivation()), grid.classAt(c, r), where);
                    }
                }
            }
        }
    }

    private static void fill(double[] a, Random rnd, double sd) {
        for (int i = 0; i < a.length; i++) {
            a[i] = sd * rnd.nextGaussian();
        }
    }

    // tanh, identity and sign outputs decide at 0, the others at 0.5
    private static double threshold(Activation g) {
        return g == Activation.TANH || g == Activation.IDENTITY || g == Activation.SIGN ? 0 : 0.5;
    }

    private static int predicted(double[] out, Activation g) {
        if (out.length == 1) {
            return out[0] > threshold(g) ? 1 : 0;
        }
        int best = 0;
        for (int k = 1; k < out.length; k++) {
            best = out[k] > out[best] ? k : best;
        }
        return best;
    }

    // distance from the nearest tie (where rounding may pick either class)
    private static double margin(double[] out, Activation g) {
        if (out.length == 1) {
            return Math.abs(out[0] - threshold(g));
        }
        double[] sorted = out.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 1] - sorted[sorted.length - 2];
    }

    private static double confidence(double[] out, Activation g) {
        if (out.length == 1) {
            return Math.min(1, Math.abs(out[0] - threshold(g)) / (g == Activation.SIGMOID ? 0.5 : 1));
        }
        double top = Arrays.stream(out).max().orElseThrow();
        if (g == Activation.SOFTMAX) {
            // probabilities from 1/K (undecided) to 1 (certain)
            double chance = 1.0 / out.length;
            return Math.max(0, Math.min(1, (top - chance) / (1 - chance)));
        }
        return Math.max(0, Math.min(1, top));
    }
}
