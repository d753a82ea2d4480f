package org.backproplab.cli;

import java.nio.file.Path;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;
import org.backproplab.ui.BackpropLabApp;
import org.backproplab.ui.LaunchOptions;

/**
 * {@code app [LAB] [--size WxH] [--presenter] [--snapshot FILE.png --steps N]}: opens the window on a lab
 * (or the first lesson), {@code --size} pixels large (default: 1280×800 when the screen has
 * room; with {@code --snapshot} the whole screen). With {@code --snapshot} it runs N
 * iterations, waits until the views have rendered them, writes a PNG of the whole window and
 * exits.
 */
final class AppCommand {
    /** Smallest window the layout is made for (the stage's minimum size). */
    static final int MIN_WIDTH = 900;
    /** Smallest window height. */
    static final int MIN_HEIGHT = 600;

    private AppCommand() {
    }

    static int run(Arguments args) {
        if (args.positional().size() > 1) {
            throw new UsageException("app takes at most one lab file, found " + args.positional().size() + " arguments");
        }
        Path lab = args.positional().isEmpty() ? null : Path.of(args.positional().get(0));
        String snapshot = args.options().get("--snapshot");
        if (snapshot == null && args.options().containsKey("--steps")) {
            throw new UsageException("--steps needs --snapshot FILE.png");
        }
        if (snapshot != null && !snapshot.toLowerCase().endsWith(".png")) {
            throw new UsageException("--snapshot expects a .png file name, found \"" + snapshot + "\"");
        }
        int steps = args.intOption("--steps", 0, 0);
        int[] size = size(args.options().get("--size"));
        if (lab != null) {
            // check the lab before opening a window: bad input gives one line and exit code 2
            if (LabReader.readDocument(lab) instanceof LabFile parsed) {
                LabRun.start(parsed);
            }
        }
        return BackpropLabApp.launch(new LaunchOptions(lab, snapshot == null ? null : Path.of(snapshot), steps,
                size == null ? 0 : size[0], size == null ? 0 : size[1], args.flag("--presenter")));
    }

    /**
     * @param text {@code WxH}, e.g. {@code 1280x800}, or null
     * @return {width, height}, or null when not given
     */
    static int[] size(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.toLowerCase().split("[x×]");
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
                + ", e.g. 1280x800; found \"" + text + "\"");
    }
}
