package org.backproplab.ui.views;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;

/**
 * Greedy placement of text boxes that must not overlap: each label tries its candidate
 * positions in order of preference and takes the first one that is free of every box placed
 * before (nodes are registered as boxes first).
 */
final class LabelPlacer {
    private final List<Bounds> taken = new ArrayList<>();

    /**
     * Reserves a box unconditionally (a node, a fixed label).
     *
     * @param box the area
     */
    void reserve(Bounds box) {
        taken.add(box);
    }

    /**
     * @param candidates boxes in order of preference
     * @return the first free candidate (now reserved), or null when all overlap something
     */
    Bounds place(List<Bounds> candidates) {
        for (Bounds c : candidates) {
            if (isFree(c)) {
                taken.add(c);
                return c;
            }
        }
        return null;
    }

    private boolean isFree(Bounds box) {
        for (Bounds t : taken) {
            if (t.intersects(box)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param cx     centre x
     * @param cy     centre y
     * @param width  box width
     * @param height box height
     * @return the box centred there
     */
    static Bounds centred(double cx, double cy, double width, double height) {
        return new BoundingBox(cx - width / 2, cy - height / 2, width, height);
    }

    /**
     * Places for a label of a node, in order of preference, inside the drawing area: below the
     * node first (gradients) or right of it first (targets), then beside and above it. Beside
     * means at the node's own height, clear of its value where that is wider than the node, so
     * that in a dense column each label stays level with its node rather than between two.
     *
     * @param halfWidth half the width of the node as drawn: its radius, or half its value's box
     *                  where that is wider (never less than the radius)
     */
    static List<Bounds> around(GraphGeometry g, int l, int i, double w, double h, double width, double bottom,
                                       boolean belowFirst, double halfWidth) {
        double x = g.x(l, i);
        double y = g.y(l, i);
        double r = g.radius();
        Bounds below = LabelPlacer.centred(x, y + r + 3 + h / 2, w, h);
        Bounds right = LabelPlacer.centred(x + halfWidth + 5 + w / 2, y, w, h);
        Bounds rightBelow = LabelPlacer.centred(x + r + 3 + w / 2, y + r * 0.7 + h / 2, w, h);
        Bounds left = LabelPlacer.centred(x - halfWidth - 5 - w / 2, y, w, h);
        Bounds leftBelow = LabelPlacer.centred(x - r - 3 - w / 2, y + r * 0.7 + h / 2, w, h);
        Bounds above = LabelPlacer.centred(x, y - r - 3 - h / 2, w, h);
        List<Bounds> order = belowFirst ? List.of(below, right, left, rightBelow, leftBelow, above)
                : List.of(right, rightBelow, below, left, above);
        List<Bounds> inside = new ArrayList<>();
        for (Bounds b : order) {
            if (b.getMinX() >= 0 && b.getMaxX() <= width && b.getMinY() >= 0 && b.getMaxY() <= bottom) {
                inside.add(b);
            }
        }
        return inside;
    }

    /** The centre x nearest to {@code x} at which a text of that width stays 6 px inside the canvas. */
    static double inside(double x, double textWidth, double width) {
        return Math.max(6 + textWidth / 2, Math.min(width - 6 - textWidth / 2, x));
    }
}
