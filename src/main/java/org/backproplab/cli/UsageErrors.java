package org.backproplab.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Picocli's parse errors in the program's own words, one line each: {@code unknown option --x},
 * {@code --steps needs a value}, {@code --seconds expects a number, found "fast"},
 * {@code unknown command "frobnicate"}.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    /**
     * @param e what picocli could not parse
     * @return the one-line reason (without the program-name prefix)
     */
    static String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return unmatched(e.getCommandLine(), u.getUnmatched());
        }
        ArgSpec arg = e.getArgSpec();
        if (e.getCause() instanceof CommandLine.TypeConversionException conversion && arg != null) {
            return name(arg) + " " + conversion.getMessage();
        }
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<ArgSpec> specs = missing.getMissing();
            ArgSpec first = specs.isEmpty() ? arg : specs.get(0);
            if (first != null && first.isOption()) {
                return name(first) + " needs a value";
            }
            if (first != null) {
                return e.getCommandLine().getCommandName() + " needs " + first.paramLabel();
            }
        }
        return e.getMessage();
    }

    private static String unmatched(CommandLine command, List<String> args) {
        String first = args.isEmpty() ? "" : args.get(0);
        if (first.startsWith("-")) {
            int eq = first.indexOf('=');
            return "unknown option " + (eq > 0 ? first.substring(0, eq) : first);
        }
        if (command.getParent() == null) {
            return "unknown command \"" + first + "\"";
        }
        return command.getCommandName() + ": unexpected argument \"" + first + "\"";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }
}
