package org.backproplab.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Jazzer target for the lab reader: any bytes read as a lab file either give a lab (whose data
 * then loads or fails with the contract's message) or a {@link LabException} with one line
 * naming the file and a place — never another exception. In a normal build it runs the inputs
 * kept in {@code src/test/resources/org/backproplab/cli/LabReaderFuzzTestInputs/}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for {@code maxDuration}.
 */
class LabReaderFuzzTest {
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("lab-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void labBytesGiveALabOrOneLineNamingTheFileAndAPlace(byte[] bytes) throws IOException {
        Path file = DIR.resolve("fuzz.lab.json");
        Files.write(file, bytes);
        Contract.assertReadsOrFailsWithOneLine(file);
    }
}
