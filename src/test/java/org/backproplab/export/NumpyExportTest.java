package org.backproplab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.cli.Main;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export LAB --to numpy} gives a script that, run by python3 with NumPy, prints what
 * {@code train LAB} prints: for every built-in lesson with two inputs, and for random inline labs
 * over the activations, losses, optimisers, L2, batch sizes and shuffling.
 */
class NumpyExportTest {
    /** Iterations per lesson at most (the spiral's 24,000 take a minute in NumPy): fewer epochs beyond it. */
    private static final int MAX_ITERATIONS = 3000;

    @TempDir
    Path dir;

    @BeforeAll
    static void python() {
        PythonRunner.assumeNumpy();
    }

    static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, () -> String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private void assertScriptPrintsWhatTrainPrints(Path lab, int epochs, String what) throws Exception {
        String e = Integer.toString(epochs);
        String train = run("train", lab.toString(), "--epochs", e);
        String script = run("export", lab.toString(), "--to", "numpy", "--epochs", e);
        PythonRunner.assertSameCsv(train, PythonRunner.run(script, dir), what);
    }

    @Test
    void everyLessonWithTwoInputsIsReproducedByItsScript() throws Exception {
        Path folder = Path.of("assets/lessons");
        List<String> tried = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("index.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Path file = folder.resolve(line.strip());
            // a graph lab (computational graph, no network) has nothing to export
            if (!(LabReader.readDocument(file) instanceof LabFile lab)) {
                continue;
            }
            if (lab.architecture().inputSize() != 2) {
                continue;
            }
            int perEpoch = LabRun.start(lab).session().iterationsPerEpoch();
            int epochs = Math.max(1, Math.min(lab.training().epochs(), MAX_ITERATIONS / perEpoch));
            assertScriptPrintsWhatTrainPrints(file, epochs, line);
            tried.add(line);
        }
        assertTrue(tried.size() >= 5, "lessons with two inputs: " + tried);
    }

    @Test
    void randomInlineLabsAreReproducedByTheirScripts() throws Exception {
        RandomLabs labs = new RandomLabs(20261203L);
        for (int i = 0; i < 24; i++) {
            String json = labs.next();
            Path file = dir.resolve("random-" + i + ".lab.json");
            Files.writeString(file, json);
            assertScriptPrintsWhatTrainPrints(file, 25, "random lab " + i + " " + json);
        }
    }
}
