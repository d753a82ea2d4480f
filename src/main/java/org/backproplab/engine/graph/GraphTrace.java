package org.backproplab.engine.graph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.backproplab.engine.ScalarGraph;

/**
 * A computational graph after its forward and backward pass, frozen: every node's value, the
 * local derivative on each of its input edges, and d(output)/d(node). Immutable; the trace
 * writer and the graph view read it.
 *
 * @param outputName the output's name
 * @param outputId   the output's node id
 * @param nodes      nodes in evaluation order; a node's id is its index
 * @param edgeVisits edges reverse mode visited (each edge the output depends on, once)
 */
public record GraphTrace(String outputName, int outputId, List<Node> nodes, int edgeVisits) {

    /**
     * One node.
     *
     * @param id               index in evaluation order
     * @param name             its name, or null
     * @param op               "input", "const", "+", "-", "*", "/", "^", "neg" or a function name
     * @param inputs           ids of its inputs
     * @param value            the forward value
     * @param localDerivatives ∂node/∂input for each input
     * @param gradient         d(output)/d(node) (0 when the output does not use it)
     * @param exponent         the constant exponent of a "^" node, NaN otherwise
     */
    public record Node(int id, String name, String op, List<Integer> inputs, double value,
                       List<Double> localDerivatives, double gradient, double exponent) {
        /** Copies the lists. */
        public Node {
            inputs = List.copyOf(inputs);
            localDerivatives = List.copyOf(localDerivatives);
        }

        /** @return whether its value, gradient and local derivatives are all finite */
        public boolean finite() {
            return Double.isFinite(value) && Double.isFinite(gradient)
                    && localDerivatives.stream().allMatch(Double::isFinite);
        }
    }

    /** Copies the list. */
    public GraphTrace {
        nodes = List.copyOf(nodes);
    }

    /**
     * Runs reverse mode from {@code output} and freezes the graph.
     *
     * @param order      every node, each input before the nodes using it
     * @param output     the output node (in {@code order})
     * @param outputName its name
     * @param seed       d(J)/d(output) to start from: 1 for the program's own output
     * @return the frozen graph
     */
    public static GraphTrace of(List<ScalarGraph> order, ScalarGraph output, String outputName, double seed) {
        int visits = output.backward(seed);
        Map<ScalarGraph, Integer> ids = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>(order.size());
        for (ScalarGraph n : order) {
            int id = nodes.size();
            ids.put(n, id);
            List<Integer> inputs = new ArrayList<>();
            List<Double> local = new ArrayList<>();
            for (int k = 0; k < n.inputs().size(); k++) {
                Integer in = ids.get(n.inputs().get(k));
                if (in == null) {
                    throw new IllegalArgumentException("node " + id + " uses a node not before it");
                }
                inputs.add(in);
                local.add(n.localDerivative(k));
            }
            // a node the output does not reach keeps gradient 0 from its construction
            nodes.add(new Node(id, n.label(), n.op(), inputs, n.value(), local, n.gradient(), n.exponent()));
        }
        Integer out = ids.get(output);
        if (out == null) {
            throw new IllegalArgumentException("the output is not among the nodes");
        }
        return new GraphTrace(outputName, out, nodes, visits);
    }

    /** @return the output's node */
    public Node output() {
        return nodes.get(outputId);
    }

    /** @return ids of the nodes that are not finite, in order */
    public List<Integer> nonFinite() {
        return nodes.stream().filter(n -> !n.finite()).map(Node::id).toList();
    }

    /**
     * @param name a node name
     * @return the last node of that name (an input or the latest assignment), or null
     */
    public Node named(String name) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (name.equals(nodes.get(i).name())) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /**
     * @param id a node
     * @return the ids of the nodes that use it
     */
    public List<Integer> consumers(int id) {
        List<Integer> users = new ArrayList<>();
        for (Node n : nodes) {
            if (n.inputs().contains(id)) {
                users.add(n.id());
            }
        }
        return users;
    }
}
