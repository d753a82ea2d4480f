package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code app} refuses bad input with one line and exit code 2, before opening any window. */
class AppCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errorLine() {
        return err.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
    }

    @Test
    void aMissingLabFileIsReportedOnOneLine() {
        assertEquals(2, run("app", "no/such/lab.json"));
        assertEquals("no/such/lab.json: file not found", errorLine());
        assertEquals(1, err.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void aLabFileWithABadActivationNamesThePlace(@TempDir Path dir) throws Exception {
        Path lab = dir.resolve("bad.lab.json");
        Files.writeString(lab, """
                {"format": "backprop-lab/1",
                 "network": {"layers": [2, 1], "activations": ["wobbly"], "loss": "bce"},
                 "data": {"inputs": [[1, 2]], "targets": [[1]]}}
                """);
        assertEquals(2, run(lab.toString()));
        assertTrue(errorLine().startsWith(lab + ": network.activations[0]"), errorLine());
    }

    @Test
    void stepsWithoutASnapshotIsAUsageError() {
        assertEquals(2, run("app", "--steps", "3"));
        assertEquals("backprop-lab: --steps needs --snapshot FILE.png", errorLine());
    }

    @Test
    void anUnknownThemeIsAUsageErrorNamingTheThemes() {
        assertEquals(2, run("app", "--theme", "purple"));
        assertTrue(errorLine().startsWith("backprop-lab: "), errorLine());
        assertTrue(errorLine().contains("--theme"), errorLine());
        assertTrue(errorLine().contains("expects one of light, dark, high-contrast, found \"purple\""), errorLine());
    }

    @Test
    void themeNamesParseInAnyCase() {
        assertEquals(org.backproplab.ui.theme.AppTheme.DARK, new AppCommand.ThemeOption().convert("Dark"));
        assertEquals(org.backproplab.ui.theme.AppTheme.HIGH_CONTRAST, new AppCommand.ThemeOption().convert("high-contrast"));
        assertEquals(org.backproplab.ui.theme.AppTheme.HIGH_CONTRAST, new AppCommand.ThemeOption().convert("HIGH_CONTRAST"));
    }

    @Test
    void aSnapshotMustBeAPngFile() {
        assertEquals(2, run("app", "--snapshot", "window.jpg", "--steps", "1"));
        assertEquals("backprop-lab: --snapshot expects a .png file name, found \"window.jpg\"", errorLine());
    }

    @Test
    void aWindowSizeMustBeWidthByHeight() {
        assertEquals(2, run("app", "--size", "1280 by 800"));
        assertEquals("backprop-lab: --size expects WIDTHxHEIGHT in pixels, at least 900x600, e.g. 1280x800; "
                + "found \"1280 by 800\"", errorLine());
    }

    @Test
    void aWindowSmallerThanTheLayoutAllowsIsRefused() {
        assertEquals(2, run("app", "--size", "640x480"));
        assertTrue(errorLine().contains("at least 900x600"), errorLine());
    }

    @Test
    void aWindowSizeIsReadAsWidthThenHeight() {
        assertArrayEquals(new int[] {1920, 1080}, AppCommand.size("1920x1080"));
        assertArrayEquals(new int[] {1280, 800}, AppCommand.size("1280×800"));
    }
}
