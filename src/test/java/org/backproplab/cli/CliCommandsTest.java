package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradcheck}, {@code train} and {@code trace} run in-process on small labs. */
class CliCommandsTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path write(String name, String json) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    static final String TANH_SOFTMAX = """
            {"format": "backprop-lab/1",
             "network": {"layers": [2, 3, 3], "activations": ["tanh", "softmax"], "bias": true, "loss": "ce"},
             "init": {"scheme": "xavier", "seed": 2},
             "data": {"inputs": [[0.5, -1], [1.5, 0.2], [-0.7, 0.9], [0.1, 0.1], [-1.2, -0.4], [2, 1]],
                      "targets": [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [0, 0, 1]]},
             "training": {"optimizer": {"type": "sgd", "learningRate": 0.5}, "regularization": {"l2": 0.01},
                          "batchSize": 4, "epochs": 3, "seed": 1}}
            """;

    static final String RELU_SQUARED = """
            {"format": "backprop-lab/1",
             "network": {"layers": [3, 4, 2], "activations": ["relu", "identity"], "bias": true, "loss": "squared"},
             "init": {"scheme": "he", "seed": 11},
             "data": {"inputs": [[0.5, -1, 2], [1.5, 0.2, -0.3], [-0.7, 0.9, 0.4]],
                      "targets": [[0.3, -1], [2, 0.5], [-0.4, 1.2]]},
             "training": {"optimizer": {"type": "momentum", "learningRate": 0.1, "beta": 0.9},
                          "regularization": {"l2": 0.05}, "epochs": 2}}
            """;

    static final String PERCEPTRON = """
            {"format": "backprop-lab/1",
             "network": {"layers": [2, 1], "activations": ["step"], "bias": true, "loss": "perceptron"},
             "parameters": {"weights": [[[0.5], [-0.25]]], "biases": [[0.1]]},
             "data": {"inputs": [[1, 2], [2, -1], [-1, -1], [0.5, 1.5]], "targets": [[1], [0], [0], [1]]},
             "training": {"optimizer": {"type": "sgd", "learningRate": 0.5}, "batchSize": 1, "epochs": 4}}
            """;

    static double maxRelativeError(String out) {
        Matcher m = Pattern.compile("max_relative_error=(\\S+)").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void gradcheckPassesOnTheLectureAndOtherLabsWithTheErrorPrinted() throws Exception {
        Path lecture = TraceReferenceTest.resource("lecture-2-3-1-sigmoid.lab.json");
        for (Path lab : new Path[] {lecture, write("tanh.lab.json", TANH_SOFTMAX), write("relu.lab.json", RELU_SQUARED),
            write("perceptron.lab.json", PERCEPTRON)}) {
            Result r = run("gradcheck", lab.toString());
            assertEquals(0, r.code(), lab + ": " + r.out() + r.err());
            assertTrue(r.out().contains("PASS"), r.out());
            assertTrue(maxRelativeError(r.out()) < 1e-6, lab + ": " + r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void gradcheckCountsEveryWeightAndBias() throws Exception {
        // 2·3 + 3 + 3·3 + 3 = 21 parameters
        Result r = run("gradcheck", write("tanh.lab.json", TANH_SOFTMAX).toString());
        assertTrue(r.out().startsWith("parameters=21 "), r.out());
    }

    @Test
    void gradcheckFailsWithExitOneAtAReluKinkWhereTheDerivativeIsOneSided() throws Exception {
        // z1 = W1·x = 0 exactly: the engine uses relu'(0) = 0, so dJ/dW1 = 0, while J has slope
        // (y − t) W2 x = 1 to the right and 0 to the left; the central difference gives their mean 0.5
        Path lab = write("kink.lab.json", """
                {"format": "backprop-lab/1",
                 "network": {"layers": [1, 1, 1], "activations": ["relu", "identity"], "bias": false, "loss": "squared"},
                 "parameters": {"weights": [[[0.0]], [[1.0]]], "biases": null},
                 "data": {"inputs": [[1]], "targets": [[-1]]}}
                """);
        Result r = run("gradcheck", lab.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("FAIL"), r.out());
        assertTrue(r.out().contains("at=W1[0][0] analytic=0.0 "), r.out());
        Matcher m = Pattern.compile("numeric=(\\S+)").matcher(r.out());
        assertTrue(m.find());
        assertEquals(0.5, Double.parseDouble(m.group(1)), 1e-3);
        assertEquals(1.0, maxRelativeError(r.out()), 1e-3);
    }

    @Test
    void trainPrintsTheHeaderAndOneRowPerEpochWithHandComputedLosses() throws Exception {
        // y = w x + b, x = 2, t = 0 (class 0), w = 1, b = 0.5, SGD α = 0.25, one sample per epoch:
        // after epoch 1 w = −0.25, b = −0.125: y = −0.625, J = ½·0.390625 = 0.1953125, y ≤ 0 → class 0 (right)
        // after epoch 2 w = 0.0625, b = 0.03125: y = 0.15625, J = 0.01220703125, y > 0 → class 1 (wrong)
        Path lab = write("linear.lab.json", """
                {"format": "backprop-lab/1",
                 "network": {"layers": [1, 1], "activations": ["identity"], "bias": true, "loss": "squared"},
                 "parameters": {"weights": [[[1.0]]], "biases": [[0.5]]},
                 "data": {"inputs": [[2]], "targets": [[0]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.25}, "epochs": 2}}
                """);
        Result r = run("train", lab.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertArrayEquals(new String[] {"epoch,train_loss,train_accuracy,test_loss,test_accuracy",
            "1,0.1953125,1.0,,", "2,0.01220703125,0.0,,"}, lines);
    }

    @Test
    void trainEpochsOptionOverridesTheLabAndEveryRowIsNumbered() throws Exception {
        Result r = run("train", write("tanh.lab.json", TANH_SOFTMAX).toString(), "--epochs", "7");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals(8, lines.length);
        assertEquals("epoch,train_loss,train_accuracy,test_loss,test_accuracy", lines[0]);
        for (int e = 1; e <= 7; e++) {
            String[] cells = lines[e].split(",", -1);
            assertEquals(5, cells.length, lines[e]);
            assertEquals(String.valueOf(e), cells[0]);
            assertTrue(Double.parseDouble(cells[1]) > 0);
            double acc = Double.parseDouble(cells[2]);
            assertTrue(acc >= 0 && acc <= 1);
        }
    }

    @Test
    void perceptronTrainingAddsTheErrorsColumn() throws Exception {
        Result r = run("train", write("perceptron.lab.json", PERCEPTRON).toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\\R");
        assertEquals("epoch,train_loss,train_accuracy,test_loss,test_accuracy,errors", lines[0]);
        assertEquals(5, lines.length);
        for (int e = 1; e <= 4; e++) {
            assertEquals(6, lines[e].split(",", -1).length, lines[e]);
        }
    }

    @Test
    void traceStepsChainEachForwardPassToThePreviousWeightsAfter() throws Exception {
        Result r = run("trace", write("tanh.lab.json", TANH_SOFTMAX).toString(), "--steps", "3");
        assertEquals(0, r.code(), r.err());
        JsonNode steps = new ObjectMapper().readTree(r.out()).get("steps");
        assertEquals(3, steps.size());
        double[][] x = {{0.5, -1}, {1.5, 0.2}, {-0.7, 0.9}, {0.1, 0.1}, {-1.2, -0.4}, {2, 1}};
        // batches of 4 in data order: rows 0–3, then 4–5 (end of epoch), then 0–3 again
        int[][] batches = {{0, 1, 2, 3}, {4, 5}, {0, 1, 2, 3}};
        for (int k = 0; k < 3; k++) {
            JsonNode step = steps.get(k);
            assertEquals(k + 1, step.get("step").asInt());
            JsonNode z1 = step.get("layers").get(0).get("preActivation");
            assertEquals(batches[k].length, z1.size());
            if (k == 0) {
                continue;
            }
            JsonNode prev = steps.get(k - 1);
            JsonNode w1 = prev.get("weightsAfter").get(0);
            JsonNode b1 = prev.get("biasesAfter").get(0);
            JsonNode w2 = prev.get("weightsAfter").get(1);
            JsonNode b2 = prev.get("biasesAfter").get(1);
            double sumSquares = sumOfSquares(w1) + sumOfSquares(w2);
            double dataLoss = 0;
            for (int r2 = 0; r2 < batches[k].length; r2++) {
                double[] in = x[batches[k][r2]];
                // z1 = x · W1 + b1 with step k's weightsAfter, a1 = tanh(z1), z2 = a1 · W2 + b2
                double[] a1 = new double[3];
                for (int j = 0; j < 3; j++) {
                    double z = b1.get(j).asDouble() + in[0] * w1.get(0).get(j).asDouble()
                            + in[1] * w1.get(1).get(j).asDouble();
                    assertEquals(z, z1.get(r2).get(j).asDouble(), 1e-12, "step " + (k + 1) + " z1");
                    a1[j] = Math.tanh(z);
                }
                double[] z2 = new double[3];
                double norm = 0;
                for (int j = 0; j < 3; j++) {
                    z2[j] = b2.get(j).asDouble();
                    for (int i = 0; i < 3; i++) {
                        z2[j] += a1[i] * w2.get(i).get(j).asDouble();
                    }
                    assertEquals(z2[j], step.get("layers").get(1).get("preActivation").get(r2).get(j).asDouble(), 1e-12);
                    norm += Math.exp(z2[j]);
                }
                // target class of row i is i mod 3: J_r = −ln softmax(z2)_class
                int cls = batches[k][r2] % 3;
                dataLoss += -(z2[cls] - Math.log(norm));
            }
            // loss = mean cross-entropy + (λ/2) Σ w² with λ = 0.01, both from step k's weightsAfter
            double expected = dataLoss / batches[k].length + 0.005 * sumSquares;
            assertEquals(expected, step.get("loss").asDouble(), 1e-12 * Math.max(1, expected), "step " + (k + 1));
            // weightsAfter = weights before − α dJ/dW (SGD, α = 0.5)
            JsonNode g = step.get("layers").get(0).get("dLoss_dWeights");
            JsonNode after = step.get("weightsAfter").get(0);
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals(w1.get(i).get(j).asDouble() - 0.5 * g.get(i).get(j).asDouble(),
                            after.get(i).get(j).asDouble(), 1e-15);
                }
            }
        }
        assertNotEquals(steps.get(0).get("weightsAfter"), steps.get(2).get("weightsAfter"));
    }

    static double sumOfSquares(JsonNode m) {
        double s = 0;
        for (JsonNode row : m) {
            for (JsonNode v : row) {
                s += v.asDouble() * v.asDouble();
            }
        }
        return s;
    }

    @Test
    void divergingTrainingPrintsOneLineOnStderrWithoutAStackTraceAndExitsNonZero() throws Exception {
        // y = w x, x = 1, t = 0, w = 1, α = 1e100: w1 = −1e100, w2 = 1e200, J3 = ½·1e400 = ∞
        Path lab = write("diverge.lab.json", """
                {"format": "backprop-lab/1",
                 "network": {"layers": [1, 1], "activations": ["identity"], "bias": false, "loss": "squared"},
                 "parameters": {"weights": [[[1.0]]], "biases": null},
                 "data": {"inputs": [[1]], "targets": [[0]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 1e100}, "epochs": 10}}
                """);
        Result r = run("train", lab.toString());
        assertNotEquals(0, r.code());
        assertEquals(1, r.err().split("\\R").length, r.err());
        assertEquals(lab + ": training diverged at iteration 3: the loss of output layer 1 became NaN or infinite"
                + " (try a smaller learning rate)", r.err().strip());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.out().startsWith("epoch,train_loss"), r.out());
    }

    @Test
    void crossEntropyTargetsThatAreNotADistributionStillGetTheExactGradient() throws Exception {
        // with Σ t = 2 the softmax cross-entropy gradient is (2a − t)/n, not (a − t)/n: the
        // finite differences of gradcheck must agree with the analytic gradient
        Path lab = write("softce.lab.json", """
                {"format": "backprop-lab/1",
                 "network": {"layers": [2, 3], "activations": ["softmax"], "bias": true, "loss": "ce"},
                 "parameters": {"weights": [[[0.1, -0.2, 0.3], [0.4, 0.5, -0.6]]], "biases": [[0.1, 0.0, -0.1]]},
                 "data": {"inputs": [[1, 2], [0, 1]], "targets": [[0, 1, 0], [1, 1, 0]]}}
                """);
        Result r = run("gradcheck", lab.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("PASS"), r.out());
    }

    @Test
    void crossEntropyWithNegativeTargetsIsRejectedWithOneLine() throws Exception {
        Path lab = write("badce.lab.json", """
                {"format": "backprop-lab/1",
                 "network": {"layers": [2, 3], "activations": ["softmax"], "bias": true, "loss": "ce"},
                 "data": {"inputs": [[1, 2], [0, 1]], "targets": [[0, 1, 0], [1.5, -0.5, 0]]}}
                """);
        Result r = run("gradcheck", lab.toString());
        assertEquals(2, r.code());
        assertEquals(lab + ": data.targets[1][1]: loss ce needs targets ≥ 0 (one-hot or probabilities), found -0.5",
                r.err().strip());
    }

    @Test
    void anInfiniteGradientIsTracedAsABareNumberTokenNotAString() throws Exception {
        // given a sigmoid output that rounds to exactly 1.0 (z = 40) with target 0
        Path lab = write("saturated.lab.json", """
                {"format": "backprop-lab/1",
                 "network": {"layers": [1, 1], "activations": ["sigmoid"], "bias": false, "loss": "bce"},
                 "parameters": {"weights": [[[1.0]]], "biases": null},
                 "data": {"inputs": [[40.0]], "targets": [[0.0]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 0, "epochs": 1}}
                """);
        // when it is traced
        Result r = run("trace", lab.toString());
        // then dJ/dy = −(t/y − (1 − t)/(1 − y)) = 1/0 is the token Infinity, which Python's json
        // reads as inf, while the loss (40, from the logit) and δ = y − t = 1 stay finite
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("(?s).*\"dLoss_dActivation\" : \\[ \\[ Infinity \\] \\].*"), r.out());
        assertFalse(r.out().contains("\"Infinity\""), r.out());
        JsonNode step = new ObjectMapper().enable(com.fasterxml.jackson.core.JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
                .readTree(r.out()).get("steps").get(0);
        assertEquals(Double.POSITIVE_INFINITY, step.get("layers").get(0).get("dLoss_dActivation").get(0).get(0).asDouble());
        assertEquals(40.0, step.get("loss").asDouble(), 1e-12);
        assertEquals(1.0, step.get("layers").get(0).get("dLoss_dPreActivation").get(0).get(0).asDouble());
    }
}
