package org.backproplab.ui;

import java.nio.file.Path;
import org.backproplab.ui.theme.AppTheme;

/**
 * What the command line asked the window to do, handed to {@link BackpropLabApp#launch}.
 * An immutable value; the exit code comes back as {@code launch}'s result.
 *
 * @param lab       lab file to open, or null for the first lesson
 * @param snapshot  PNG to write after {@code steps} iterations before exiting, or null to stay open
 * @param steps     iterations to run before the snapshot
 * @param width     window width in pixels, or 0 for the default
 * @param height    window height in pixels, or 0 for the default
 * @param presenter open in presenter mode (large type, as F11)
 * @param theme     the theme to open with, or null for the default (light; high contrast in presenter mode)
 */
public record LaunchOptions(Path lab, Path snapshot, int steps, int width, int height, boolean presenter,
                            AppTheme theme) {

    /**
     * Options with the default theme.
     *
     * @param lab       lab file to open, or null for the first lesson
     * @param snapshot  PNG to write, or null to stay open
     * @param steps     iterations to run before the snapshot
     * @param width     window width in pixels, or 0 for the default
     * @param height    window height in pixels, or 0 for the default
     * @param presenter open in presenter mode
     */
    public LaunchOptions(Path lab, Path snapshot, int steps, int width, int height, boolean presenter) {
        this(lab, snapshot, steps, width, height, presenter, null);
    }

    /**
     * Options without presenter mode.
     *
     * @param lab      lab file to open, or null for the first lesson
     * @param snapshot PNG to write, or null to stay open
     * @param steps    iterations to run before the snapshot
     * @param width    window width in pixels, or 0 for the default
     * @param height   window height in pixels, or 0 for the default
     */
    public LaunchOptions(Path lab, Path snapshot, int steps, int width, int height) {
        this(lab, snapshot, steps, width, height, false, null);
    }
}
