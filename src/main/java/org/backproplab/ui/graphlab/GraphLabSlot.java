package org.backproplab.ui.graphlab;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.backproplab.io.GraphLab;

/**
 * The view-model's place for a graph lab on show instead of the network: while one is, the
 * toolbar's Step, Step Back and Reset move its nodes and Play does nothing.
 */
public final class GraphLabSlot {
    private final ObjectProperty<GraphLabModel> graph = new SimpleObjectProperty<>();
    private final BooleanProperty canStepBack = new SimpleBooleanProperty(false);

    /** An empty slot: the network is on show. */
    public GraphLabSlot() {
        graph.addListener((obs, old, g) -> {
            canStepBack.unbind();
            canStepBack.set(false);
            if (g != null) {
                canStepBack.bind(g.canStepBackProperty());
            }
        });
    }

    /** @return the graph on show, or null for the network */
    public ObjectProperty<GraphLabModel> graphProperty() {
        return graph;
    }

    /** @return whether the graph on show can step back (false with none) */
    public BooleanExpression canStepBackProperty() {
        return canStepBack;
    }

    /** @return whether a graph is on show */
    public boolean active() {
        return graph.get() != null;
    }

    /** @param lab a graph lab to show from its start */
    public void show(GraphLab lab) {
        graph.set(new GraphLabModel(lab));
    }

    /** Back to the network. */
    public void clear() {
        graph.set(null);
    }

    /** @return whether a graph took the step */
    public boolean stepForward() {
        if (active()) {
            graph.get().stepForward();
        }
        return active();
    }

    /** @return whether a graph took the step back */
    public boolean stepBack() {
        if (active()) {
            graph.get().stepBack();
        }
        return active();
    }

    /** @return whether a graph was reset */
    public boolean reset() {
        if (active()) {
            graph.get().reset();
        }
        return active();
    }
}
