package org.backproplab.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.backproplab.input.OneLine;
import org.backproplab.io.LabDocument;
import org.backproplab.io.LabFile;
import org.backproplab.ui.BackpropLabApp;
import org.backproplab.ui.LaunchOptions;
import org.backproplab.ui.theme.AppTheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code app [LAB] [--size WxH] [--presenter] [--theme THEME] [--snapshot FILE.png --steps N]}: opens the window on a lab
 * (or the first lesson), {@code --size} pixels large (default: 1280×800 when the screen has
 * room; with {@code --snapshot} the whole screen). With {@code --snapshot} it runs N
 * iterations, waits until the views have rendered them, writes a PNG of the whole window and
 * exits.
 */
@Command(name = "app", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Open the window (the default command), on a lab file or the first lesson.")
final class AppCommand implements Callable<Integer> {
    /** Smallest window the layout is made for (the stage's minimum size). */
    static final int MIN_WIDTH = 900;
    /** Smallest window height. */
    static final int MIN_HEIGHT = 600;

    @Parameters(paramLabel = "LAB", arity = "0..1", description = "a lab file to open (default: the first lesson)")
    private String lab;

    @Option(names = "--snapshot", paramLabel = "FILE.png",
            description = "run --steps iterations, write a PNG of the whole window and exit")
    private String snapshot;

    @Option(names = "--steps", paramLabel = "N", converter = OptionTypes.Count.class,
            description = "iterations before the snapshot (default: 0)")
    private Integer steps;

    @Option(names = "--size", paramLabel = "WxH", description = "window size in pixels, e.g. 1280x800")
    private String size;

    @Option(names = "--presenter", description = "start in presenter mode (large type, F11)")
    private boolean presenter;

    @Option(names = "--theme", paramLabel = "THEME", converter = ThemeOption.class,
            description = "light, dark or high-contrast (default: light; high-contrast in presenter mode)")
    private AppTheme theme;

    @Override
    public Integer call() {
        if (snapshot == null && steps != null) {
            throw new UsageException("--steps needs --snapshot FILE.png");
        }
        if (snapshot != null && !snapshot.toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("--snapshot expects a .png file name, found " + OneLine.quote(snapshot));
        }
        int[] pixels = size(size);
        Path labPath = null;
        if (lab != null) {
            // check the lab before opening a window: bad input gives one line and exit code 2
            LabDocument document = LabFiles.readDocument(lab);
            labPath = document instanceof LabFile parsed ? parsed.source() : Path.of(lab);
            if (document instanceof LabFile parsed) {
                LabFiles.start(parsed);
            }
        }
        return BackpropLabApp.launch(new LaunchOptions(labPath, snapshot == null ? null : Path.of(snapshot),
                steps == null ? 0 : steps, pixels == null ? 0 : pixels[0], pixels == null ? 0 : pixels[1], presenter,
                theme));
    }

    /** {@code --theme}: a theme's name. */
    static final class ThemeOption implements picocli.CommandLine.ITypeConverter<AppTheme> {
        @Override
        public AppTheme convert(String text) {
            return AppTheme.parse(text).orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                    "expects one of " + AppTheme.ids() + ", found " + OneLine.quote(text)));
        }
    }

    /**
     * @param text {@code WxH}, e.g. {@code 1280x800}, or null
     * @return {width, height}, or null when not given
     */
    static int[] size(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.toLowerCase(Locale.ROOT).split("[x×]");
        try {
            if (parts.length == 2) {
                int width = Integer.parseInt(parts[0].strip());
                int height = Integer.parseInt(parts[1].strip());
                if (width >= MIN_WIDTH && height >= MIN_HEIGHT && width <= 10_000 && height <= 10_000) {
                    return new int[] {width, height};
                }
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--size expects WIDTHxHEIGHT in pixels, at least " + MIN_WIDTH + "x" + MIN_HEIGHT
                + ", e.g. 1280x800; found " + OneLine.quote(text));
    }
}
