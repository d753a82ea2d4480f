package org.backproplab.ui.views;

/**
 * A node or an edge of the network graph, as the user selected or hovered it.
 *
 * @param kind     NODE or EDGE
 * @param layer    0 = input layer, 1..L = non-input layers (for an edge: the layer it feeds)
 * @param unit     the node's unit (for an edge: the same as {@code toUnit})
 * @param fromUnit for an edge, the unit in layer − 1 it leaves; −1 for a node
 * @param toUnit   for an edge, the unit in {@code layer} it enters; −1 for a node
 */
public record GraphSelection(Kind kind, int layer, int unit, int fromUnit, int toUnit) {

    /** What was selected. */
    public enum Kind {
        /** A neuron (or an input). */
        NODE,
        /** A weight. */
        EDGE
    }

    /**
     * @param layer 0 = inputs, 1..L
     * @param unit  unit within the layer
     * @return a node selection
     */
    public static GraphSelection node(int layer, int unit) {
        return new GraphSelection(Kind.NODE, layer, unit, -1, -1);
    }

    /**
     * @param layer    the layer the edge feeds (1..L)
     * @param fromUnit unit in layer − 1
     * @param toUnit   unit in {@code layer}
     * @return an edge selection (the weight W[layer][fromUnit][toUnit])
     */
    public static GraphSelection edge(int layer, int fromUnit, int toUnit) {
        return new GraphSelection(Kind.EDGE, layer, toUnit, fromUnit, toUnit);
    }

    /** @return whether this is a node */
    public boolean isNode() {
        return kind == Kind.NODE;
    }
}
