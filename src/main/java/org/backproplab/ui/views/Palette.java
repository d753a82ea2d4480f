package org.backproplab.ui.views;

import javafx.scene.paint.Color;

/**
 * The views' colours (DESIGN §4). Gradients use the lecture's red, orange and purple; weights
 * use blue (positive) and a dark grey-brown, drawn dashed (negative), so the sign never depends
 * on colour alone and never clashes with the gradient colours. Class colours are the
 * Okabe–Ito palette, which colour-blind viewers can tell apart.
 */
public final class Palette {
    /** dJ/d(node output). */
    public static final Color NODE_GRADIENT = Color.web("#c8102e");
    /** dJ/dw on output-layer edges. */
    public static final Color OUTPUT_EDGE_GRADIENT = Color.web("#c05600");
    /** dJ/dw on hidden-layer edges. */
    public static final Color HIDDEN_EDGE_GRADIENT = Color.web("#6a1b9a");
    /** A positive weight. */
    public static final Color POSITIVE_WEIGHT = Color.web("#0b63b6");
    /** A negative weight (drawn dashed as well). */
    public static final Color NEGATIVE_WEIGHT = Color.web("#5b4a3c");
    /** A weight or bias of exactly zero (drawn dotted as well). */
    public static final Color ZERO_WEIGHT = Color.web("#8a8a8a");
    /** Text of values that are computed. */
    public static final Color VALUE_TEXT = Color.web("#111111");
    /** Outline of nodes whose values are not computed yet. */
    public static final Color PENDING = Color.web("#b0b0b0");
    /** Background band of the layer the current phase works on. */
    public static final Color ACTIVE_LAYER = Color.web("#fff3b0");
    /** Selection outline. */
    public static final Color SELECTION = Color.web("#000000");
    /** Label background so numbers stay legible over edges. */
    public static final Color LABEL_BACKGROUND = Color.rgb(255, 255, 255, 0.88);

    private static final Color[] CLASSES = {
        Color.web("#0072b2"), Color.web("#e69f00"), Color.web("#009e73"), Color.web("#cc79a7"),
        Color.web("#56b4e9"), Color.web("#d55e00"), Color.web("#f0e442"), Color.web("#000000"),
    };

    private Palette() {
    }

    /**
     * @param index class index
     * @return its colour (the palette repeats after eight classes)
     */
    public static Color classColor(int index) {
        return CLASSES[Math.floorMod(index, CLASSES.length)];
    }

    /**
     * @param w a weight or bias
     * @return blue for w &gt; 0, dark brown for w &lt; 0, neutral grey for w = 0
     */
    public static Color weight(double w) {
        return w > 0 ? POSITIVE_WEIGHT : w < 0 ? NEGATIVE_WEIGHT : ZERO_WEIGHT;
    }

    /**
     * @param outputLayer whether the edge feeds the output layer
     * @return orange for output-layer edges, purple for hidden-layer edges
     */
    public static Color edgeGradient(boolean outputLayer) {
        return outputLayer ? OUTPUT_EDGE_GRADIENT : HIDDEN_EDGE_GRADIENT;
    }

    /**
     * The decision map's shading, one home for it: the class colour mixed into white by 18 %
     * (undecided) to 70 % (certain).
     *
     * @param classIndex the class
     * @param confidence 0 (undecided) … 1 (certain)
     * @return an opaque ARGB pixel
     */
    public static int regionArgb(int classIndex, double confidence) {
        Color c = classColor(classIndex);
        // channel = 255 · ((1 − α) + α · class channel), α = 0.18 + 0.52 · confidence
        double alpha = 0.18 + 0.52 * confidence;
        int r = (int) Math.round(255 * (1 - alpha + alpha * c.getRed()));
        int g = (int) Math.round(255 * (1 - alpha + alpha * c.getGreen()));
        int b = (int) Math.round(255 * (1 - alpha + alpha * c.getBlue()));
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
