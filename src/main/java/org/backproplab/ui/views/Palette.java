package org.backproplab.ui.views;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours the canvas and chart views draw with (DESIGN §4), one instance per theme:
 * {@link #LIGHT}, {@link #DARK} and {@link #HIGH_CONTRAST}. Gradients use the lecture's red,
 * orange and purple; weights use blue (positive) and a grey-brown, drawn dashed (negative), so
 * the sign never depends on colour alone and never clashes with the gradient colours. Class
 * colours are the Okabe–Ito palette, which colour-blind viewers can tell apart. Every colour
 * used as text reads at a WCAG contrast of at least 4.5:1 on the view's background and on a
 * label's background (PaletteContrastTest).
 *
 * <p>The views read {@link #current()}, which the window's theme sets ({@link #use}) before it
 * redraws every view; colours are read on the FX thread and by the decision map's worker.
 *
 * @param name               the theme's name (for tests and messages)
 * @param dark               whether the background is dark
 * @param background         background of the views' canvases and charts
 * @param valueText          text of values that are computed, titles and axes
 * @param mutedText          secondary text: class names, targets, notes on a plot
 * @param nodeGradient       dJ/d(node output) (red)
 * @param outputEdgeGradient dJ/dw on output-layer edges (orange)
 * @param hiddenEdgeGradient dJ/dw on hidden-layer edges (purple)
 * @param positiveWeight     a positive weight (blue); also the curve of a plot
 * @param negativeWeight     a negative weight (drawn dashed as well)
 * @param zeroWeight         a weight or bias of exactly zero (drawn dotted as well)
 * @param nodeFill           inside of a node whose value is computed
 * @param pendingFill        inside of a node whose value is not computed yet
 * @param nodeOutline        outline of a node whose value is computed
 * @param pending            outline of a node whose value is not computed yet
 * @param stripFill          band behind the small dots of a dense layer
 * @param activeLayer        background band of the layer the current phase works on
 * @param selection          outline of the selected node or edge
 * @param hover              outline of the node or edge under the mouse
 * @param labelBackground    behind a number, so it stays legible over edges
 * @param grid               grid lines of charts
 * @param outline            plot outlines and axes
 * @param badge              the "=" badge of symmetric units
 * @param classes            class colours, repeated after their count
 */
public record Palette(String name, boolean dark, Color background, Color valueText, Color mutedText,
                      Color nodeGradient, Color outputEdgeGradient, Color hiddenEdgeGradient,
                      Color positiveWeight, Color negativeWeight, Color zeroWeight,
                      Color nodeFill, Color pendingFill, Color nodeOutline, Color pending, Color stripFill,
                      Color activeLayer, Color selection, Color hover, Color labelBackground,
                      Color grid, Color outline, Color badge, List<Color> classes) {

    /** Dark type on white: the lecture's colours as printed. */
    public static final Palette LIGHT = new Palette("light", false, Color.WHITE, Color.web("#111111"),
            Color.web("#444444"), Color.web("#c8102e"), Color.web("#c05600"), Color.web("#6a1b9a"),
            Color.web("#0b63b6"), Color.web("#5b4a3c"), Color.web("#757575"),
            Color.WHITE, Color.web("#f3f3f3"), Color.web("#333333"), Color.web("#b0b0b0"), Color.web("#eef1f5"),
            Color.web("#fff3b0"), Color.web("#000000"), Color.web("#9a9a9a"), Color.rgb(255, 255, 255, 0.88),
            Color.web("#dddddd"), Color.web("#999999"), Color.web("#00796b"),
            List.of(Color.web("#0072b2"), Color.web("#e69f00"), Color.web("#009e73"), Color.web("#cc79a7"),
                    Color.web("#56b4e9"), Color.web("#d55e00"), Color.web("#f0e442"), Color.web("#000000")));

    /**
     * Light type on the dark theme's background: the same hues lightened (red, orange, purple,
     * blue, grey-brown) until they read on it.
     */
    public static final Palette DARK = new Palette("dark", true, Color.web("#0d1117"), Color.web("#e6edf3"),
            Color.web("#b1bac4"), Color.web("#ff7b72"), Color.web("#ffa657"), Color.web("#d2a8ff"),
            Color.web("#79c0ff"), Color.web("#c9b49f"), Color.web("#8b949e"),
            Color.web("#161b22"), Color.web("#0d1117"), Color.web("#c9d1d9"), Color.web("#484f58"), Color.web("#161b22"),
            Color.web("#2e2a12"), Color.web("#ffffff"), Color.web("#8b949e"), Color.rgb(13, 17, 23, 0.88),
            Color.web("#30363d"), Color.web("#6e7681"), Color.web("#4fd1c5"),
            List.of(Color.web("#56b4e9"), Color.web("#e69f00"), Color.web("#009e73"), Color.web("#cc79a7"),
                    Color.web("#0072b2"), Color.web("#d55e00"), Color.web("#f0e442"), Color.web("#ffffff")));

    /**
     * For a projector, which washes out pale colours: black type on white, the gradient and
     * weight colours darkened, a stronger band for the active layer and black outlines.
     */
    public static final Palette HIGH_CONTRAST = new Palette("high-contrast", false, Color.WHITE, Color.BLACK,
            Color.web("#222222"), Color.web("#b00020"), Color.web("#a34700"), Color.web("#5e1790"),
            Color.web("#0550ae"), Color.web("#4a3b2f"), Color.web("#6e6e6e"),
            Color.WHITE, Color.web("#ececec"), Color.BLACK, Color.web("#8a8a8a"), Color.web("#e3e8ef"),
            Color.web("#ffe066"), Color.BLACK, Color.web("#6e6e6e"), Color.rgb(255, 255, 255, 0.94),
            Color.web("#bbbbbb"), Color.web("#333333"), Color.web("#00695c"),
            List.of(Color.web("#0072b2"), Color.web("#e69f00"), Color.web("#009e73"), Color.web("#cc79a7"),
                    Color.web("#56b4e9"), Color.web("#d55e00"), Color.web("#f0e442"), Color.web("#000000")));

    private static volatile Palette current = LIGHT;

    /** The three palettes, in the order of the View ▸ Theme menu. */
    public static final List<Palette> ALL = List.of(LIGHT, DARK, HIGH_CONTRAST);

    /** A palette; the class colours are copied. */
    public Palette {
        classes = List.copyOf(classes);
    }

    /** @return the palette the views draw with now */
    public static Palette current() {
        return current;
    }

    /**
     * Makes the views draw with another palette from their next redraw on (the window's theme
     * calls this, then redraws every view).
     *
     * @param palette the palette
     */
    public static void use(Palette palette) {
        current = java.util.Objects.requireNonNull(palette);
    }

    /**
     * @return the colours that are drawn as text on the views' background (numbers, titles,
     *         bias labels, badges)
     */
    public List<Color> textColors() {
        return List.of(valueText, mutedText, nodeGradient, outputEdgeGradient, hiddenEdgeGradient,
                positiveWeight, negativeWeight, zeroWeight, badge);
    }

    /**
     * @param index class index
     * @return its colour in the current palette (repeating after the palette's classes)
     */
    public static Color classColor(int index) {
        List<Color> c = current.classes;
        return c.get(Math.floorMod(index, c.size()));
    }

    /**
     * @param w a weight or bias
     * @return in the current palette: blue for w &gt; 0, grey-brown for w &lt; 0, neutral grey for w = 0
     */
    public static Color weight(double w) {
        Palette p = current;
        return w > 0 ? p.positiveWeight : w < 0 ? p.negativeWeight : p.zeroWeight;
    }

    /**
     * @param outputLayer whether the edge feeds the output layer
     * @return in the current palette: orange for output-layer edges, purple for hidden-layer edges
     */
    public static Color edgeGradient(boolean outputLayer) {
        Palette p = current;
        return outputLayer ? p.outputEdgeGradient : p.hiddenEdgeGradient;
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
        Color paper = current().background();
        // channel = 255 · ((1 − α) · background channel + α · class channel), α = 0.18 + 0.52 · confidence
        double alpha = 0.18 + 0.52 * confidence;
        int r = (int) Math.round(255 * ((1 - alpha) * paper.getRed() + alpha * c.getRed()));
        int g = (int) Math.round(255 * ((1 - alpha) * paper.getGreen() + alpha * c.getGreen()));
        int b = (int) Math.round(255 * ((1 - alpha) * paper.getBlue() + alpha * c.getBlue()));
        return 0xff000000 | (r << 16) | (g << 8) | b;
    }
}
