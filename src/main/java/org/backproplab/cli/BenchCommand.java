package org.backproplab.cli;

import java.io.PrintStream;

/** {@code bench}: the engine benchmark workloads of BENCHMARKS.md. */
final class BenchCommand {
    private BenchCommand() {
    }

    static int run(Arguments args, PrintStream out) {
        throw new UsageException("bench is being built");
    }
}
