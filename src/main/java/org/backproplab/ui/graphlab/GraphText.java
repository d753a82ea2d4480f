package org.backproplab.ui.graphlab;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.ScalarGraph;
import org.backproplab.engine.graph.GraphTrace;
import org.backproplab.engine.graph.PathSum;
import org.backproplab.ui.views.NumberText;

/** The words and formulas of the graph view: node names, a node's formula, the sum over paths. */
public final class GraphText {
    /** Most paths written out one per line in the explanation. */
    static final int PATHS_WRITTEN = 12;

    private GraphText() {
    }

    /**
     * @param n a node
     * @return its name; a constant's value; "#id" for an unnamed operation
     */
    public static String symbol(GraphTrace.Node n) {
        if (n.name() != null) {
            return n.name();
        }
        return n.op().equals(ScalarGraph.CONST) ? NumberText.short4(n.value()) : "#" + n.id();
    }

    /**
     * @param n a node
     * @return the operation as written on the node: "a + b", "σ", "x²"
     */
    public static String operation(GraphTrace t, GraphTrace.Node n) {
        List<String> in = new ArrayList<>();
        for (int i : n.inputs()) {
            in.add(symbol(t.nodes().get(i)));
        }
        return switch (n.op()) {
            case ScalarGraph.INPUT -> "input";
            case ScalarGraph.CONST -> "constant";
            case "+", "-", "/" -> in.get(0) + " " + n.op().replace('-', NumberText.MINUS) + " " + in.get(1);
            case "*" -> in.get(0) + " \u00b7 " + in.get(1);
            case "neg" -> NumberText.MINUS + in.get(0);
            case "^" -> in.get(0) + "^" + NumberText.short4(n.exponent());
            default -> n.op() + "(" + in.get(0) + ")";
        };
    }

    /**
     * @param out the output's symbol
     * @param n   a node
     * @return "∂e/∂b"
     */
    public static String partial(String out, GraphTrace.Node n) {
        return "\u2202" + out + "/\u2202" + symbol(n);
    }

    /**
     * The lecture's sum over paths, with numbers, and the count of the work.
     *
     * @param t   the graph
     * @param id  the clicked node
     * @param out the output's symbol
     * @return lines of text
     */
    public static List<String> pathExplanation(GraphTrace t, int id, String out) {
        GraphTrace.Node n = t.nodes().get(id);
        List<String> lines = new ArrayList<>();
        String d = partial(out, n);
        if (id == t.outputId()) {
            lines.add(d + " = 1 (the output itself)");
            lines.add(workLine(t, 0, "", out));
            return lines;
        }
        PathSum sum = PathSum.of(t, id);
        if (sum.pathCount() == 0) {
            lines.add(d + " = 0: no path leads from " + symbol(n) + " to " + out);
            return lines;
        }
        lines.add(d + ": " + sum.pathCount() + (sum.pathCount() == 1 ? " path" : " paths") + " from " + symbol(n) + " to " + out);
        List<String> terms = new ArrayList<>();
        for (int k = 0; k < sum.paths().size(); k++) {
            PathSum.Path p = sum.paths().get(k);
            String term = product(p);
            terms.add(term);
            if (k < PATHS_WRITTEN) {
                StringBuilder route = new StringBuilder();
                for (int i = 0; i < p.nodes().size(); i++) {
                    route.append(i == 0 ? "" : " \u2192 ").append(symbol(t.nodes().get(p.nodes().get(i))));
                }
                lines.add("   " + route + ":  " + term + " = " + NumberText.short4(p.product()));
            }
        }
        if (sum.paths().size() > PATHS_WRITTEN) {
            lines.add("   … and " + (sum.paths().size() - PATHS_WRITTEN) + " more");
        }
        String total = sum.complete() ? NumberText.short4(sum.sum()) : NumberText.short4(n.gradient());
        lines.add(d + " = " + String.join(" + ", terms) + (sum.complete() ? "" : " + …") + " = " + total);
        lines.add(workLine(t, sum.pathFactors(), d, out));
        return lines;
    }

    // the product along one path, written from the output down, as the lecture does (2·1)
    private static String product(PathSum.Path p) {
        List<String> factors = new ArrayList<>();
        for (int i = p.factors().size() - 1; i >= 0; i--) {
            factors.add(NumberText.short4(p.factors().get(i)));
        }
        return String.join("\u00b7", factors);
    }

    private static String workLine(GraphTrace t, long factors, String d, String out) {
        long all = 0;
        for (GraphTrace.Node n : t.nodes()) {
            if (n.id() != t.outputId()) {
                long f = PathSum.of(t, n.id()).pathFactors();
                all = f > Long.MAX_VALUE - all ? Long.MAX_VALUE : all + f;
            }
        }
        String self = d.isEmpty() ? "" : factors + " for " + d + " alone, ";
        return "Work: reverse mode made " + t.edgeVisits() + " edge visits for every \u2202" + out
                + "/\u2202node at once; summing paths multiplies " + self + all + " for all nodes.";
    }
}
