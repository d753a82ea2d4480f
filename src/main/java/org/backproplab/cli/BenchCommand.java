package org.backproplab.cli;

import java.io.PrintStream;
import java.util.List;
import org.backproplab.bench.BenchProtocol;
import org.backproplab.bench.Workload;

/**
 * {@code bench [--workload W1|W2|W3] [--seconds S]}: the engine benchmark workloads of
 * BENCHMARKS.md, one line each (all three when no workload is named). S scales the warm-up and
 * each timed run (default 1 second).
 */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(Arguments args, PrintStream out) {
        if (!args.positional().isEmpty()) {
            throw new UsageException("bench takes no positional arguments, found \"" + args.positional().get(0) + "\"");
        }
        String id = args.options().get("--workload");
        List<Workload> workloads;
        try {
            workloads = id == null ? List.of(Workload.values()) : List.of(Workload.fromId(id));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double seconds = args.doubleOption("--seconds", 1.0);
        for (Workload w : workloads) {
            out.println(BenchProtocol.run(w, seconds).line());
            out.flush();
        }
        return 0;
    }
}
