package org.backproplab.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backproplab.data.DataException;
import java.util.List;

/**
 * Jazzer target for the CSV reader: any bytes as the CSV file of a two-feature, two-class lab
 * either load or fail with a {@link DataException} of one line naming the CSV file and a
 * place. Regression inputs: {@code src/test/resources/org/backproplab/cli/CsvReaderFuzzTestInputs/}.
 */
class CsvReaderFuzzTest {
    private static final String LAB = """
            {"format": "backprop-lab/1",
             "network": {"layers": [2, 1], "activations": ["step"], "loss": "perceptron"},
             "data": {"csv": "fuzz.csv", "features": ["a", "b"], "target": "label", "classes": ["x", "y"]}}
            """;
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("csv-fuzz");
            Files.writeString(d.resolve("fuzz.lab.json"), LAB);
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void csvBytesLoadOrGiveOneLineNamingTheFileAndAPlace(byte[] bytes) throws IOException {
        Path csv = DIR.resolve("fuzz.csv");
        Files.write(csv, bytes);
        try {
            LabFiles.start(LabFiles.read(DIR.resolve("fuzz.lab.json").toString()));
        } catch (DataException e) {
            Contract.assertOneLineNamingFileAndPlace(e.getMessage(), List.of(csv.toString()));
        }
    }
}
