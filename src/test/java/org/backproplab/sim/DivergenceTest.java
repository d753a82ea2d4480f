package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.DivergenceException;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * Training that overflows stops at the iteration where it happens, naming the layer and the
 * quantity. The iterations are worked by hand on y = w x with squared loss J = ½ (w x)²
 * (t = 0), whose gradient is w x², so SGD gives w ← w (1 − α x²).
 */
class DivergenceTest {

    /** A 1-…-1 identity network, no biases, one sample x with target 0. */
    static String lab(String layers, String activations, String weights, double x, double learningRate) {
        return """
                {"format": "backprop-lab/1",
                 "network": {"layers": %s, "activations": %s, "bias": false, "loss": "squared"},
                 "parameters": {"weights": %s, "biases": null},
                 "data": {"inputs": [[%s]], "targets": [[0]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": %s}, "epochs": 10}}
                """.formatted(layers, activations, weights, x, learningRate);
    }

    static DivergenceException train(String json) {
        LabFile lab = LabReader.parse(json, "divergence.lab.json", null);
        TrainingSession s = LabRun.start(lab).session();
        return assertThrows(DivergenceException.class, () -> {
            for (int k = 0; k < 1000; k++) {
                s.iterate(false);
            }
        });
    }

    @Test
    void lossOverflowingAtTheThirdIterationIsReportedThereForTheOutputLayer() {
        // α = 1e100, x = 1, w = 1: w1 = 1 − 1e100 = −1e100, w2 = −1e100 (1 − 1e100) = 1e200 (J2 = ½·1e200 finite),
        // J3 = ½ (1e200)² = ∞
        DivergenceException e = train(lab("[1, 1]", "[\"identity\"]", "[[[1.0]]]", 1, 1e100));
        assertEquals("training diverged at iteration 3: the loss of output layer 1 became NaN or infinite"
                + " (try a smaller learning rate)", e.getMessage());
    }

    @Test
    void weightsOverflowingInTheFirstUpdateAreReportedWithTheirLayer() {
        // x = 1e100, w = 1: J1 = ½·1e200 (finite), g = w x² = 1e200, α g = 1e200·1e200 = ∞ → w1 = −∞
        DivergenceException e = train(lab("[1, 1]", "[\"identity\"]", "[[[1.0]]]", 1e100, 1e200));
        assertEquals("training diverged at iteration 1: the weights of layer 1 became NaN or infinite"
                + " (try a smaller learning rate)", e.getMessage());
    }

    @Test
    void preActivationOverflowInTheSecondLayerIsReportedForThatLayer() {
        // W1 = W2 = 1e200, x = 1: z1 = 1e200, z2 = 1e400 = ∞ already in the first forward pass
        DivergenceException e = train(lab("[1, 1, 1]", "[\"identity\", \"identity\"]", "[[[1e200]], [[1e200]]]", 1, 0.1));
        assertEquals("training diverged at iteration 1: the pre-activations z of layer 2 became NaN or infinite"
                + " (try a smaller learning rate)", e.getMessage());
    }

    @Test
    void hugeLearningRateOnATanhNetworkStopsWithTheLayerAndQuantityNamed() {
        DivergenceException e = train("""
                {"format": "backprop-lab/1",
                 "network": {"layers": [2, 4, 1], "activations": ["tanh", "identity"], "bias": true, "loss": "squared"},
                 "init": {"scheme": "xavier", "seed": 3},
                 "data": {"inputs": [[1, 2], [-1, 0.5], [0.3, -2]], "targets": [[3], [-2], [1]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 1e12}, "epochs": 10}}
                """);
        assertTrue(e.getMessage().matches("training diverged at iteration \\d+: .* of (output )?layer \\d+ became NaN"
                + " or infinite \\(try a smaller learning rate\\)"), e.getMessage());
    }
}
