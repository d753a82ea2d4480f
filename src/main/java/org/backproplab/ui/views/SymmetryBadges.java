package org.backproplab.ui.views;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backproplab.engine.SymmetricUnits;
import org.backproplab.sim.Snapshot;

/**
 * The graph's mark on symmetric hidden units ({@link SymmetricUnits}: a twin in the layer with
 * the same weights in and out): a teal "=" badge at the node's upper right, and a line for the
 * hover text. The units are worked out once per parameter set.
 */
final class SymmetryBadges {
    private static org.backproplab.engine.Parameters cachedFor;
    private static SymmetricUnits cached;

    private SymmetryBadges() {
    }

    /**
     * @param s a snapshot
     * @return its symmetric units (FX thread only: the last result is kept)
     */
    static SymmetricUnits of(Snapshot s) {
        if (s.parameters() != cachedFor) {
            cached = SymmetricUnits.of(s.parameters());
            cachedFor = s.parameters();
        }
        return cached;
    }

    static void draw(GraphicsContext gc, Snapshot s, GraphGeometry g, double scale) {
        SymmetricUnits units = of(s);
        if (units.count() == 0) {
            return;
        }
        double r = Math.max(6, 7 * scale);
        // what the badge means, under the input column's title (its second row is free)
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 11.5 * scale));
        gc.setFill(Palette.current().badge());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText("= symmetric: same weights in and out as another unit", 8, 8 + 1.5 * 17 * scale);
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 11 * scale));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        int layers = s.architecture().layerCount();
        for (int l = 1; l < layers; l++) {
            for (int u = 0; u < s.architecture().unitsOf(l - 1); u++) {
                if (units.isSymmetric(l - 1, u)) {
                    double cx = g.x(l, u) + g.radius() * 0.75;
                    double cy = g.y(l, u) - g.radius() * 0.75;
                    gc.setFill(Palette.current().badge());
                    gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                    gc.setFill(Palette.current().background());
                    gc.fillText("=", cx, cy);
                }
            }
        }
    }

    /**
     * @param s     a snapshot
     * @param layer 0 = inputs, 1..L
     * @param unit  0-based unit
     * @return "symmetric with unit k: …" for a marked unit, else null
     */
    static String twinText(Snapshot s, int layer, int unit) {
        if (layer < 1 || layer >= s.architecture().layerCount()) {
            return null;
        }
        SymmetricUnits units = of(s);
        int twin = units.twinOf(layer - 1, unit);
        return twin < 0 ? null : "= symmetric with unit " + (twin + 1)
                + ": the same weights in and out, so the same value and gradient forever";
    }
}
