package org.backproplab.engine.graph;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.ScalarGraph;

/**
 * The one-argument functions a graph program may call: {@code exp} and {@code log}, and every
 * element-wise activation of the engine under its lab-file name ({@code sigmoid}, {@code tanh},
 * {@code relu}, …), whose value and derivative come from {@link Activation} itself.
 */
public final class GraphFunctions {
    private GraphFunctions() {
    }

    /**
     * @param name a function name as written in a program
     * @return whether a program may call it
     */
    public static boolean exists(String name) {
        return names().contains(name);
    }

    /** @return every callable name: exp, log, then the element-wise activations */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of("exp", "log"));
        for (Activation a : Activation.values()) {
            if (a != Activation.SOFTMAX) {
                names.add(a.id());
            }
        }
        return names;
    }

    /**
     * @param name     a name for which {@link #exists} holds
     * @param label    the result's name, or null
     * @param argument the function's argument
     * @return the function applied to the argument, with its local derivative on the edge
     */
    public static ScalarGraph apply(String name, String label, ScalarGraph argument) {
        return switch (name) {
            // exp' = exp
            case "exp" -> argument.apply(label, "exp", Math::exp, Math::exp);
            // log' = 1/x (natural logarithm)
            case "log" -> argument.apply(label, "log", Math::log, x -> 1 / x);
            default -> argument.apply(label, Activation.fromId(name));
        };
    }
}
