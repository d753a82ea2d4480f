package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bench command prints one line per workload and rejects bad options with one line. */
class BenchCommandTest {

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void irisWorkloadPrintsTheBenchmarkLineWithItsCheckValues() {
        String[] r = run("bench", "--workload", "W1", "--seconds", "0.01");
        assertEquals("0", r[0], r[2]);
        String line = r[1].strip();
        assertTrue(line.matches("workload=W1 samples_per_s=\\d+ epochs_per_s=\\d+\\.\\d check_epochs=2000"
                + " loss=0\\.0742\\d* accuracy=0\\.960000 min=\\d+ max=\\d+"), line);
    }

    @Test
    void unknownWorkloadIsOneLineAndExitCode2() {
        String[] r = run("bench", "--workload", "W9");
        assertEquals("2", r[0]);
        assertTrue(r[2].lines().findFirst().orElseThrow().contains("unknown workload \"W9\""), r[2]);
        assertEquals("", r[1]);
    }

    @Test
    void nonNumericSecondsIsOneLineAndExitCode2() {
        String[] r = run("bench", "--seconds", "fast");
        assertEquals("2", r[0]);
        assertTrue(r[2].lines().findFirst().orElseThrow().contains("--seconds expects a number"), r[2]);
    }
}
