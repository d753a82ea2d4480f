package org.backproplab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * With {@code -Dbackproplab.startupLog=true}, prints how long after the process started each
 * step of opening the window was reached, and the processor time all its threads had used by
 * then, one line each on stdout: {@code startup: first frame 1234 ms (cpu 1900 ms)}. The start
 * is the operating system's record of when the process began, so the figures include the JVM's
 * own start. With {@code -Dbackproplab.startupLog=exit} the application also quits once the
 * window is complete, so that repeated launches can be timed. Silent without the property.
 */
public final class StartupLog {
    /** The system property that switches the log on. */
    public static final String PROPERTY = "backproplab.startupLog";
    private static final String SETTING = System.getProperty(PROPERTY, "false");
    private static final boolean EXIT = SETTING.equals("exit");
    private static final boolean ENABLED = EXIT || Boolean.parseBoolean(SETTING);
    /** USER_HZ, the unit of /proc/self/stat's times: 100 on every Linux architecture in use. */
    private static final long LINUX_TICKS_PER_SECOND = 100;

    private StartupLog() {
    }

    /** @return whether the log is on */
    public static boolean enabled() {
        return ENABLED;
    }

    /** @return whether the application should quit as soon as the window is complete */
    public static boolean exitWhenComplete() {
        return EXIT;
    }

    /**
     * Prints the milliseconds from process start to now, when the log is on.
     *
     * @param step what has just been reached
     */
    public static void mark(String step) {
        if (!ENABLED) {
            return;
        }
        ProcessHandle.Info process = ProcessHandle.current().info();
        long millis = linuxMillisSinceStart();
        if (millis < 0) {
            Instant started = process.startInstant().orElse(null);
            millis = started == null ? -1 : Duration.between(started, Instant.now()).toMillis();
        }
        long cpuMillis = process.totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println("startup: " + step + " " + millis + " ms (cpu " + cpuMillis + " ms)");
        System.out.flush();
    }

    /**
     * On Linux, the process's age from two clocks that both count from boot, to the 10 ms tick
     * ({@link ProcessHandle.Info#startInstant()} adds the boot time, known only to the second).
     *
     * @return milliseconds since the process started, or -1 elsewhere
     */
    private static long linuxMillisSinceStart() {
        try {
            String uptime = Files.readString(Path.of("/proc/uptime"));
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // fields after the command name "(…)": state is field 3, starttime field 22 (clock ticks)
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double upSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return Math.round(upSeconds * 1000) - startTicks * 1000 / LINUX_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
