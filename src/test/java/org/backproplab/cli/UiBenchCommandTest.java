package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code bench ui} refuses bad arguments with exit code 2 and a one-line reason before it opens
 * any window, and finds lessons by name.
 */
class UiBenchCommandTest {

    private static String[] runMain(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void unknownLessonIsRefusedWithOneLineAndExitCode2() {
        String[] r = runMain("bench", "ui", "--lesson", "no-such-lesson");
        assertEquals("2", r[0]);
        String first = r[2].lines().findFirst().orElse("");
        assertTrue(first.contains("no lesson \"no-such-lesson\""), r[2]);
        assertTrue(!r[2].contains("Exception"), r[2]);
    }

    @Test
    void nonPositiveSecondsAreRefused() {
        String[] r = runMain("bench", "ui", "--seconds", "0");
        assertEquals("2", r[0]);
        assertTrue(r[2].lines().findFirst().orElse("").contains("--seconds must be a positive number"), r[2]);
    }

    @Test
    void unknownOptionOfBenchUiIsRefused() {
        String[] r = runMain("bench", "ui", "--workload", "W1");
        assertEquals("2", r[0]);
        assertTrue(r[2].lines().findFirst().orElse("").contains("unknown option --workload"), r[2]);
    }

    @Test
    void lessonNamesResolveToBuiltInLessonsWithOrWithoutExtensionOrToAFile() {
        String title = "Softmax MLP 2-8-8-3: all three Iris species (sepal length, petal length)";
        assertEquals(title, UiBenchCommand.lesson("iris-softmax-mlp").title());
        assertEquals(title, UiBenchCommand.lesson("iris-softmax-mlp.lab.json").title());
        assertEquals(title, UiBenchCommand.lesson(Path.of("assets", "lessons", "iris-softmax-mlp.lab.json").toString()).title());
    }
}
