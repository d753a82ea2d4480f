package org.backproplab.ui;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Processor time used by this process's threads, read from Linux's {@code /proc/self/task}
 * (no JMX module needed, and it counts the JIT and GC threads too). The UI benchmark takes two
 * readings and reports the difference per group of threads, which shows where the processor
 * went even when other load on the machine makes the frame rate noisy. Empty elsewhere.
 */
final class ThreadCpu {
    /** Clock ticks per second of the {@code stat} files (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private ThreadCpu() {
    }

    /**
     * Reads the time each thread group has used so far.
     *
     * @return seconds of processor time per group ({@code training}, {@code fx}, {@code render},
     *         {@code grid}, {@code maps} (the neuron maps), {@code process} for all threads), empty when /proc is unavailable
     */
    static Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                String name;
                String stat;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                // fields after the ")" closing the name: state is field 3, utime 14, stime 15
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                double used = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
                seconds.merge("process", used, Double::sum);
                String group = group(name);
                if (group != null) {
                    seconds.merge(group, used, Double::sum);
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return seconds;
    }

    // thread names as /proc shows them (cut to 15 characters)
    private static String group(String name) {
        if (name.startsWith("training-run")) {
            return "training";
        }
        if (name.startsWith("JavaFX Applicat")) {
            return "fx";
        }
        if (name.startsWith("QuantumRenderer")) {
            return "render";
        }
        if (name.startsWith("decision-region")) {
            return "grid";
        }
        if (name.startsWith("neuron-maps") || name.startsWith("unit-map")) {
            return "maps";
        }
        return null;
    }
}
