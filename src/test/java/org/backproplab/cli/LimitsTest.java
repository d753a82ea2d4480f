package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limits (input.Limits) on the inputs an earlier fuzz campaign crashed or hung on:
 * each is refused before anything of that size is allocated, with one line naming the file and
 * the field, exit code 2.
 */
class LimitsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static String network(String layers, String activations) {
        return "{\"format\": \"backprop-lab/1\", \"network\": {\"layers\": " + layers + ", \"activations\": " + activations
                + ", \"loss\": \"bce\"}, \"data\": {\"inputs\": [[0, 1]], \"targets\": [[1]]}}";
    }

    /** Runs the command and returns its one stderr line after checking exit code 2 and an empty stdout. */
    private static String fails(String... args) {
        CliCommandsTest.Result r = CliCommandsTest.run(args);
        assertEquals(Main.EXIT_BAD_INPUT, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        return r.err().strip();
    }

    @Test
    void aLayerWiderThan4096UnitsIsNamedBeforeItsWeightsAreAllocated() throws IOException {
        // 46341² overflows an int: the engine once threw NegativeArraySizeException here
        Path f = write("wide.lab.json", network("[2, 46341, 46341, 1]", "[\"relu\", \"relu\", \"sigmoid\"]"));
        assertEquals(f + ": network.layers[1]: expected at most 4096 units in a layer, found 46341", fails("trace", f.toString()));
        Path g = write("int.lab.json", network("[2, 2147483648, 1]", "[\"relu\", \"sigmoid\"]"));
        assertEquals(g + ": network.layers[1]: expected at most 4096 units in a layer, found 2147483648", fails("train", g.toString()));
    }

    @Test
    void aNetworkOfMoreThanAMillionParametersIsRefused() throws IOException {
        // 2·1000 + 1000 + 1000·1000 + 1000 + 1000·1 + 1 = 1,005,001 weights and biases
        Path f = write("million.lab.json", network("[2, 1000, 1000, 1]", "[\"relu\", \"relu\", \"sigmoid\"]"));
        assertEquals(f + ": network.layers: the network has 1005001 weights and biases, more than the limit of 1000000",
                fails("gradcheck", f.toString()));
    }

    @Test
    void generatedPointsAndBatchSizesOutOfRangeNameTheirField() throws IOException {
        Path f = write("points.lab.json", network("[2, 1]", "[\"sigmoid\"]")
                .replace("{\"inputs\": [[0, 1]], \"targets\": [[1]]}", "{\"generator\": \"spiral\", \"points\": 1e18}"));
        assertEquals(f + ": data.points: expected a whole number from 1 to 1000000, found 1.0E18", fails("trace", f.toString()));
        Path g = write("batch.lab.json", network("[2, 1]", "[\"sigmoid\"]").replace("}}", "}, \"training\": {\"batchSize\": 2147483648}}"));
        assertEquals(g + ": training.batchSize: expected a whole number from 0 to 1000000, found 2147483648",
                fails("trace", g.toString()));
    }

    @Test
    void moreInlineSamplesThanTheLimitAreSentToACsvFile() throws IOException {
        StringBuilder rows = new StringBuilder("[0, 1]");
        StringBuilder targets = new StringBuilder("[1]");
        for (int i = 1; i <= 100_000; i++) {
            rows.append(", [0, 1]");
            targets.append(", [1]");
        }
        Path f = write("inline.lab.json", network("[2, 1]", "[\"sigmoid\"]").replace("[[0, 1]]", "[" + rows + "]")
                .replace("[[1]]", "[" + targets + "]"));
        assertEquals(f + ": data.inputs: expected at most 100000 inline samples (put larger data sets in a CSV file), found 100001",
                fails("trace", f.toString()));
    }

    @Test
    void aSparseCsvOfThreeGigabytesIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        Path csv = dir.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(csv.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        Path lab = write("huge.lab.json", BadInputTestLabs.csvLab("huge.csv"));
        assertEquals(csv + ": the file has 3221225472 bytes, more than the limit of 268435456 (256 MB)", fails("train", lab.toString()));
    }

    @Test
    void aTraceThatWouldPrintTooMuchNamesTheSettingToLower() throws IOException {
        // 2-1 with a bias: per step 4 matrices × 1 sample × 3 units + 2 × 3 parameters = 18 numbers
        Path f = write("long.lab.json", network("[2, 1]", "[\"sigmoid\"]"));
        String line = fails("trace", f.toString(), "--steps", "2000000");
        assertEquals(f + ": --steps: 2000000 steps of 1 samples would print 3.60e+07 numbers, more than the trace limit of"
                + " 1.00e+07 (lower --steps, training.epochs or training.batchSize)", line);
    }

    @Test
    void trainingBeyondTheWorkLimitNamesTheEpochs() throws IOException {
        // spiral of 100,000 points, 2-8-1: 10^5 epochs × 2·10^5 samples × (33 + 100·11) ≫ 3·10^9
        Path f = write("epochs.lab.json", network("[2, 8, 1]", "[\"tanh\", \"sigmoid\"]")
                .replace("{\"inputs\": [[0, 1]], \"targets\": [[1]]}", "{\"generator\": \"spiral\", \"points\": 100000}")
                .replace("}}", "}, \"training\": {\"epochs\": 100000}}"));
        String line = fails("train", f.toString());
        assertTrue(line.startsWith(f + ": training.epochs: 100000 epochs of 100000 samples × 33 parameters is "), line);
        assertTrue(line.endsWith("sample-parameter steps, more than the command line's limit of 3.00e+09"
                + " (about ten seconds of work; lower training.epochs)"), line);
    }

    @Test
    void gradcheckOfTheDigitsLessonOverTheWholeSetSamplesItsParametersAndStillPasses() throws IOException {
        Path lesson = Path.of("assets", "lessons", "digits-8x8-mlp.lab.json").toAbsolutePath();
        String text = Files.readString(lesson).replace("\"batchSize\": 32", "\"batchSize\": 0")
                .replace("\"datasets/digits8x8.csv\"", "\"" + Path.of("datasets", "digits8x8.csv").toAbsolutePath() + "\"");
        Path f = write("digits-all.lab.json", text);
        CliCommandsTest.Result r = CliCommandsTest.run("gradcheck", f.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        // 64·32 + 32 + 32·10 + 10 = 2410 parameters, a sample of them compared on all 1,438 training rows
        assertTrue(r.out().matches("parameters=\\d+ sampled_from=2410 max_relative_error=\\S+ .* PASS \\(tolerance 1.0E-5\\)\\R"),
                r.out());
        int checked = Integer.parseInt(r.out().substring("parameters=".length(), r.out().indexOf(' ')));
        // about 40 are planned (3e9 / (4 losses × 1438 rows × (2410 + 100 · 106))); on a loaded
        // machine the time limit may stop the check sooner, and then stderr says so
        assertTrue(checked >= 1 && checked <= 41, r.out());
        assertTrue(checked > 30 || r.err().contains("gradcheck: stopped after 12 s with " + checked + " of "), r.err());
        assertTrue(CliCommandsTest.maxRelativeError(r.out()) < 1e-5, r.out());
    }
}
