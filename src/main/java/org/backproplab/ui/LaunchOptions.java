package org.backproplab.ui;

import java.nio.file.Path;

/**
 * What the command line asked the window to do, handed to {@link BackpropLabApp} (which JavaFX
 * constructs itself) through a static holder set before launch.
 *
 * @param lab      lab file to open, or null for the first lesson
 * @param snapshot PNG to write after {@code steps} iterations before exiting, or null to stay open
 * @param steps    iterations to run before the snapshot
 * @param width    window width in pixels, or 0 for the default
 * @param height    window height in pixels, or 0 for the default
 * @param presenter  open in presenter mode (large type, as F11)
 */
public record LaunchOptions(Path lab, Path snapshot, int steps, int width, int height, boolean presenter) {
    private static volatile LaunchOptions current = new LaunchOptions(null, null, 0, 0, 0, false);

    /** Options without presenter mode. */
    public LaunchOptions(Path lab, Path snapshot, int steps, int width, int height) {
        this(lab, snapshot, steps, width, height, false);
    }
    private static volatile int exitCode;

    /** @param options the options for the next launch */
    public static void set(LaunchOptions options) {
        current = options;
        exitCode = 0;
    }

    /** @return the options of this launch */
    public static LaunchOptions current() {
        return current;
    }

    /** @param code the process exit code the window asks for (e.g. 2 when the lab was bad) */
    public static void setExitCode(int code) {
        exitCode = code;
    }

    /** @return the exit code the window asked for, 0 by default */
    public static int exitCode() {
        return exitCode;
    }
}
