package org.backproplab.ui.graphlab;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.backproplab.engine.ScalarGraph;
import org.backproplab.engine.graph.GraphTrace;
import org.backproplab.io.GraphLab;

/**
 * The stepping state of a graph on show. Position 0 shows the inputs and constants; each step
 * forward computes the next operation in evaluation order; after the last one each step
 * backward reveals d(output)/d(node) for the next node in reverse order, the output first
 * (constants are skipped: they are not variables).
 * Editing an input evaluates the graph again at the same position.
 */
public final class GraphLabModel {

    // ---------------------------------------------------------------- Properties

    private final ReadOnlyObjectWrapper<GraphLab> lab = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GraphTrace> trace = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<Integer> selected = new SimpleObjectProperty<>();
    private final BooleanBinding canStepBack = Bindings.createBooleanBinding(() -> position.get() > 0, position);
    private final String outputSymbol;
    private List<Integer> forward = List.of();
    private List<Integer> backward = List.of();
    private boolean[] used = new boolean[0];

    /**
     * @param lab a graph lab (its program evaluates)
     */
    public GraphLabModel(GraphLab lab) {
        this(lab, lab.trace(), null);
    }

    /**
     * A graph that is not a lab file (a unit of the network): no inputs to edit.
     *
     * @param trace        the evaluated graph
     * @param outputSymbol the symbol for the quantity differentiated, e.g. "J", or null for the output's name
     */
    public GraphLabModel(GraphTrace trace, String outputSymbol) {
        this(null, trace, outputSymbol);
    }

    private GraphLabModel(GraphLab lab, GraphTrace trace, String outputSymbol) {
        this.lab.set(lab);
        this.outputSymbol = outputSymbol;
        show(trace);
    }

    /** @return the graph lab, or null for a graph built from the network */
    public ReadOnlyObjectProperty<GraphLab> labProperty() {
        return lab.getReadOnlyProperty();
    }

    /** @return the evaluated graph on show */
    public ReadOnlyObjectProperty<GraphTrace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    /** @return steps taken: 0 … {@link #steps()} */
    public ReadOnlyIntegerProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** @return the clicked node's id, or null */
    public ObjectProperty<Integer> selectedProperty() {
        return selected;
    }

    /** @return whether Step Back can move */
    public BooleanBinding canStepBackProperty() {
        return canStepBack;
    }

    /** @return the name written for the output in ∂…/∂node */
    public String outputSymbol() {
        return outputSymbol != null ? outputSymbol : trace.get().outputName();
    }

    /** @return operations computed one per forward step */
    public int forwardSteps() {
        return forward.size();
    }

    /** @return all the steps: forward, then one per node the output depends on */
    public int steps() {
        return forward.size() + backward.size();
    }

    // ---------------------------------------------------------------- Commands

    /** One node forward, or once forward is done, one node backward. */
    public void stepForward() {
        if (position.get() < steps()) {
            position.set(position.get() + 1);
        }
    }

    /** Undoes the last step. */
    public void stepBack() {
        if (position.get() > 0) {
            position.set(position.get() - 1);
        }
    }

    /** Back to the inputs alone. */
    public void reset() {
        position.set(0);
    }

    /**
     * @param name  an input of the lab
     * @param value its new value (the graph is evaluated again; the position stays)
     */
    public void setInput(String name, double value) {
        GraphLab changed = lab.get().withInput(name, value);
        lab.set(changed);
        show(changed.trace());
    }

    private void show(GraphTrace t) {
        List<Integer> ops = new ArrayList<>();
        for (GraphTrace.Node n : t.nodes()) {
            if (!n.inputs().isEmpty()) {
                ops.add(n.id());
            }
        }
        // the nodes the output depends on, the output first, then in reverse evaluation order
        boolean[] used = new boolean[t.nodes().size()];
        used[t.outputId()] = true;
        List<Integer> back = new ArrayList<>();
        for (int i = t.outputId(); i >= 0; i--) {
            if (used[i]) {
                if (!t.nodes().get(i).op().equals(ScalarGraph.CONST)) {
                    back.add(i); // a constant is no variable: its derivative is not stepped to
                }
                for (int in : t.nodes().get(i).inputs()) {
                    used[in] = true;
                }
            }
        }
        forward = List.copyOf(ops);
        backward = List.copyOf(back);
        this.used = used;
        if (position.get() > steps()) {
            position.set(steps());
        }
        trace.set(t);
    }

    // ---------------------------------------------------------------- Queries for the view

    /**
     * @param id a node
     * @return whether its value is known at this position (inputs and constants always)
     */
    public boolean valueShown(int id) {
        int k = forward.indexOf(id);
        return k < 0 || k < position.get();
    }

    /**
     * @param id a node
     * @return whether d(output)/d(node) is known at this position
     */
    public boolean gradientShown(int id) {
        int k = backward.indexOf(id);
        return k >= 0 && k < position.get() - forward.size();
    }

    /**
     * @param id a node
     * @return whether the output depends on it at all
     */
    public boolean usedByOutput(int id) {
        return used[id];
    }

    /** @return the node the last step computed, or -1 at the start */
    public int current() {
        int p = position.get();
        if (p == 0) {
            return -1;
        }
        return p <= forward.size() ? forward.get(p - 1) : backward.get(p - forward.size() - 1);
    }

    /** @return whether the position is in the backward pass */
    public boolean inBackward() {
        return position.get() > forward.size();
    }
}
