package org.backproplab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.backproplab.data.ClassLabels;
import org.backproplab.data.DataSpec;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.input.Limits;

/**
 * Reads a lab file's inline data: {@code inputs} and {@code targets} (the training rows, at
 * least one), and optionally {@code testInputs}/{@code testTargets} (held-out rows),
 * {@code features} and {@code classes} (names) and {@code standardize}; every value is checked.
 */
final class InlineDataReader {
    private InlineDataReader() {
    }

    /**
     * @param f          the file's field reader (for messages)
     * @param n          the {@code data} object
     * @param arch       the network the data is for
     * @param totalUnits units of all its layers (for the size limit)
     * @return the inline spec
     * @throws LabException naming the field and what was expected
     */
    static DataSpec.Inline read(JsonFields f, JsonNode n, Architecture arch, long totalUnits) {
        JsonNode in = f.array(f.required(n, "data", "inputs"), "data.inputs", -1);
        if (in.size() == 0) {
            throw f.error("data.inputs", "expected at least one sample, found none");
        }
        JsonNode testIn = n.get("testInputs");
        int testRows = testIn == null || testIn.isNull() ? 0 : f.array(testIn, "data.testInputs", -1).size();
        long total = (long) in.size() + testRows;
        String tooMany = total > Limits.MAX_INLINE_SAMPLES ? "expected at most " + Limits.MAX_INLINE_SAMPLES
                + " inline samples (put larger data sets in a CSV file), found " + total : null;
        if (tooMany == null) {
            tooMany = Limits.activationsProblem((int) total, totalUnits);
        }
        if (tooMany != null) {
            throw f.error("data.inputs", tooMany);
        }
        double[][] x = f.matrix(in, "data.inputs", in.size(), arch.inputSize());
        double[][] t = f.matrix(f.required(n, "data", "targets"), "data.targets", x.length, arch.outputSize());
        double[][] testX = null;
        double[][] testT = null;
        if (testRows > 0 || testIn != null && !testIn.isNull()) {
            testX = f.matrix(testIn, "data.testInputs", testRows, arch.inputSize());
            testT = f.matrix(f.required(n, "data", "testTargets"), "data.testTargets", testRows, arch.outputSize());
        }
        if (arch.loss() == Loss.CE) {
            checkNonNegativeTargets(f, t, "data.targets");
            if (testT != null) {
                checkNonNegativeTargets(f, testT, "data.testTargets");
            }
        }
        JsonNode names = n.get("features");
        List<String> features = names == null || names.isNull() ? List.of() : f.texts(names, "data.features");
        if (!features.isEmpty() && features.size() != arch.inputSize()) {
            throw f.error("data.features", "expected " + arch.inputSize() + " names (network.layers[0]), found "
                    + features.size());
        }
        JsonNode c = n.get("classes");
        List<String> classes = c == null || c.isNull() ? List.of() : f.texts(c, "data.classes");
        String problem = classes.isEmpty() ? null : ClassLabels.outputSizeProblem(classes.size(), arch);
        if (problem != null) {
            throw f.error("data.classes", problem);
        }
        return new DataSpec.Inline(x, t, features, classes, f.optionalBoolean(n, "data", "standardize", false), testX,
                testT);
    }

    // −Σ t ln a is a loss (bounded below) only for targets ≥ 0
    private static void checkNonNegativeTargets(JsonFields f, double[][] t, String path) {
        for (int r = 0; r < t.length; r++) {
            for (int k = 0; k < t[r].length; k++) {
                if (t[r][k] < 0) {
                    throw f.error(path + "[" + r + "][" + k + "]",
                            "loss ce needs targets ≥ 0 (one-hot or probabilities), found " + t[r][k]);
                }
            }
        }
    }
}
