package org.backproplab.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backproplab.bench.SoakBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code bench soak [--iterations N] [--every N] [--lesson NAME]}: the soak benchmark's heap and
 * speed samples over a long run; {@link SoakBenchmark} reads its own options (and reports a bad
 * one on one line, exit code 2).
 */
@Command(name = "soak", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Heap and speed over a long run of the training with history on (BENCHMARKS.md).",
        footer = {"Options read by the benchmark:", "  --iterations N   iterations per lesson",
            "  --every N        iterations between two samples", "  --lesson NAME    one lesson instead of the default ones"})
final class SoakCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    @Unmatched
    private List<String> arguments = new ArrayList<>();

    SoakCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        return SoakBenchmark.runCommand(arguments.toArray(new String[0]), out, err);
    }
}
