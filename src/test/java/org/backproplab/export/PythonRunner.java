package org.backproplab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs exported scripts with the machine's {@code python3} and compares their output with the
 * {@code train} command's. Without Python and NumPy the tests are skipped, unless the system
 * property {@code backproplab.requireNumpy} is {@code true} (CI sets it), when they fail.
 */
final class PythonRunner {
    private PythonRunner() {
    }

    /** Skips (or, when NumPy is required, fails) the calling test when python3 with NumPy is missing. */
    static void assumeNumpy() {
        boolean present;
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            present = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            present = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            present = false;
        }
        if (!present && Boolean.getBoolean("backproplab.requireNumpy")) {
            fail("python3 with NumPy is required (apt-get install -y python3-numpy)");
        }
        Assumptions.assumeTrue(present, "python3 with NumPy is not installed");
    }

    /**
     * @param script the script's text
     * @param dir    a scratch folder
     * @return what the script printed on stdout
     */
    static String run(String script, Path dir) throws IOException, InterruptedException {
        Path file = Files.createTempFile(dir, "exported", ".py");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Path errors = dir.resolve(file.getFileName() + ".stderr");
        Process p = new ProcessBuilder("python3", file.toString()).redirectError(errors.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, p.exitValue(), () -> "python3 failed: " + read(errors));
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * Asserts that two CSV outputs have the same header and rows, cell by cell: the same text, or
     * numbers within 1e-9 of each other relative to the larger.
     *
     * @param expected the train command's output
     * @param actual   the script's output
     * @param what     names the experiment in failure messages
     */
    static void assertSameCsv(String expected, String actual, String what) {
        String[] e = expected.strip().split("\\R");
        String[] a = actual.strip().split("\\R");
        assertEquals(e[0], a[0], what + ": header");
        assertEquals(e.length, a.length, what + ": number of lines");
        for (int i = 1; i < e.length; i++) {
            String[] ec = e[i].split(",", -1);
            String[] ac = a[i].split(",", -1);
            assertEquals(ec.length, ac.length, what + ": cells in line " + (i + 1));
            for (int c = 0; c < ec.length; c++) {
                if (ec[c].equals(ac[c])) {
                    continue;
                }
                String where = what + ", line " + (i + 1) + ", column " + e[0].split(",")[c] + ": " + ec[c] + " vs " + ac[c];
                assertTrue(!ec[c].isEmpty() && !ac[c].isEmpty(), where);
                double x = Double.parseDouble(ec[c]);
                double y = Double.parseDouble(ac[c]);
                assertTrue(Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y)), where);
            }
        }
    }
}
