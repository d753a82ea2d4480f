package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Network;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Workspace;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * The bipolar perceptron of lecture 003: a {@code sign} output with targets −1/+1 trained by
 * Rosenblatt's rule w ← w − η (y − d) x.
 */
class SignPerceptronTest {
    static final String SIGN_PERCEPTRON = """
            {"format": "backprop-lab/1", "title": "bipolar perceptron",
             "network": {"layers": [2, 1], "activations": ["sign"], "bias": true, "loss": "perceptron"},
             "init": {"scheme": "zeros"},
             "data": {"csv": "iris.csv", "features": ["sepal_length_cm", "petal_length_cm"], "target": "species",
                      "classes": ["setosa", "versicolor"], "standardize": true},
             "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 1, "seed": 1, "shuffle": true}}
            """;

    @Test
    void oneMisclassifiedSampleMovesTheWeightsByMinusEtaTimesErrorTimesInput() {
        // w = [0.5, −0.25], b = 0.1, x = [2, 1]: z = 0.85 → y = +1 but d = −1: y − d = 2, η = 0.5:
        // w ← [0.5, −0.25] − 0.5·2·[2, 1] = [−1.5, −1.25], b ← 0.1 − 0.5·2 = −0.9
        Parameters p = new Parameters(new Architecture(List.of(2, 1), List.of(Activation.SIGN), true, Loss.PERCEPTRON));
        System.arraycopy(new double[] {0.5, -0.25}, 0, p.weightsOf(0), 0, 2);
        p.biasesOf(0)[0] = 0.1;
        Network network = new Network(p);
        Workspace ws = new Workspace(p.architecture(), 1);
        ws.inputBuffer()[0] = 2;
        ws.inputBuffer()[1] = 1;
        ws.targetBuffer()[0] = -1;
        network.computeGradients(ws, 1, 0);
        network.applyUpdateInPlace(ws, Optimizer.sgd(0.5));
        assertArrayEquals(new double[] {-1.5, -1.25}, p.weightsOf(0), 1e-15);
        assertEquals(-0.9, p.biasesOf(0)[0], 1e-15);
        // now z = −3 − 1.25 − 0.9 < 0 → y = −1 = d: no further change
        network.computeGradients(ws, 1, 0);
        network.applyUpdateInPlace(ws, Optimizer.sgd(0.5));
        assertArrayEquals(new double[] {-1.5, -1.25}, p.weightsOf(0), 1e-15);
    }

    @Test
    void signPerceptronSeparatesSetosaFromVersicolorWithinTenEpochs() {
        LabRun run = LabRun.start(LabReader.parse(SIGN_PERCEPTRON, "sign perceptron", null));
        Dataset train = run.data().train();
        assertEquals(100, train.rows());
        double[] target = new double[1];
        for (int r = 0; r < train.rows(); r++) {
            train.copyTargets(r, target, 0);
            assertEquals(train.label(r) == 1 ? 1.0 : -1.0, target[0], 0, "targets −1/+1, row " + r);
        }
        TrainingSession session = run.session();
        int cleanEpoch = -1;
        for (int epoch = 1; epoch <= 10 && cleanEpoch < 0; epoch++) {
            if (session.runEpoch() == 0) {
                cleanEpoch = epoch;
            }
        }
        assertTrue(cleanEpoch > 0, "an epoch with 0 errors within 10 epochs");
        assertEquals(1.0, Metrics.evaluate(session.network(), train, 0).accuracy());
        // the learned line, checked by hand: class 1 (y = +1) exactly where w·x + b ≥ 0
        Parameters p = session.network().parameters();
        double[] w = p.weightsOf(0);
        double b = p.biasesOf(0)[0];
        for (int r = 0; r < train.rows(); r++) {
            double z = w[0] * train.input(r, 0) + w[1] * train.input(r, 1) + b;
            assertEquals(train.label(r), z >= 0 ? 1 : 0, "row " + r);
        }
    }
}
