package org.backproplab.cli;

import java.nio.file.Path;
import javafx.application.Application;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;
import org.backproplab.ui.BackpropLabApp;
import org.backproplab.ui.LaunchOptions;

/**
 * {@code app [LAB] [--snapshot FILE.png --steps N]}: opens the window on a lab (or the first
 * lesson). With {@code --snapshot} it runs N iterations, waits until the views have rendered
 * them, writes a PNG of the whole window and exits.
 */
final class AppCommand {
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
        if (lab != null) {
            // check the lab before opening a window: bad input gives one line and exit code 2
            LabFile parsed = LabReader.read(lab);
            LabRun.start(parsed);
        }
        LaunchOptions.set(new LaunchOptions(lab, snapshot == null ? null : Path.of(snapshot), steps));
        BackpropLabApp.preload();
        Application.launch(BackpropLabApp.class);
        return LaunchOptions.exitCode();
    }
}
