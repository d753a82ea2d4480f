package org.backproplab.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.backproplab.io.LabFile;
import org.backproplab.io.Lessons;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.History;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.Stepper;
import org.backproplab.sim.TrainingRun;

/**
 * {@code bench soak}: a long run of a lesson through the {@link TrainingRun} the window uses,
 * playing flat out on its own thread with the Step Back history on (default budget), publishing
 * snapshots as for the window. Every {@code every} iterations it pauses, collects garbage and
 * prints one sample: the used heap after GC, the bytes the history holds, the rest of the heap
 * (used − history, which must stay flat: anything growing there is a leak), and the iterations
 * per second of the stretch since the last sample, by the clock and per second of the training
 * thread's processor time (which must not fall; the latter is immune to a busy machine). Run it with the heap the
 * issue asks for, e.g. {@code java -Xmx512m … bench soak}; one line per sample:
 * {@code workload=soak lesson=iris-softmax-mlp iteration=100000 used_heap_mb=… history_mb=…
 * other_heap_mb=… iterations_per_s=… iterations_per_cpu_s=… budget_mb=256 max_heap_mb=512}, and per lesson one line
 * {@code snapshot_bytes=…} with the bytes one published snapshot allocates (its own copies).
 */
public final class SoakBenchmark {
    /** Iterations of each lesson by default. */
    public static final long DEFAULT_ITERATIONS = 1_000_000;
    /** Iterations between samples by default. */
    public static final long DEFAULT_EVERY = 100_000;
    /** The lessons soaked by default. */
    public static final List<String> DEFAULT_LESSONS = List.of("iris-softmax-mlp", "digits-8x8-mlp");

    private static final double MB = 1 << 20;

    private SoakBenchmark() {
    }

    /**
     * One sample.
     *
     * @param iteration         iterations completed
     * @param usedHeapBytes     heap in use after a full GC
     * @param historyBytes      bytes the Step Back history holds (approximate)
     * @param iterationsPerSecond training speed over the stretch since the previous sample
     * @param iterationsPerCpuSecond the same per second of processor time of the training
     *                               thread (unaffected by other programs sharing the machine)
     */
    public record Sample(long iteration, long usedHeapBytes, long historyBytes, double iterationsPerSecond,
                         double iterationsPerCpuSecond) {
    }

    /**
     * The command line: {@code bench soak [--iterations N] [--every N] [--lesson NAME]}.
     *
     * @param args the arguments after {@code soak}
     * @param out  where the samples go
     * @param err  where a usage error goes (one line)
     * @return the exit code (2 for a usage error)
     */
    public static int runCommand(String[] args, PrintStream out, PrintStream err) {
        long iterations = DEFAULT_ITERATIONS;
        long every = DEFAULT_EVERY;
        List<String> lessons = DEFAULT_LESSONS;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--iterations" -> iterations = positive(args[i], value);
                    case "--every" -> every = positive(args[i], value);
                    case "--lesson" -> lessons = List.of(required(args[i], value));
                    default -> throw new IllegalArgumentException("bench soak: unknown option \"" + args[i] + "\"");
                }
                i++;
            }
            for (String name : lessons) {
                soak(lesson(name), name, iterations, every, out);
            }
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException("bench soak: " + option + " needs a value");
        }
        return value;
    }

    private static long positive(String option, String value) {
        try {
            long n = Long.parseLong(required(option, value));
            if (n > 0 && n <= 1_000_000_000L) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("bench soak: " + option + " expects a whole number from 1 to 10^9, found \""
                + value + "\"");
    }

    private static LabFile lesson(String name) {
        return Lessons.builtIn().stream().filter(l -> l.fileName().startsWith(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bench soak: no lesson named \"" + name + "\""))
                .lab();
    }

    /**
     * Soaks one lab and prints its samples.
     *
     * @param lab        the lab
     * @param name       its name in the output
     * @param iterations iterations to train
     * @param every      iterations between samples
     * @param out        where the lines go
     * @return the samples, the first at iteration 0
     */
    public static List<Sample> soak(LabFile lab, String name, long iterations, long every, PrintStream out) {
        out.println(String.format(Locale.ROOT, "workload=soak lesson=%s %s parameters=%d",
                name, snapshotBytes(lab), lab.architecture().parameterCount()));
        List<Sample> samples = new ArrayList<>();
        try (TrainingRun run = new TrainingRun(LabRun.start(lab))) {
            run.setSpeed(TrainingRun.FLAT_OUT);
            // a soak runs past the lab's own epoch count (where Play in the window stops)
            run.setEpochLimit(Integer.MAX_VALUE);
            Snapshot s = run.flush().get(1, TimeUnit.MINUTES);
            samples.add(sample(run, s, 0, 0));
            print(out, name, samples.get(0));
            long trainingThread = trainingThreadId();
            for (long mark = every; mark <= iterations; mark += every) {
                run.play();
                long start = System.nanoTime();
                long cpuStart = ManagementFactory.getThreadMXBean().getThreadCpuTime(trainingThread);
                long from = s.iteration();
                do {
                    s = run.flush().get(1, TimeUnit.MINUTES);
                    if (!s.message().isEmpty() && !s.running()) {
                        throw new IllegalStateException("bench soak: " + name + " stopped: " + s.message());
                    }
                } while (s.iteration() + 1 < mark);
                run.pause();
                s = run.flush().get(1, TimeUnit.MINUTES);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (ManagementFactory.getThreadMXBean().getThreadCpuTime(trainingThread) - cpuStart) / 1e9;
                Sample sample = sample(run, s, (s.iteration() - from) / seconds,
                        cpuStart < 0 ? Double.NaN : (s.iteration() - from) / cpuSeconds);
                samples.add(sample);
                print(out, name, sample);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench soak: interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("bench soak: the training run did not answer: " + e);
        }
        return samples;
    }

    private static Sample sample(TrainingRun run, Snapshot s, double rate, double cpuRate) {
        System.gc();
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Sample(s.iteration() + (s.phase().updated() ? 1 : 0), used, run.historyBytes(), rate, cpuRate);
    }

    /** @return the id of the live "training-run" thread, or −1 when there is none */
    private static long trainingThreadId() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("training-run") && t.isAlive())
                .mapToLong(Thread::getId).max().orElse(-1);
    }

    private static void print(PrintStream out, String name, Sample s) {
        out.println(String.format(Locale.ROOT,
                "workload=soak lesson=%s iteration=%d used_heap_mb=%.1f history_mb=%.1f other_heap_mb=%.1f"
                        + " iterations_per_s=%.0f iterations_per_cpu_s=%.0f budget_mb=%.0f max_heap_mb=%.0f",
                name, s.iteration(), s.usedHeapBytes() / MB, s.historyBytes() / MB,
                (s.usedHeapBytes() - s.historyBytes()) / MB, s.iterationsPerSecond(), s.iterationsPerCpuSecond(),
                History.DEFAULT_BUDGET_BYTES / MB, Runtime.getRuntime().maxMemory() / MB));
        out.flush();
    }

    /**
     * The bytes one snapshot allocates when published mid-play (its copies of the parameters and
     * batch rows, the frozen loss and metrics lists), measured with the JVM's per-thread
     * allocation counter over many snapshots.
     *
     * @param lab the lab
     * @return {@code snapshot_bytes=B parameter_copy_bytes=P}: bytes per snapshot and, of those,
     *         the copy of the parameters; "n/a" where the JVM does not count allocations
     */
    static String snapshotBytes(LabFile lab) {
        Stepper stepper = new Stepper(LabRun.start(lab), History.DEFAULT_BUDGET_BYTES);
        for (int i = 0; i < 2_000; i++) {
            stepper.playIteration(i % 100 == 99);
        }
        stepper.forward(Granularity.PHASE);
        long thread = Thread.currentThread().getId();
        try {
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            Method allocated = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getThreadAllocatedBytes", long.class);
            int n = 20_000;
            for (int i = 0; i < n; i++) {
                stepper.snapshot(true);
            }
            long before = (long) allocated.invoke(bean, thread);
            for (int i = 0; i < n; i++) {
                stepper.snapshot(true);
            }
            long after = (long) allocated.invoke(bean, thread);
            var parameters = stepper.liveParameters();
            long copyBefore = (long) allocated.invoke(bean, thread);
            for (int i = 0; i < n; i++) {
                parameters.copy();
            }
            long copyAfter = (long) allocated.invoke(bean, thread);
            return "snapshot_bytes=" + (after - before) / n + " parameter_copy_bytes=" + (copyAfter - copyBefore) / n;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "snapshot_bytes=n/a";
        }
    }
}
