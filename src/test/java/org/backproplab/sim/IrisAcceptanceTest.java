package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.Dataset;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 2's Iris acceptance: sepal length vs petal length, standardised, from the built-in
 * {@code iris.csv}.
 */
class IrisAcceptanceTest {
    static final String PERCEPTRON = """
            {"format": "backprop-lab/1", "title": "perceptron",
             "network": {"layers": [2, 1], "activations": ["step"], "bias": true, "loss": "perceptron"},
             "init": {"scheme": "zeros"},
             "data": {"csv": "iris.csv", "features": ["sepal_length_cm", "petal_length_cm"], "target": "species",
                      "classes": ["setosa", "versicolor"], "standardize": true},
             "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 1, "seed": 1, "shuffle": true}}
            """;
    static final String MLP = """
            {"format": "backprop-lab/1", "title": "mlp",
             "network": {"layers": [2, 8, 8, 3], "activations": ["tanh", "tanh", "softmax"], "bias": true, "loss": "ce"},
             "init": {"scheme": "xavier", "seed": 7},
             "data": {"csv": "iris.csv", "features": ["sepal_length_cm", "petal_length_cm"], "target": "species",
                      "classes": ["setosa", "versicolor", "virginica"], "standardize": true},
             "training": {"optimizer": {"type": "momentum", "learningRate": 0.1, "beta": 0.9}, "batchSize": 10,
                          "seed": 1, "shuffle": true}}
            """;

    @Test
    void perceptronRuleSeparatesSetosaFromVersicolorWithinTenEpochs() {
        LabRun run = LabRun.start(LabReader.parse(PERCEPTRON, "perceptron", null));
        Dataset train = run.data().train();
        assertEquals(100, train.rows());
        TrainingSession session = run.session();
        int cleanEpoch = -1;
        for (int epoch = 1; epoch <= 10 && cleanEpoch < 0; epoch++) {
            if (session.runEpoch() == 0) {
                cleanEpoch = epoch;
            }
        }
        assertTrue(cleanEpoch > 0, "an epoch with 0 errors within 10 epochs");
        assertEquals(1.0, Metrics.evaluate(session.network(), train, 0).accuracy());
        // independent check of the learned line: class 1 exactly where w·x + b > 0
        Parameters p = session.network().parameters();
        double[] w = p.weightsOf(0);
        double b = p.biasesOf(0)[0];
        for (int r = 0; r < train.rows(); r++) {
            double z = w[0] * train.input(r, 0) + w[1] * train.input(r, 1) + b;
            assertEquals(train.label(r), z > 0 ? 1 : 0, "row " + r);
        }
        // an epoch without errors makes no updates, so the next epoch has none either
        assertEquals(0, session.runEpoch());
    }

    @Test
    void softmaxMlpReachesNinetyFivePercentTrainingAccuracyOnThreeClasses() {
        // 2-8-8-3 tanh/tanh/softmax, ce, Xavier seed 7, momentum α = 0.1 β = 0.9, batches of 10,
        // shuffled, 300 epochs over all 150 rows
        LabRun run = LabRun.start(LabReader.parse(MLP, "mlp", null));
        assertEquals(150, run.data().train().rows());
        TrainingSession session = run.session();
        for (int epoch = 0; epoch < 300; epoch++) {
            session.runEpoch();
        }
        Metrics m = Metrics.evaluate(session.network(), run.data().train(), 0);
        assertTrue(m.accuracy() >= 0.95, "training accuracy " + m.accuracy());
        // per class, with an independent forward pass: h1 = tanh(x W1 + b1), h2 = tanh(h1 W2 + b2),
        // predicted class = argmax(h2 W3 + b3) (softmax keeps the order)
        Dataset train = run.data().train();
        Parameters p = session.network().parameters();
        int[] right = new int[3];
        for (int r = 0; r < train.rows(); r++) {
            double[] a = {train.input(r, 0), train.input(r, 1)};
            for (int l = 0; l < 3; l++) {
                a = dense(a, p.weightsOf(l), p.biasesOf(l), l < 2);
            }
            int best = 0;
            for (int k = 1; k < 3; k++) {
                best = a[k] > a[best] ? k : best;
            }
            right[train.label(r)] += best == train.label(r) ? 1 : 0;
        }
        assertEquals(50, right[0], "every Setosa right");
        assertTrue(right[1] + right[2] >= 93, "Versicolor " + right[1] + "/50, Virginica " + right[2] + "/50");
        assertEquals(m.accuracy(), (right[0] + right[1] + right[2]) / 150.0, 1e-12);
    }

    @Test
    void irisMlpLessonSettingsGeneraliseToItsTestSet() {
        LabFile lab = LabReader.parse(MLP.replace("\"standardize\": true", "\"standardize\": true, \"testFraction\": 0.2"),
                "mlp-split", null);
        LabRun run = LabRun.start(lab);
        for (int epoch = 0; epoch < 300; epoch++) {
            run.session().runEpoch();
        }
        assertTrue(Metrics.evaluate(run.session().network(), run.data().train(), 0).accuracy() >= 0.95);
        assertTrue(Metrics.evaluate(run.session().network(), run.data().test(), 0).accuracy() >= 0.9);
    }

    /** z_j = Σ_i a_i W_ij + b_j, then tanh when asked. */
    private static double[] dense(double[] a, double[] w, double[] b, boolean tanh) {
        int out = b.length;
        double[] z = new double[out];
        for (int j = 0; j < out; j++) {
            z[j] = b[j];
            for (int i = 0; i < a.length; i++) {
                z[j] += a[i] * w[i * out + j];
            }
            z[j] = tanh ? Math.tanh(z[j]) : z[j];
        }
        return z;
    }
}
