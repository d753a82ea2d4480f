package org.backproplab.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/**
 * A scalar computational graph (like micrograd's {@code Value}): each node keeps its operation,
 * its forward value, its inputs with the local derivative on each edge, and after
 * {@link #backward()} the derivative of the output with respect to it. Reverse mode visits
 * every edge once. Values that are not finite (log of a negative, 1/0) are computed and kept as
 * they are, never thrown.
 */
public final class ScalarGraph {
    /** Operation name of a leaf that is an input. */
    public static final String INPUT = "input";
    /** Operation name of a leaf that is a constant. */
    public static final String CONST = "const";

    private final String label;
    private final String op;
    private final double value;
    private final List<ScalarGraph> inputs;
    private final double[] localDerivatives;
    private final double exponent;
    private double gradient;

    private ScalarGraph(String label, String op, double value, List<ScalarGraph> inputs, double[] localDerivatives,
                        double exponent) {
        this.label = label;
        this.op = op;
        this.value = value;
        this.inputs = List.copyOf(inputs);
        this.localDerivatives = localDerivatives;
        this.exponent = exponent;
    }

    private ScalarGraph(String label, String op, double value, List<ScalarGraph> inputs, double[] localDerivatives) {
        this(label, op, value, inputs, localDerivatives, Double.NaN);
    }

    /**
     * @param label name shown in the graph, e.g. "a"
     * @param value the leaf's value
     * @return an input leaf
     */
    public static ScalarGraph leaf(String label, double value) {
        return new ScalarGraph(label, INPUT, value, List.of(), new double[0]);
    }

    /**
     * @param value the constant
     * @return a constant leaf without a name
     */
    public static ScalarGraph constant(double value) {
        return new ScalarGraph(null, CONST, value, List.of(), new double[0]);
    }

    /**
     * @param label the constant's name, or null
     * @param value the constant
     * @return a constant leaf
     */
    public static ScalarGraph constant(String label, double value) {
        return new ScalarGraph(label, CONST, value, List.of(), new double[0]);
    }

    /**
     * @param newLabel a name, or null
     * @return the same operation on the same inputs as a new node with that name (for naming a
     *         node nothing uses yet)
     */
    public ScalarGraph named(String newLabel) {
        return new ScalarGraph(newLabel, op, value, inputs, localDerivatives, exponent);
    }

    /**
     * @param label name of the result
     * @param other second summand
     * @return this + other; ∂/∂this = 1, ∂/∂other = 1
     */
    public ScalarGraph add(String label, ScalarGraph other) {
        return new ScalarGraph(label, "+", value + other.value, List.of(this, other), new double[] {1, 1});
    }

    /**
     * @param label name of the result
     * @param other the subtrahend
     * @return this − other; ∂/∂this = 1, ∂/∂other = −1
     */
    public ScalarGraph sub(String label, ScalarGraph other) {
        return new ScalarGraph(label, "-", value - other.value, List.of(this, other), new double[] {1, -1});
    }

    /**
     * @param label name of the result
     * @param other second factor
     * @return this · other; ∂/∂this = other, ∂/∂other = this
     */
    public ScalarGraph mul(String label, ScalarGraph other) {
        return new ScalarGraph(label, "*", value * other.value, List.of(this, other), new double[] {other.value, value});
    }

    /**
     * @param label name of the result
     * @param other the divisor
     * @return this / other; ∂/∂this = 1/other, ∂/∂other = −this/other²
     */
    public ScalarGraph div(String label, ScalarGraph other) {
        double q = other.value;
        return new ScalarGraph(label, "/", value / q, List.of(this, other), new double[] {1 / q, -value / (q * q)});
    }

    /**
     * @param label name of the result
     * @return −this; ∂/∂this = −1
     */
    public ScalarGraph neg(String label) {
        return new ScalarGraph(label, "neg", -value, List.of(this), new double[] {-1});
    }

    /**
     * @param label name of the result
     * @param p     a constant exponent (not a node of the graph)
     * @return this^p; ∂/∂this = p · this^(p−1) (0 for p = 0)
     */
    public ScalarGraph pow(String label, double p) {
        double d = p == 0 ? 0 : p * Math.pow(value, p - 1);
        return new ScalarGraph(label, "^", Math.pow(value, p), List.of(this), new double[] {d}, p);
    }

    /**
     * @param label      name of the result
     * @param activation an element-wise activation
     * @return g(this); ∂/∂this = g'(this)
     */
    public ScalarGraph apply(String label, Activation activation) {
        double a = activation.value(value);
        return new ScalarGraph(label, activation.id(), a, List.of(this), new double[] {activation.derivative(value, a)});
    }

    /**
     * @param label name of the result
     * @param f     function
     * @param df    its derivative
     * @return f(this); ∂/∂this = f'(this), with operation name "f"
     */
    public ScalarGraph apply(String label, DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return apply(label, "f", f, df);
    }

    /**
     * @param label name of the result
     * @param op    the function's name, e.g. "exp"
     * @param f     function
     * @param df    its derivative
     * @return f(this); ∂/∂this = f'(this)
     */
    public ScalarGraph apply(String label, String op, DoubleUnaryOperator f, DoubleUnaryOperator df) {
        return new ScalarGraph(label, op, f.applyAsDouble(value), List.of(this), new double[] {df.applyAsDouble(value)});
    }

    /**
     * Reverse mode from this node: sets d(this)/d(node) on every node reachable from it, visiting
     * nodes in reverse topological order so each edge is used once.
     */
    public void backward() {
        backward(1);
    }

    /**
     * Reverse mode from this node, seeded with dJ/d(this) for an outer J (a hidden unit's graph
     * seeded with the network's ∂J/∂a): sets dJ/d(node) on every node reachable from it.
     *
     * @param seed dJ/d(this)
     * @return the number of edges visited (each once)
     */
    public int backward(double seed) {
        List<ScalarGraph> order = topologicalOrder();
        for (ScalarGraph n : order) {
            n.gradient = 0;
        }
        gradient = seed;
        int visits = 0;
        for (int i = order.size() - 1; i >= 0; i--) {
            ScalarGraph n = order.get(i);
            for (int k = 0; k < n.inputs.size(); k++) {
                // ∂out/∂input += ∂out/∂n · ∂n/∂input   (sum over paths)
                n.inputs.get(k).gradient += n.gradient * n.localDerivatives[k];
                visits++;
            }
        }
        return visits;
    }

    /** @return nodes reachable from this one, every input before the nodes that use it */
    public List<ScalarGraph> topologicalOrder() {
        // depth-first post-order with an explicit stack (a long chain must not overflow the call stack)
        List<ScalarGraph> order = new ArrayList<>();
        Set<ScalarGraph> seen = new HashSet<>();
        Deque<ScalarGraph> nodes = new ArrayDeque<>();
        Deque<Integer> nextInput = new ArrayDeque<>();
        seen.add(this);
        nodes.push(this);
        nextInput.push(0);
        while (!nodes.isEmpty()) {
            ScalarGraph n = nodes.peek();
            int k = nextInput.pop();
            if (k < n.inputs.size()) {
                nextInput.push(k + 1);
                ScalarGraph in = n.inputs.get(k);
                if (seen.add(in)) {
                    nodes.push(in);
                    nextInput.push(0);
                }
            } else {
                nodes.pop();
                order.add(n);
            }
        }
        return order;
    }

    /** @return the node's name, or null for an unnamed intermediate or constant */
    public String label() {
        return label;
    }

    /** @return the operation: {@link #INPUT}, {@link #CONST}, "+", "-", "*", "/", "^", "neg" or a function name */
    public String op() {
        return op;
    }

    /** @return the constant exponent of a "^" node, NaN for other nodes */
    public double exponent() {
        return exponent;
    }

    /** @return the forward value */
    public double value() {
        return value;
    }

    /** @return d(output)/d(this node) after {@link #backward()} (0 for a node the output does not use) */
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
