package org.backproplab.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.backproplab.data.DataException;
import org.backproplab.engine.DivergenceException;
import org.backproplab.input.OneLine;
import org.backproplab.io.LabException;
import picocli.CommandLine;

/**
 * The single entry point of Backprop Lab: {@code trace}, {@code train}, {@code export},
 * {@code gradcheck}, {@code bench} (with {@code bench ui} and {@code bench soak}), or {@code app} (the default) to open the window. Each
 * command is one picocli class; {@link #commandLine} lists them. Bad input gives one line on
 * stderr and exit code 2 (a usage error adds the command's usage below that line), never a
 * stack trace; stdout carries only the command's own output.
 */
public final class Main {
    /** Exit code for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;

    private Main() {
    }

    /** @param args command and its arguments */
    public static void main(String[] args) {
        // time limits count from the JVM's start, so they bound the whole process
        long started = System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        int code = run(args, System.out, System.err, started);
        if (code != 0 || !launchesWindow(args)) {
            System.out.flush();
            System.exit(code);
        }
    }

    private static boolean launchesWindow(String[] args) {
        String[] full = withCommand(args);
        return full[0].equals("app") && !isHelp(full);
    }

    private static boolean isHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return true;
            }
        }
        return false;
    }

    /** No arguments, or a lab file first, means {@code app}. */
    private static String[] withCommand(String[] args) {
        if (args.length == 0 || args[0].endsWith(".json")) {
            String[] full = new String[args.length + 1];
            full[0] = "app";
            System.arraycopy(args, 0, full, 1, args.length);
            return full;
        }
        return args;
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
        return run(args, out, err, System.nanoTime());
    }

    private static int run(String[] args, PrintStream out, PrintStream err, long started) {
        CommandLine cli = commandLine(out, err, started);
        cli.setParameterExceptionHandler((e, given) -> usageError(e.getCommandLine(), UsageErrors.describe(e), err));
        cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, command, err));
        int code = cli.execute(withCommand(args));
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Every command. A new command is one class and one line here (a subcommand of {@code bench}
     * goes on the bench line).
     *
     * @param started {@link System#nanoTime()} at the program's start (time limits count from it)
     */
    static CommandLine commandLine(PrintStream out, PrintStream err, long started) {
        CommandLine cli = new CommandLine(new BackpropLabCommand())
                .addSubcommand(new AppCommand())
                .addSubcommand(new TraceCommand(out))
                .addSubcommand(new TrainCommand(out))
                .addSubcommand(new ExportCommand(out))
                .addSubcommand(new GradcheckCommand(out, err, started))
                .addSubcommand(new CommandLine(new BenchCommand(out))
                        .addSubcommand(new UiBenchCommand(out, err))
                        .addSubcommand(new SoakCommand(out, err)))
                .addSubcommand(new CommandLine.HelpCommand());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        // an argument starting with @ is a file name, not a file of arguments
        cli.setExpandAtFiles(false);
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        return cli;
    }

    private static int failure(Exception e, CommandLine command, PrintStream err) throws Exception {
        if (e instanceof UsageException) {
            return usageError(command, e.getMessage(), err);
        }
        if (e instanceof LabException || e instanceof DataException) {
            err.println(OneLine.of(e.getMessage()));
            return EXIT_BAD_INPUT;
        }
        if (e instanceof DivergenceException) {
            err.println(OneLine.of(labNamed(command) + e.getMessage()));
            return 1;
        }
        throw e;
    }

    /** @return "LAB: " for the command's lab file argument, or "" for a command without one */
    private static String labNamed(CommandLine command) {
        for (CommandLine.Model.PositionalParamSpec p : command.getCommandSpec().positionalParameters()) {
            Object value = p.getValue();
            if ("LAB".equals(p.paramLabel()) && value != null) {
                return value + ": ";
            }
        }
        return "";
    }

    private static int usageError(CommandLine command, String message, PrintStream err) {
        err.println("backprop-lab: " + OneLine.of(message));
        err.print(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        err.flush();
        return EXIT_BAD_INPUT;
    }
}
