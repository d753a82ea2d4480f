package org.backproplab.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.backproplab.bench.BenchProtocol;
import org.backproplab.bench.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench [--workload W1|W2|W3] [--seconds S]}: the engine benchmark workloads of
 * BENCHMARKS.md, one line each (all three when no workload is named). S scales the warm-up and
 * each timed run (default 1 second). Its subcommands ({@code bench ui}) measure other things.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run the engine benchmarks (BENCHMARKS.md), one line per workload.")
final class BenchCommand implements Callable<Integer> {
    private final PrintStream out;

    @Option(names = "--workload", paramLabel = "W", description = "W1, W2 or W3 (default: all three)")
    private String workload;

    @Option(names = "--seconds", paramLabel = "S", converter = OptionTypes.Seconds.class,
            description = "scale of the warm-up and of each timed run (default: 1)")
    private double seconds = 1.0;

    BenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        List<Workload> workloads;
        try {
            workloads = workload == null ? List.of(Workload.values()) : List.of(Workload.fromId(workload));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (Workload w : workloads) {
            out.println(BenchProtocol.run(w, seconds).line());
            out.flush();
        }
        return 0;
    }
}
