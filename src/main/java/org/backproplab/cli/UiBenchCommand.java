package org.backproplab.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backproplab.input.OneLine;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.io.Lessons;
import org.backproplab.sim.LabRun;
import org.backproplab.ui.UiBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench ui [--seconds S] [--lesson NAME]}: opens the main window on a lesson (by default
 * the Iris 3-class softmax MLP), plays it flat out and prints one line with the frames per
 * second, the 99th-percentile frame time, the training iterations per second and the
 * decision-map updates per second. Needs a display; on a headless machine run it under
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24"}.
 */
@Command(name = "ui", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Measure the window while it trains a lesson flat out: frames per second, 99th-percentile"
                + " frame time, iterations and decision-map updates per second (needs a display).")
final class UiBenchCommand implements Callable<Integer> {
    /** The lesson measured when none is named. */
    static final String DEFAULT_LESSON = "iris-softmax-mlp.lab.json";
    /** Seconds of play before the recording starts (JIT warm-up, first layout). */
    static final double WARMUP_SECONDS = 3;

    private final PrintStream out;
    private final PrintStream err;

    @Option(names = "--seconds", paramLabel = "S", converter = OptionTypes.Seconds.class,
            description = "seconds recorded after the warm-up (default: 10)")
    private double seconds = 10;

    @Option(names = "--lesson", paramLabel = "NAME",
            description = "a built-in lesson's file name (with or without .lab.json) or a lab file (default: "
                    + DEFAULT_LESSON + ")")
    private String lesson = DEFAULT_LESSON;

    UiBenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        LabFile lab = lesson(lesson);
        LabRun.start(lab);
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new UsageException("bench ui needs a display; run it under xvfb-run -a -s \"-screen 0 1600x1000x24\"");
        }
        try {
            out.println(UiBenchmark.run(lab, WARMUP_SECONDS, seconds).line());
        } catch (IllegalStateException e) {
            err.println("bench ui: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /**
     * @param name a lab file path, or a built-in lesson's file name with or without ".lab.json"
     * @return the lab
     */
    static LabFile lesson(String name) {
        if (Files.isRegularFile(Path.of(name))) {
            return LabReader.read(Path.of(name));
        }
        for (Lessons.Lesson lesson : Lessons.builtIn()) {
            if (lesson.fileName().equals(name) || lesson.fileName().equals(name + ".lab.json")) {
                return lesson.lab();
            }
        }
        throw new UsageException("no lesson " + OneLine.quote(name) + " (neither a lab file nor a built-in lesson)");
    }
}
