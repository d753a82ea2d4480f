package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.backproplab.cli.Main;
import org.junit.jupiter.api.Test;

/**
 * {@code bench soak} works end to end on a short run (the real soak is a benchmark, not a test):
 * one allocation line and one sample per stretch, each at or past its mark, with the history
 * inside the heap; bad options are one line and exit code 2.
 */
class SoakBenchmarkTest {

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aShortSoakOfXorPrintsASampleAtEveryMark() {
        String[] r = run("bench", "soak", "--iterations", "600", "--every", "300", "--lesson", "xor-2-2-1");
        assertEquals("0", r[0], r[2]);
        List<String> lines = r[1].lines().toList();
        assertEquals(4, lines.size(), r[1]);
        assertTrue(lines.get(0).matches("workload=soak lesson=xor-2-2-1 snapshot_bytes=(\\d+ parameter_copy_bytes=\\d+|n/a)"
                + " parameters=9"), lines.get(0));
        long[] marks = {0, 300, 600};
        for (int i = 0; i < marks.length; i++) {
            String line = lines.get(i + 1);
            assertTrue(line.matches("workload=soak lesson=xor-2-2-1 iteration=\\d+ used_heap_mb=[\\d.]+ history_mb=[\\d.]+"
                    + " other_heap_mb=-?[\\d.]+ iterations_per_s=\\d+ iterations_per_cpu_s=(\\d+|NaN) budget_mb=256 max_heap_mb=\\d+"),
                    line);
            long iteration = Long.parseLong(line.replaceAll(".* iteration=(\\d+) .*", "$1"));
            assertTrue(iteration >= marks[i], line);
            double used = Double.parseDouble(line.replaceAll(".* used_heap_mb=([\\d.]+) .*", "$1"));
            double history = Double.parseDouble(line.replaceAll(".* history_mb=([\\d.]+) .*", "$1"));
            assertTrue(history <= used, line);
        }
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCode2() {
        String[] r = run("bench", "soak", "--minutes", "3");
        assertEquals("2", r[0]);
        assertEquals(1, r[2].lines().count(), r[2]);
        assertTrue(r[2].contains("unknown option \"--minutes\""), r[2]);
        String[] zero = run("bench", "soak", "--every", "0");
        assertEquals("2", zero[0]);
        assertTrue(zero[2].contains("--every expects a whole number"), zero[2]);
    }
}
