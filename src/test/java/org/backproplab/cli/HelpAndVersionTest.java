package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --help} for every command and {@code --version}, on stdout with exit 0; usage errors on stderr with exit 2. */
class HelpAndVersionTest {

    @Test
    void everyCommandPrintsItsOwnUsageAndOptions() {
        String[][] commands = {{"trace", "--steps=N"}, {"train", "--epochs=N"}, {"gradcheck", "LAB"},
            {"bench", "--workload=W"}, {"bench ui", "--lesson=NAME"}, {"app", "--presenter"}};
        for (String[] c : commands) {
            String[] args = (c[0] + " --help").split(" ");
            CliCommandsTest.Result r = CliCommandsTest.run(args);
            assertEquals(0, r.code(), c[0] + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: backprop-lab " + c[0] + " "), r.out());
            assertTrue(r.out().contains(c[1]), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void benchListsItsUiSubcommand() {
        CliCommandsTest.Result r = CliCommandsTest.run("bench", "--help");
        assertTrue(r.out().matches("(?s).*Commands:\\s+ui\\s+Measure the window.*"), r.out());
    }

    @Test
    void versionPrintsTheProgramNameAndVersion() {
        for (String[] args : new String[][] {{"--version"}, {"trace", "--version"}, {"-V"}}) {
            CliCommandsTest.Result r = CliCommandsTest.run(args);
            assertEquals(0, r.code());
            assertTrue(r.out().matches("backprop-lab (\\d+\\.\\d+\\.\\d+\\S*|development build)\\R"), r.out());
        }
    }

    @Test
    void usageErrorsAreOneLineThenTheCommandsUsageOnStderr() {
        CliCommandsTest.Result r = CliCommandsTest.run("frobnicate");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("backprop-lab: unknown command \"frobnicate\"", r.err().lines().findFirst().orElseThrow());
        assertTrue(r.err().contains("Usage: backprop-lab [-hV] [COMMAND]"), r.err());

        CliCommandsTest.Result t = CliCommandsTest.run("trace", "lab.json", "--presenter");
        assertEquals("backprop-lab: unknown option --presenter", t.err().lines().findFirst().orElseThrow());
        assertTrue(t.err().contains("Usage: backprop-lab trace "), t.err());

        CliCommandsTest.Result s = CliCommandsTest.run("trace", "lab.json", "--steps=many");
        assertEquals("backprop-lab: --steps expects a whole number, found \"many\"", s.err().lines().findFirst().orElseThrow());
        assertEquals(2, CliCommandsTest.run("trace").code());
    }

    @Test
    void optionsTakeTheirValueEitherAfterAnEqualsSignOrAsTheNextArgument() throws Exception {
        java.nio.file.Path lab = TraceReferenceTest.resource("lecture-2-3-1-sigmoid.lab.json");
        CliCommandsTest.Result a = CliCommandsTest.run("trace", "--steps=1", lab.toString());
        CliCommandsTest.Result b = CliCommandsTest.run("trace", lab.toString(), "--steps", "1");
        assertEquals(0, a.code(), a.err());
        assertEquals(a.out(), b.out());
    }
}
