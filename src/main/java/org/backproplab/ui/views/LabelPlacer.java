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
}
