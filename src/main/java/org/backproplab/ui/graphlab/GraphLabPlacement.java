package org.backproplab.ui.graphlab;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * Puts a graph lab's pane in place of the network view (and hides the panels that belong to
 * the network alone), and the network back when the graph goes.
 */
public final class GraphLabPlacement {
    private GraphLabPane pane;

    /**
     * @param graph       the graph on show, or null
     * @param setCentre   puts a node in the window's centre
     * @param network     the network's centre
     * @param networkOnly panels shown only with the network (phase strip, readout)
     * @param presenter   presenter mode
     */
    public GraphLabPlacement(ObservableValue<GraphLabModel> graph, Consumer<Node> setCentre, Node network,
                             List<Node> networkOnly, BooleanProperty presenter) {
        graph.addListener((obs, old, g) -> {
            boolean showNetwork = g == null;
            for (Node n : networkOnly) {
                n.setVisible(showNetwork);
                n.setManaged(showNetwork);
            }
            pane = showNetwork ? null : new GraphLabPane(g, g.labProperty().get().notes());
            if (pane != null) {
                pane.setPresenterMode(presenter.get());
            }
            setCentre.accept(showNetwork ? network : pane);
        });
        presenter.addListener((obs, old, on) -> {
            if (pane != null) {
                pane.setPresenterMode(on);
            }
        });
    }

    /** @return the graph's pane while one is on show, else null */
    public GraphLabPane pane() {
        return pane;
    }
}
