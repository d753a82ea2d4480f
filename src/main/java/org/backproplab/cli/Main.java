package org.backproplab.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import org.backproplab.data.DataException;
import org.backproplab.engine.DivergenceException;
import org.backproplab.io.LabException;

/**
 * The single entry point of Backprop Lab: {@code trace}, {@code train}, {@code gradcheck},
 * {@code bench}, or {@code app} (the default) to open the window. Bad input gives one line on
 * stderr and exit code 2, never a stack trace.
 */
public final class Main {
    /** Exit code for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;

    private Main() {
    }

    /** @param args command and its arguments */
    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != 0 || !launchesWindow(args)) {
            System.out.flush();
            System.exit(code);
        }
    }

    private static boolean launchesWindow(String[] args) {
        return args.length == 0 || args[0].equals("app") || args[0].endsWith(".json");
    }

    /**
     * Runs a command in-process (used by tests).
     *
     * @param args command and arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "app" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        if (command.endsWith(".json")) {
            command = "app";
            rest = args;
        }
        command = command.equals("bench") && rest.length > 0 && rest[0].equals("ui") ? "bench ui" : command;
        if (command.equals("bench") && rest.length > 0 && rest[0].equals("soak")) {
            return org.backproplab.bench.SoakBenchmark.runCommand(Arrays.copyOfRange(rest, 1, rest.length), out, err);
        }
        try {
            return switch (command) {
                case "trace" -> TraceCommand.run(Arguments.parse(rest, "--steps"), out);
                case "train" -> TrainCommand.run(Arguments.parse(rest, "--epochs"), out);
                case "export" -> ExportCommand.run(Arguments.parse(rest, "--to", "--epochs"), out);
                case "gradcheck" -> GradcheckCommand.run(Arguments.parse(rest), out);
                case "bench" -> BenchCommand.run(Arguments.parse(rest, "--workload", "--seconds"), out);
                case "app" -> AppCommand.run(Arguments.parse(rest, Set.of("--presenter"), "--snapshot", "--steps", "--size"));
                case "bench ui" -> UiBenchCommand.run(Arguments.parse(Arrays.copyOfRange(rest, 1, rest.length), "--seconds", "--lesson"), out);
                case "help", "--help", "-h" -> {
                    out.print(usage());
                    yield 0;
                }
                default -> throw new UsageException("unknown command \"" + command + "\"");
            };
        } catch (UsageException e) {
            err.println("backprop-lab: " + e.getMessage());
            err.print(usage());
            return EXIT_BAD_INPUT;
        } catch (LabException | DataException e) {
            err.println(e.getMessage());
            return EXIT_BAD_INPUT;
        } catch (DivergenceException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    static String usage() {
        return """
                usage: backprop-lab [command] [arguments]
                  app [LAB] [--snapshot FILE.png --steps N]   open the window (the default)
                      [--size WxH]                            window size in pixels, e.g. 1280x800
                      [--presenter]                           start in presenter mode (large type, F11)
                  bench ui [--seconds S] [--lesson NAME]      measure the window while training flat out
                  trace LAB [--steps N]                        print every pass as JSON
                  train LAB [--epochs N]                       print per-epoch metrics as CSV
                  export LAB --to numpy [--epochs N]           print a NumPy script that trains the same way
                  gradcheck LAB                                compare analytic and numeric gradients
                  bench [--workload W1|W2|W3] [--seconds S]    run the engine benchmarks
                  bench soak [--iterations N] [--every N] [--lesson NAME]   heap and speed over a long run
                """;
    }
}
