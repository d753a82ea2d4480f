package org.backproplab.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * A scalar computational graph (like micrograd's {@code Value}): each node keeps its forward
 * value, its inputs with the local derivative on each edge, and after {@link #backward()} the
 * derivative of the output with respect to it. Reverse mode visits every edge once.
 */
public final class ScalarGraph {
    private final String label;
    private final double value;
    private final List<ScalarGraph> inputs;
    private final double[] localDerivatives;
    private double gradient;

    private ScalarGraph(String label, double value, List<ScalarGraph> inputs, double[] localDerivatives) {
        this.label = label;
        this.value = value;
        this.inputs = List.copyOf(inputs);
        this.localDerivatives = localDerivatives;
    }

    /**
     * @param label name shown in the graph, e.g. "a"
     * @param value the leaf's value
     * @return a leaf node
     */
    public static ScalarGraph leaf(String label, double value) {
        return new ScalarGraph(label, value, List.of(), new double[0]);
    }

    /**
     * @param label name of the result
     * @param other second summand
     * @return this + other; ∂/∂this = 1, ∂/∂other = 1
     */
    public ScalarGraph add(String label, ScalarGraph other) {
        return new ScalarGraph(label, value + other.value, List.of(this, other), new double[] {1, 1});
    }

    /**
     * @param label name of the result
     * @param other second factor
     * @return this · other; ∂/∂this = other, ∂/∂other = this
     */
    public ScalarGraph mul(String label, ScalarGraph other) {
        return new ScalarGraph(label, value * other.value, List.of(this, other), new double[] {other.value, value});
    }

    /**
     * @param label      name of the result
     * @param activation an element-wise activation
     * @return g(this); ∂/∂this = g'(this)
     */
    public ScalarGraph apply(String label, Activation activation) {
        double a = activation.value(value);
        return new ScalarGraph(label, a, List.of(this), new double[] {activation.derivative(value, a)});
    }

    /**
     * @param label name of the result
     * @param f     function
     * @param df    its derivative
     * @return f(this); ∂/∂this = f'(this)
     */
    public ScalarGraph apply(String label, DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return new ScalarGraph(label, f.applyAsDouble(value), List.of(this), new double[] {df.applyAsDouble(value)});
    }

    /**
     * Reverse mode from this node: sets d(this)/d(node) on every node reachable from it, visiting
     * nodes in reverse topological order so each edge is used once.
     */
    public void backward() {
        List<ScalarGraph> order = topologicalOrder();
        for (ScalarGraph n : order) {
            n.gradient = 0;
        }
        gradient = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            ScalarGraph n = order.get(i);
            for (int k = 0; k < n.inputs.size(); k++) {
                // ∂out/∂input += ∂out/∂n · ∂n/∂input   (sum over paths)
                n.inputs.get(k).gradient += n.gradient * n.localDerivatives[k];
            }
        }
    }

    /** @return nodes reachable from this one, every input before the nodes that use it */
    public List<ScalarGraph> topologicalOrder() {
        List<ScalarGraph> order = new ArrayList<>();
        visit(this, new HashSet<>(), order);
        return order;
    }

    private static void visit(ScalarGraph n, Set<ScalarGraph> seen, List<ScalarGraph> order) {
        if (seen.add(n)) {
            for (ScalarGraph in : n.inputs) {
                visit(in, seen, order);
            }
            order.add(n);
        }
    }

    /** @return the node's name */
    public String label() {
        return label;
    }

    /** @return the forward value */
    public double value() {
        return value;
    }

    /** @return d(output)/d(this node) after {@link #backward()} */
    public double gradient() {
        return gradient;
    }

    /** @return the nodes this one was computed from */
    public List<ScalarGraph> inputs() {
        return inputs;
    }

    /**
     * @param index which input
     * @return ∂this/∂input, the local derivative on that edge
     */
    public double localDerivative(int index) {
        return localDerivatives[index];
    }
}
