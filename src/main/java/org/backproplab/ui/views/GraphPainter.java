package org.backproplab.ui.views;

import static org.backproplab.ui.views.NumberText.short4;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.LayerGradientSizes;
import org.backproplab.sim.Snapshot;

/**
 * Paints the network graph of {@link NetworkGraphView}: the band of the layer the phase works
 * on, layer titles, edges, nodes, value and gradient numbers, and the colour legend.
 */
final class GraphPainter {
    private static final double[] GRADIENT_POSITIONS = {0.76, 0.68, 0.6, 0.84, 0.52, 0.44};
    private static final double[] WEIGHT_POSITIONS = {0.24, 0.32, 0.4, 0.16, 0.48};
    /** Beyond this many edges, numbers on edges crowd the picture even when they fit. */
    private static final int MAX_NUMBERED_EDGES = 24;
    private final Text measure = new Text();
    private final List<Bounds> drawnBoxes = new ArrayList<>();
    private Font valueFont;
    private Font gradientFont;
    private Font smallFont;
    private Font titleFont;
    /** Drawn inside every non-input node, or null. */
    private NodeOverlay overlay;
    /** Training plays: the light style, without dashed lines and boxes behind numbers. */
    private boolean playing;
    private boolean edgeNumbersCrowded;

    /**
     * @param light true while training plays: negative weights drawn solid (told apart by colour
     *              alone) and numbers without their background box, since dashed strokes and
     *              boxes cost most in the software renderer and nobody reads a number that
     *              changes ten times a second; false for the full style of a paused or stepped
     *              network
     */
    void setPlaying(boolean light) {
        playing = light;
    }

    /** @param o drawn inside every non-input node from the next paint on, or null for nothing */
    void setNodeOverlay(NodeOverlay o) {
        overlay = o;
    }

    /**
     * @return true when the last paint left the edges without numbers only because their labels
     *         did not fit at that scale (a smaller type would show them)
     */
    boolean edgeNumbersCrowded() {
        return edgeNumbersCrowded;
    }

    /**
     * @return the geometry used, or null when nothing is drawn
     */
    GraphGeometry paint(GraphicsContext gc, double width, double height, PhaseValues v, double scale,
                        GraphSelection selected, GraphSelection hovered, NetworkGraphView.LabelSink sink) {
        drawnBoxes.clear();
        edgeNumbersCrowded = false;
        gc.setFill(Color.WHITE);
        gc.fillRect(0, 0, width, height);
        titleFont = Font.font("DejaVu Sans", FontWeight.BOLD, 13 * scale);
        valueFont = Font.font("DejaVu Sans", 13 * scale);
        gradientFont = Font.font("DejaVu Sans", FontWeight.BOLD, 13 * scale);
        smallFont = Font.font("DejaVu Sans", 11.5 * scale);
        if (v == null || width < 20 || height < 20) {
            return null;
        }
        Architecture arch = v.architecture();
        int layers = v.layers();
        int maxUnits = 0;
        for (int l = 0; l <= layers; l++) {
            maxUnits = Math.max(maxUnits, v.units(l));
        }
        double lineHeight = 17 * scale;
        GraphGeometry g = new GraphGeometry(arch.sizes(), width, height, (maxUnits <= 8 ? 78 : 44) * scale,
                2.3 * lineHeight + 10 * scale, 2.4 * lineHeight + 6, 30 * scale);
        double r = g.radius();
        // numbers at nodes when the nodes are big enough; on edges only when every label fits
        // (r ≥ 9·scale keeps rows at least 1.5 lines apart, so the values over the nodes never touch)
        boolean nodeNumbers = maxUnits <= 8 && r >= 9 * scale;
        LabelPlacer placer = new LabelPlacer();
        java.util.Set<GraphSelection> unlabelled = new java.util.HashSet<>();
        List<PendingLabel> nodeLabels = nodeNumbers
                ? layoutNodeLabels(v, g, placer, lineHeight, width, height - 2.4 * lineHeight - 4, unlabelled, sink)
                : List.of();
        List<PendingLabel> edgeLabels = new ArrayList<>();
        int edges = 0;
        for (int l = 1; l <= layers; l++) {
            edges += v.units(l - 1) * v.units(l);
        }
        List<PendingLabel> biasLabels = new ArrayList<>();
        Runnable biases = () -> BiasLabels.place(v, g, placer, lineHeight, smallFont, gradientFont, this::textWidth,
                biasLabels, sink, 2.3 * lineHeight + 4);
        boolean edgeNumbers = nodeNumbers && edges <= MAX_NUMBERED_EDGES
                && placeEdgeLabels(v, g, placer, edgeLabels, lineHeight, biases);
        edgeNumbersCrowded = nodeNumbers && edges <= MAX_NUMBERED_EDGES && !edgeNumbers;
        if (nodeNumbers && !edgeNumbers) {
            biases.run();
        }
        if (edgeNumbers) {
            for (PendingLabel p : edgeLabels) {
                if (p.target() != null) {
                    sink.drawn(p.target(), p.role(), p.text(), p.box());
                }
            }
        } else {
            edgeLabels.clear();
        }

        ActiveBand.draw(gc, v.snapshot().phase(), g, height, lineHeight);
        drawTitles(gc, v, g, width, lineHeight, sink);
        if (playing) {
            LightEdges.draw(gc, v, g, scale, selected, hovered);
        } else {
            drawEdges(gc, v, g, scale, selected, hovered, edgeNumbers);
        }
        drawNodes(gc, v, g, scale, selected, hovered, nodeNumbers, unlabelled);
        if (overlay != null) {
            for (int l = 1; l <= layers; l++) {
                for (int u = 0; u < v.units(l); u++) {
                    overlay.drawNode(gc, v.snapshot(), l, u, g.x(l, u), g.y(l, u), g.radius());
                }
            }
        }
        for (PendingLabel p : nodeLabels) {
            drawLabel(gc, p);
        }
        for (PendingLabel p : edgeLabels) {
            drawLabel(gc, p);
        }
        for (PendingLabel p : biasLabels) {
            drawLabel(gc, p);
        }
        drawGradientSizes(gc, v, g, width, lineHeight);
        SymmetryBadges.draw(gc, v.snapshot(), g, scale);
        if (!nodeNumbers) {
            drawClassNames(gc, v, g, width);
        }
        GraphLegend.draw(gc, v, width, height, lineHeight, smallFont, edgeNumbers, !unlabelled.isEmpty(), !playing);
        return g;
    }

    /** @return the boxes of the numbers drawn by the last {@link #paint} (values, gradients, weights, targets) */
    List<Bounds> drawnBoxes() {
        return List.copyOf(drawnBoxes);
    }

    private void drawEdges(GraphicsContext gc, PhaseValues v, GraphGeometry g, double scale, GraphSelection selected,
                           GraphSelection hovered, boolean edgeNumbers) {
        int layers = v.layers();
        double maxWeight = v.maxAbsWeight();
        double maxWeightGradient = v.maxAbsKnownWeightGradient();
        for (int l = 1; l <= layers; l++) {
            for (int i = 0; i < v.units(l - 1); i++) {
                for (int j = 0; j < v.units(l); j++) {
                    GraphSelection e = GraphSelection.edge(l, i, j);
                    double w = v.weight(l, i, j);
                    boolean faint = g.isStrip(l - 1) || g.isStrip(l);
                    // thickness ∝ |w|; edges of a strip (hundreds of them) thin and faint
                    double lineWidth = (faint ? 0.5 + 1.5 * Math.abs(w) / maxWeight
                            : 0.8 + 4.2 * Math.abs(w) / maxWeight) * Math.sqrt(scale);
                    double x1 = g.x(l - 1, i);
                    double y1 = g.y(l - 1, i);
                    double x2 = g.x(l, j);
                    double y2 = g.y(l, j);
                    if (e.equals(selected) || e.equals(hovered)) {
                        gc.setLineDashes();
                        gc.setStroke(e.equals(selected) ? Palette.SELECTION : Color.web("#9a9a9a"));
                        gc.setLineWidth(lineWidth + 5);
                        gc.strokeLine(x1, y1, x2, y2);
                    }
                    gc.setStroke(Palette.weight(w));
                    gc.setGlobalAlpha(faint ? 0.12 : edgeNumbers ? 1.0 : 0.6);
                    gc.setLineWidth(lineWidth);
                    if (w < 0) {
                        gc.setLineDashes(7 * scale, 4 * scale);
                    } else if (w == 0) {
                        // a zero weight: dotted, neutral (not a w > 0 edge)
                        gc.setLineDashes(2 * scale, 4 * scale);
                    } else {
                        gc.setLineDashes();
                    }
                    gc.strokeLine(x1, y1, x2, y2);
                    gc.setGlobalAlpha(1);
                    gc.setLineDashes();
                    if (!edgeNumbers && !faint && v.backwardKnown(l)) {
                        // gradient as a dot near the target end, area ∝ |∂J/∂w|
                        double dot = (1.2 + 4.5 * Math.sqrt(Math.abs(v.weightGradient(l, i, j)) / maxWeightGradient))
                                * Math.sqrt(scale);
                        gc.setFill(Palette.edgeGradient(l == layers));
                        gc.fillOval(x1 + 0.76 * (x2 - x1) - dot, y1 + 0.76 * (y2 - y1) - dot, 2 * dot, 2 * dot);
                    }
                }
            }
        }
    }

    private void drawNodes(GraphicsContext gc, PhaseValues v, GraphGeometry g, double scale, GraphSelection selected,
                           GraphSelection hovered, boolean nodeNumbers, java.util.Set<GraphSelection> unlabelled) {
        double maxNodeGradient = 1e-300;
        for (int l = 0; l <= v.layers(); l++) {
            for (int i = 0; i < v.units(l) && v.nodeGradientKnown(l); i++) {
                maxNodeGradient = Math.max(maxNodeGradient, Math.abs(v.nodeGradient(l, i)));
            }
        }
        for (int l = 0; l <= v.layers(); l++) {
            boolean known = v.valueKnown(l);
            double r = g.radius(l);
            if (g.isStrip(l)) {
                // a strip: one band holding the layer's small dots
                double top = g.y(l, 0) - r - 4;
                double bottom = g.y(l, v.units(l) - 1) + r + 4;
                gc.setFill(Color.web("#eef1f5"));
                gc.fillRoundRect(g.x(l, 0) - r - 5, top, 2 * r + 10, bottom - top, 8, 8);
            }
            for (int i = 0; i < v.units(l); i++) {
                GraphSelection n = GraphSelection.node(l, i);
                double x = g.x(l, i);
                double y = g.y(l, i);
                if ((!nodeNumbers || unlabelled.contains(n)) && v.nodeGradientKnown(l)) {
                    // gradient as a red ring, width ∝ |∂J/∂a|
                    double ring = (1 + 6 * Math.abs(v.nodeGradient(l, i)) / maxNodeGradient) * Math.sqrt(scale);
                    gc.setStroke(Palette.NODE_GRADIENT);
                    gc.setLineWidth(ring);
                    gc.strokeOval(x - r - ring / 2, y - r - ring / 2, 2 * r + ring, 2 * r + ring);
                }
                gc.setFill(known ? Color.WHITE : Color.web("#f3f3f3"));
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                boolean emphasised = n.equals(selected) || n.equals(hovered);
                gc.setStroke(n.equals(selected) ? Palette.SELECTION : known ? Color.web("#333333") : Palette.PENDING);
                gc.setLineWidth((emphasised ? 3.5 : 1.6) * scale);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    /**
     * Values inside the nodes (in a box over the node when wider), targets beside the outputs,
     * then red gradients below each node, or beside or above it where the layer is too dense for
     * below. Labels never overlap; a gradient that finds no free place is left to the node's red
     * ring and the hover box (its node is added to {@code unlabelled}).
     */
    private List<PendingLabel> layoutNodeLabels(PhaseValues v, GraphGeometry g, LabelPlacer placer, double lineHeight,
                                                double width, double bottom, java.util.Set<GraphSelection> unlabelled,
                                                NetworkGraphView.LabelSink sink) {
        List<PendingLabel> labels = new ArrayList<>();
        double r = g.radius();
        int layers = v.layers();
        for (int l = 0; l <= layers; l++) {
            for (int i = 0; i < v.units(l); i++) {
                placer.reserve(LabelPlacer.centred(g.x(l, i), g.y(l, i), 2 * r + 4, 2 * r + 4));
            }
        }
        // half the width each node is drawn with: its radius, or half its value's box
        double[][] halfWidth = new double[layers + 1][];
        for (int l = 0; l <= layers; l++) {
            halfWidth[l] = new double[v.units(l)];
            java.util.Arrays.fill(halfWidth[l], r);
            // a node with a picture in it (the neuron maps) keeps its value for the hover box
            if (!v.valueKnown(l) || (l > 0 && overlay != null && overlay.hidesValues(v.snapshot()))) {
                continue;
            }
            for (int i = 0; i < v.units(l); i++) {
                GraphSelection n = GraphSelection.node(l, i);
                String text = short4(v.value(l, i));
                double tw = textWidth(text, valueFont);
                boolean wide = tw + 4 > 2 * r;
                halfWidth[l][i] = wide ? (tw + 6) / 2 : r;
                Bounds box = LabelPlacer.centred(g.x(l, i), g.y(l, i), tw + 6, lineHeight);
                if (wide) {
                    placer.reserve(box);
                }
                labels.add(new PendingLabel(box, text, Palette.VALUE_TEXT, wide ? valueFont : null, n,
                        NetworkGraphView.LabelRole.VALUE));
                sink.drawn(n, NetworkGraphView.LabelRole.VALUE, text, box);
            }
        }
        if (v.snapshot().data().train().isClassification()) {
            for (int i = 0; i < v.units(layers); i++) {
                String cls = Notation.outputClass(v.architecture(), v.snapshot().data().train(), layers, i);
                String t = v.lossKnown() ? "t = " + short4(v.target(i)) : null;
                String text = cls == null ? t : t == null ? cls : cls + " · " + t;
                if (text == null) {
                    continue;
                }
                Bounds box = placer.place(LabelPlacer.around(g, layers, i, textWidth(text, smallFont) + 4, lineHeight, width, bottom,
                        false, halfWidth[layers][i]));
                if (box != null) {
                    labels.add(new PendingLabel(box, text, Color.web("#444444"), smallFont, null, null));
                }
            }
        }
        for (int l = 0; l <= layers; l++) {
            if (!v.nodeGradientKnown(l)) {
                continue;
            }
            for (int i = 0; i < v.units(l); i++) {
                GraphSelection n = GraphSelection.node(l, i);
                String text = short4(v.nodeGradient(l, i));
                Bounds box = placer.place(LabelPlacer.around(g, l, i, textWidth(text, gradientFont) + 6, lineHeight, width, bottom,
                        true, halfWidth[l][i]));
                if (box == null) {
                    unlabelled.add(n);
                    continue;
                }
                labels.add(new PendingLabel(box, text, Palette.NODE_GRADIENT, gradientFont, n,
                        NetworkGraphView.LabelRole.GRADIENT));
                sink.drawn(n, NetworkGraphView.LabelRole.GRADIENT, text, box);
            }
        }
        return labels;
    }

    /**
     * Places ∂J/∂w labels (every one must fit, else none is shown; before the backward pass a
     * placeholder of the same size reserves their room so the layout does not jump) and then
     * weight labels where there is room, after the labels {@code beforeWeights} places (biases).
     *
     * @return whether every gradient label fitted
     */
    private boolean placeEdgeLabels(PhaseValues v, GraphGeometry g, LabelPlacer placer, List<PendingLabel> labels,
                                    double lineHeight, Runnable beforeWeights) {
        int layers = v.layers();
        for (int l = layers; l >= 1; l--) {
            boolean known = v.backwardKnown(l);
            for (int i = 0; i < v.units(l - 1); i++) {
                for (int j = 0; j < v.units(l); j++) {
                    String text = known ? short4(v.weightGradient(l, i, j)) : "−0.0000";
                    Bounds box = placeAlong(g, placer, l, i, j, text, gradientFont, lineHeight, GRADIENT_POSITIONS);
                    if (box == null) {
                        return false;
                    }
                    if (known) {
                        labels.add(new PendingLabel(box, text, Palette.edgeGradient(l == layers), gradientFont,
                                GraphSelection.edge(l, i, j), NetworkGraphView.LabelRole.GRADIENT));
                    }
                }
            }
        }
        beforeWeights.run();
        for (int l = 1; l <= layers; l++) {
            for (int i = 0; i < v.units(l - 1); i++) {
                for (int j = 0; j < v.units(l); j++) {
                    double w = v.weight(l, i, j);
                    String text = short4(w);
                    Bounds box = placeAlong(g, placer, l, i, j, text, smallFont, lineHeight, WEIGHT_POSITIONS);
                    if (box != null) {
                        labels.add(new PendingLabel(box, text, Palette.weight(w),
                                smallFont, GraphSelection.edge(l, i, j), NetworkGraphView.LabelRole.WEIGHT));
                    }
                }
            }
        }
        return true;
    }

    private Bounds placeAlong(GraphGeometry g, LabelPlacer placer, int l, int i, int j, String text, Font font,
                              double lineHeight, double[] positions) {
        double tw = textWidth(text, font) + 6;
        List<Bounds> candidates = new ArrayList<>();
        for (double t : positions) {
            double x = g.x(l - 1, i) + t * (g.x(l, j) - g.x(l - 1, i));
            double y = g.y(l - 1, i) + t * (g.y(l, j) - g.y(l - 1, i));
            candidates.add(LabelPlacer.centred(x, y, tw, lineHeight));
        }
        return placer.place(candidates);
    }

    private void drawLabel(GraphicsContext gc, PendingLabel p) {
        Bounds b = p.box();
        drawnBoxes.add(b);
        if (p.font() != null) {
            gc.setFill(Palette.LABEL_BACKGROUND);
            gc.fillRoundRect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), 6, 6);
        }
        gc.setFont(p.font() == null ? valueFont : p.font());
        gc.setFill(p.color());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(p.text(), b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2);
    }

    private void drawTitles(GraphicsContext gc, PhaseValues v, GraphGeometry g, double width, double lineHeight,
                            NetworkGraphView.LabelSink sink) {
        Architecture arch = v.architecture();
        int layers = v.layers();
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int l = 0; l <= layers; l++) {
            String title = (l == 0 ? "input x"
                    : (l == layers ? "output" : layers == 2 ? "hidden h" : "layer " + l) + " · "
                    + arch.activations().get(l - 1).id()) + (g.isStrip(l) ? " · " + v.units(l) + " units" : "");
            // each title has its column's share of the width: narrower type where it would run
            // into a neighbour's (large presenter type on a small window), down to 60 %
            double room = Double.POSITIVE_INFINITY;
            if (l > 0) {
                room = g.x(l, 0) - g.x(l - 1, 0);
            }
            if (l < layers) {
                room = Math.min(room, g.x(l + 1, 0) - g.x(l, 0));
            }
            room -= 10;
            double fullWidth = textWidth(title, titleFont);
            Font font = fullWidth <= room ? titleFont
                    : Font.font(titleFont.getFamily(), FontWeight.BOLD, titleFont.getSize() * Math.max(0.6, room / fullWidth));
            gc.setFont(font);
            gc.setFill(Color.web("#222222"));
            gc.fillText(title, LabelPlacer.inside(g.x(l, 0), textWidth(title, font), width), 8 + lineHeight / 2);
        }
        if (v.lossKnown()) {
            String text = "J = " + short4(v.loss());
            gc.setFont(gradientFont);
            gc.setFill(Palette.VALUE_TEXT);
            gc.fillText(text, LabelPlacer.inside(g.x(layers, 0), textWidth(text, gradientFont), width), 8 + 1.5 * lineHeight);
            sink.drawn(GraphSelection.node(layers, -1), NetworkGraphView.LabelRole.VALUE, text, null);
        }
    }

    // under each hidden layer's title, once its backward phase ran: the RMS of its ∂J/∂W (the
    // number the gradient-flow chart plots), where it fits between the neighbouring columns and
    // clear of the numbers drawn
    private void drawGradientSizes(GraphicsContext gc, PhaseValues v, GraphGeometry g, double width, double lineHeight) {
        Snapshot s = v.snapshot();
        if (s.pass() == null) {
            return;
        }
        LayerGradientSizes sizes = LayerGradientSizes.of(s.pass());
        gc.setFont(smallFont);
        gc.setFill(Palette.HIDDEN_EDGE_GRADIENT);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        double y = 8 + 1.5 * lineHeight;
        for (int l = 1; l < v.layers(); l++) {
            if (!s.phase().backwardComputed(l)) {
                continue;
            }
            double room = Math.min(g.x(l, 0) - g.x(l - 1, 0), g.x(l + 1, 0) - g.x(l, 0)) - 8;
            String text = "rms ∂J/∂W " + short4(sizes.weightRms(l - 1));
            if (textWidth(text, smallFont) > room) {
                text = short4(sizes.weightRms(l - 1));
            }
            double w = textWidth(text, smallFont);
            double x = LabelPlacer.inside(g.x(l, 0), w, width);
            javafx.geometry.Bounds box = new javafx.geometry.BoundingBox(x - w / 2, y - lineHeight / 2, w, lineHeight);
            if (w <= room && drawnBoxes.stream().noneMatch(box::intersects)) {
                gc.fillText(text, x, y);
            }
        }
    }

    // a dense output layer (the digits' ten units) has no room for labels around its nodes: the
    // class each unit stands for goes right of it, where it fits
    private void drawClassNames(GraphicsContext gc, PhaseValues v, GraphGeometry g, double width) {
        int layers = v.layers();
        gc.setFont(gradientFont);
        gc.setFill(Palette.VALUE_TEXT);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < v.units(layers); i++) {
            String cls = Notation.outputClass(v.architecture(), v.snapshot().data().train(), layers, i);
            double x = g.x(layers, i) + g.radius() + 5;
            if (cls != null && x + textWidth(cls, gradientFont) <= width - 2) {
                gc.fillText(cls, x, g.y(layers, i));
            }
        }
    }

    private double textWidth(String text, Font font) {
        measure.setText(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
