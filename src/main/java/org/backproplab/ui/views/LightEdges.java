package org.backproplab.ui.views;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The edges of the network graph in the light style used while training plays: the software
 * renderer (what JavaFX uses without a GPU, e.g. under Xvfb) pays per stroke for a mask over the
 * stroke's whole bounding box, and far more for dashes, so drawing a hundred edges one by one
 * costs tens of milliseconds. Here edges are drawn solid (sign told apart by colour alone) and
 * grouped by sign and by one of {@link #WIDTH_LEVELS} widths into one path each, a handful of
 * strokes in all; the ∂J/∂w dots follow. The paused or stepped graph keeps the full style of
 * {@link GraphPainter} (exact widths, dashed negative weights).
 */
final class LightEdges {
    /** Edge widths are rounded to this many levels of |w| / max |w|. */
    static final int WIDTH_LEVELS = 4;

    private LightEdges() {
    }

    /**
     * Draws every edge and, after the backward pass, each edge's ∂J/∂w dot.
     *
     * @param gc       where to draw
     * @param v        the values shown
     * @param g        node positions
     * @param scale    1, or larger in presenter mode
     * @param selected the selected node or edge, or null
     * @param hovered  the hovered node or edge, or null
     */
    static void draw(GraphicsContext gc, PhaseValues v, GraphGeometry g, double scale, GraphSelection selected,
                     GraphSelection hovered) {
        int layers = v.layers();
        double maxWeight = v.maxAbsWeight();
        double maxWeightGradient = v.maxAbsKnownWeightGradient();
        emphasise(gc, v, g, scale, maxWeight, selected, Palette.current().selection());
        if (hovered != null && !hovered.equals(selected)) {
            emphasise(gc, v, g, scale, maxWeight, hovered, Palette.current().hover());
        }
        gc.setLineDashes();
        for (int faint = 0; faint <= 1; faint++) {
            for (int sign = -1; sign <= 1; sign++) {
                for (int level = 0; level < WIDTH_LEVELS; level++) {
                    strokeGroup(gc, v, g, scale, maxWeight, faint == 1, sign, level);
                }
            }
        }
        gc.setGlobalAlpha(1);
        for (int l = 1; l <= layers; l++) {
            if (!v.backwardKnown(l)) {
                continue;
            }
            gc.setFill(Palette.edgeGradient(l == layers));
            for (int i = 0; i < v.units(l - 1); i++) {
                for (int j = 0; j < v.units(l); j++) {
                    if (g.isStrip(l - 1) || g.isStrip(l)) {
                        continue;
                    }
                    // gradient as a dot near the target end, area ∝ |∂J/∂w| (as in the full style)
                    double dot = (1.2 + 4.5 * Math.sqrt(Math.abs(v.weightGradient(l, i, j)) / maxWeightGradient))
                            * Math.sqrt(scale);
                    double x1 = g.x(l - 1, i);
                    double y1 = g.y(l - 1, i);
                    double x = x1 + 0.76 * (g.x(l, j) - x1);
                    double y = y1 + 0.76 * (g.y(l, j) - y1);
                    gc.fillOval(x - dot, y - dot, 2 * dot, 2 * dot);
                }
            }
        }
    }

    /** One path holding every edge of that faintness, sign (−1, 0, +1) and width level, stroked once. */
    private static void strokeGroup(GraphicsContext gc, PhaseValues v, GraphGeometry g, double scale, double maxWeight,
                                    boolean faint, int sign, int level) {
        boolean any = false;
        gc.beginPath();
        for (int l = 1; l <= v.layers(); l++) {
            if ((g.isStrip(l - 1) || g.isStrip(l)) != faint) {
                continue;
            }
            for (int i = 0; i < v.units(l - 1); i++) {
                for (int j = 0; j < v.units(l); j++) {
                    double w = v.weight(l, i, j);
                    if ((int) Math.signum(w) != sign || level(w, maxWeight) != level) {
                        continue;
                    }
                    gc.moveTo(g.x(l - 1, i), g.y(l - 1, i));
                    gc.lineTo(g.x(l, j), g.y(l, j));
                    any = true;
                }
            }
        }
        if (!any) {
            return;
        }
        // the width of the level's middle |w|: thickness ∝ |w| as in the full style
        double share = (level + 0.5) / WIDTH_LEVELS;
        gc.setLineWidth((faint ? 0.5 + 1.5 * share : 0.8 + 4.2 * share) * Math.sqrt(scale));
        gc.setStroke(Palette.weight(sign));
        gc.setGlobalAlpha(faint ? 0.12 : 0.6);
        gc.stroke();
    }

    /** @return the width level 0..{@link #WIDTH_LEVELS} − 1 of a weight */
    static int level(double w, double maxWeight) {
        return Math.min(WIDTH_LEVELS - 1, (int) (Math.abs(w) / maxWeight * WIDTH_LEVELS));
    }

    /** The wide halo under a selected or hovered edge (nothing for a node or null). */
    private static void emphasise(GraphicsContext gc, PhaseValues v, GraphGeometry g, double scale, double maxWeight,
                                  GraphSelection e, Color color) {
        if (e == null || e.isNode()) {
            return;
        }
        int l = e.layer();
        double share = (level(v.weight(l, e.fromUnit(), e.toUnit()), maxWeight) + 0.5) / WIDTH_LEVELS;
        gc.setLineDashes();
        gc.setStroke(color);
        gc.setLineWidth((0.8 + 4.2 * share) * Math.sqrt(scale) + 5);
        gc.strokeLine(g.x(l - 1, e.fromUnit()), g.y(l - 1, e.fromUnit()), g.x(l, e.toUnit()), g.y(l, e.toUnit()));
    }
}
