package org.backproplab.ui.views;

import static org.backproplab.ui.views.NumberText.short4;

import java.util.List;
import java.util.function.ToDoubleBiFunction;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;

/**
 * Each unit's bias on the graph, for a network with biases: "b 0.35" above the node, in the
 * colours of a weight of that sign, and once the backward pass reached its layer "∂b −0.0124"
 * above that, in the colour of the layer's weight gradients (orange for the output layer, purple
 * for hidden layers). The "b" and "∂b" say what the numbers are without relying on colour. A
 * label goes where it does not overlap another (above the node, else above and to its right or
 * left); where there is no room it is left out, as the hover text still gives it.
 */
final class BiasLabels {
    private BiasLabels() {
    }

    /**
     * @param v            the values shown
     * @param g            node positions
     * @param placer       the boxes already taken (the new labels are added to it)
     * @param lineHeight   height of a label
     * @param valueFont    font of the bias
     * @param gradientFont font of its gradient
     * @param textWidth    width of a text in a font
     * @param out          receives the labels to draw
     * @param sink         receives each label drawn
     * @param top          where the layer titles (and J) end: no label goes above this
     */
    static void place(PhaseValues v, GraphGeometry g, LabelPlacer placer, double lineHeight, Font valueFont,
                      Font gradientFont, ToDoubleBiFunction<String, Font> textWidth,
                      List<PendingLabel> out, NetworkGraphView.LabelSink sink, double top) {
        if (!v.architecture().bias()) {
            return;
        }
        int layers = v.layers();
        for (int l = 1; l <= layers; l++) {
            for (int i = 0; i < v.units(l); i++) {
                if (g.isStrip(l)) {
                    continue;
                }
                GraphSelection node = GraphSelection.node(l, i);
                double b = v.bias(l, i);
                String text = "b " + short4(b);
                Bounds box = placer.place(above(g, l, i, textWidth.applyAsDouble(text, valueFont) + 6, lineHeight, 0, top));
                if (box == null) {
                    continue;
                }
                out.add(new PendingLabel(box, text, Palette.weight(b), valueFont, node,
                        NetworkGraphView.LabelRole.BIAS));
                sink.drawn(node, NetworkGraphView.LabelRole.BIAS, text, box);
                if (!v.backwardKnown(l)) {
                    continue;
                }
                String grad = "∂b " + short4(v.biasGradient(l, i));
                Bounds gbox = placer.place(above(g, l, i, textWidth.applyAsDouble(grad, gradientFont) + 6, lineHeight, 1, top));
                if (gbox != null) {
                    out.add(new PendingLabel(gbox, grad, Palette.edgeGradient(l == layers), gradientFont,
                            node, NetworkGraphView.LabelRole.BIAS_GRADIENT));
                    sink.drawn(node, NetworkGraphView.LabelRole.BIAS_GRADIENT, grad, gbox);
                }
            }
        }
    }

    /** Places above a node, {@code row} label heights higher than the first: centred, right, left. */
    private static List<Bounds> above(GraphGeometry g, int l, int i, double w, double h, int row, double top) {
        double x = g.x(l, i);
        double r = g.radius();
        double y = g.y(l, i) - r - 4 - h / 2 - row * (h + 1);
        if (y - h / 2 < top) {
            return List.of();
        }
        return List.of(LabelPlacer.centred(x, y, w, h), LabelPlacer.centred(x + r * 0.6 + w / 2, y, w, h),
                LabelPlacer.centred(x - r * 0.6 - w / 2, y, w, h));
    }
}
