package org.backproplab.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A command's arguments: positional values, {@code --option value} pairs and {@code --flag}s,
 * restricted to the options the command declares.
 *
 * @param positional values in order
 * @param options    option name (with dashes) to value
 */
record Arguments(List<String> positional, Map<String, String> options) {

    static Arguments parse(String[] args, String... allowed) {
        return parse(args, Set.of(), allowed);
    }

    /**
     * @param args    the command's arguments
     * @param flags   options that take no value (present or not, see {@link #flag})
     * @param allowed options that take a value
     * @return the parsed arguments
     */
    static Arguments parse(String[] args, Set<String> flags, String... allowed) {
        Set<String> ok = Set.of(allowed);
        List<String> pos = new ArrayList<>();
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (flags.contains(a)) {
                opts.put(a, "true");
            } else if (a.startsWith("--")) {
                String name = a;
                String value;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException(a + " needs a value");
                }
                if (!ok.contains(name)) {
                    throw new UsageException("unknown option " + name);
                }
                opts.put(name, value);
            } else {
                pos.add(a);
            }
        }
        return new Arguments(List.copyOf(pos), Map.copyOf(opts));
    }

    /**
     * @param name a flag's name (with dashes)
     * @return whether it was given
     */
    boolean flag(String name) {
        return options.containsKey(name);
    }

    String onlyPositional(String what) {
        if (positional.size() != 1) {
            throw new UsageException("expected exactly one " + what + ", found " + positional.size() + " arguments");
        }
        return positional.get(0);
    }

    int intOption(String name, int fallback, int min) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min) {
                throw new UsageException(name + " must be at least " + min + ", found " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " expects a whole number, found \"" + v + "\"");
        }
    }

    double doubleOption(String name, double fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new UsageException(name + " must be a positive number, found " + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " expects a number, found \"" + v + "\"");
        }
    }
}
