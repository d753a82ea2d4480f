package org.backproplab.ui.views;

import javafx.scene.canvas.GraphicsContext;
import org.backproplab.sim.Snapshot;

/**
 * Something drawn inside each non-input node of the network graph, after the nodes and before
 * their numbers (the neuron maps of a 2-input network).
 */
public interface NodeOverlay {
    /**
     * @param gc     the graph's canvas
     * @param s      the snapshot drawn
     * @param layer  1..L
     * @param unit   0-based unit
     * @param x      the node's centre
     * @param y      the node's centre
     * @param radius the node's radius
     */
    void drawNode(GraphicsContext gc, Snapshot s, int layer, int unit, double x, double y, double radius);

    /**
     * @param s the snapshot drawn
     * @return whether the overlay fills the nodes, so that their values are left to the hover box
     */
    default boolean hidesValues(Snapshot s) {
        return false;
    }
}
