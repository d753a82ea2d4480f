package org.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backproplab.engine.Parameters;
import org.backproplab.sim.LabRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** read → write → read gives an equal lab. */
class LabWriterTest {
    static final String INLINE_EXPLICIT = """
            {"format": "backprop-lab/1", "title": "Inline \\"quoted\\" — explicit",
             "network": {"layers": [2, 3, 1], "activations": ["sigmoid", "sigmoid"], "bias": false, "loss": "bce"},
             "parameters": {"weights": [[[1.0, -1.0, 3.0], [2.0, 2.0, -1.0]], [[0.30000000000000004], [1.0E-300], [-0.1]]],
                            "biases": null},
             "data": {"inputs": [[5.0, 3.0], [-1, 0.5]], "targets": [[1.0], [0]]},
             "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 0, "epochs": 1, "seed": 1}}
            """;
    static final String CSV_INIT = """
            {"format": "backprop-lab/1", "title": "Iris",
             "network": {"layers": [2, 8, 3], "activations": ["relu", "softmax"], "loss": "ce"},
             "init": {"scheme": "normal", "std": 0.25, "seed": 99},
             "data": {"csv": "datasets/iris.csv", "features": ["sepal_length_cm", "petal_length_cm"],
                      "target": "species", "classes": ["setosa", "versicolor", "virginica"],
                      "standardize": true, "testFraction": 0.2, "seed": 5},
             "training": {"optimizer": {"type": "momentum", "learningRate": 0.05, "beta": 0.8},
                          "regularization": {"l2": 0.001}, "batchSize": 16, "epochs": 40, "seed": 3, "shuffle": true}}
            """;
    static final String GENERATOR_INIT = """
            {"format": "backprop-lab/1", "title": "Spiral",
             "network": {"layers": [2, 4, 1], "activations": ["tanh", "tanh"], "bias": true, "loss": "squared"},
             "init": {"scheme": "uniform", "epsilon": 0.3, "seed": 4},
             "data": {"generator": "spiral", "points": 120, "noise": 0.15, "seed": 8, "testFraction": 0.25},
             "training": {"optimizer": {"type": "nesterov", "learningRate": 0.02, "momentum": 0.95},
                          "batchSize": 8, "epochs": 5, "seed": 2}}
            """;
    static final String BIASES_XAVIER = """
            {"format": "backprop-lab/1",
             "network": {"layers": [1, 2, 2], "activations": ["identity", "softmax"], "bias": true, "loss": "ce"},
             "parameters": {"weights": [[[0.5, -0.25]], [[1, 2], [3, 4]]], "biases": [[0.1, 0.2], [-0.3, 0.4]]},
             "data": {"inputs": [[1]], "targets": [[0, 1]]}}
            """;

    @TempDir
    Path dir;

    private static LabFile roundTrip(String json) {
        LabFile lab = LabReader.parse(json, "lab.json", null);
        LabFile again = LabReader.parse(LabWriter.toJson(lab), "written.json", null);
        assertEquals(lab, again);
        return lab;
    }

    @Test
    void inlineLabWithExplicitParametersRoundTrips() {
        LabFile lab = roundTrip(INLINE_EXPLICIT);
        assertEquals(0.30000000000000004, lab.parameters().weightsOf(1)[0], "full double precision kept");
        assertEquals("Inline \"quoted\" — explicit", lab.title());
    }

    @Test
    void csvLabWithNormalInitMomentumAndL2RoundTrips() {
        LabFile lab = roundTrip(CSV_INIT);
        assertEquals(0.25, lab.init().scale());
        assertEquals(0.001, lab.training().l2());
    }

    @Test
    void generatorLabWithUniformInitAndNesterovRoundTrips() {
        LabFile lab = roundTrip(GENERATOR_INIT);
        assertEquals(0.95, lab.training().momentum());
    }

    @Test
    void labWithBiasesAndDefaultTitleRoundTrips() {
        LabFile lab = roundTrip(BIASES_XAVIER);
        assertEquals(-0.3, lab.parameters().biasesOf(1)[0]);
    }

    @Test
    void differentLabsDoNotCompareEqual() {
        LabFile a = LabReader.parse(INLINE_EXPLICIT, "a", null);
        LabFile b = LabReader.parse(INLINE_EXPLICIT.replace("[-1, 0.5]", "[-1, 0.25]"), "b", null);
        assertNotEquals(a, b, "the round-trip check compares data values");
    }

    @Test
    void writtenFileReadsBackEqualAndLooksLikeALabFile() throws Exception {
        LabFile lab = LabReader.parse(INLINE_EXPLICIT, "lab.json", null);
        Path file = dir.resolve("saved.lab.json");
        LabWriter.write(lab, file);
        assertEquals(lab.withSource(file), LabReader.read(file));
        String text = Files.readString(file);
        assertTrue(text.contains("\"format\": \"backprop-lab/1\""), text);
        assertTrue(text.contains("[1.0, -1.0, 3.0]"), "a weight row on one line:\n" + text);
    }

    @Test
    void savingCurrentParametersStoresTheTrainedWeights() {
        LabFile lab = LabReader.parse(GENERATOR_INIT, "lab.json", null);
        LabRun run = LabRun.start(lab);
        run.session().runEpoch();
        Parameters trained = run.session().network().parameters();
        LabFile saved = LabReader.parse(LabWriter.toJson(lab.withParameters(trained)), "saved.json", null);
        assertNull(saved.init());
        assertEquals(trained, saved.parameters());
        assertNotEquals(lab.initialParameters(), saved.initialParameters(), "training changed the weights");
        assertEquals(lab.data(), saved.data());
        assertEquals(lab.training(), saved.training());
    }
}
