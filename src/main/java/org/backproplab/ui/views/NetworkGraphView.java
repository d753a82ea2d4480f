package org.backproplab.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import org.backproplab.engine.Architecture;
import org.backproplab.sim.Snapshot;

/**
 * The network drawn as a graph on a canvas: input, hidden and output nodes in columns with
 * their values; edges with width by |w| and colour by sign (blue solid for +, dark brown
 * dashed for −); gradients in the lecture's colours: red ∂J/∂(node output) at each node,
 * orange ∂J/∂w on output-layer edges, purple ∂J/∂w on hidden-layer edges. Small networks show
 * every number (placed so labels never overlap); larger ones show gradients as ring width and
 * dot size, with numbers on hover. Values the current phase has not computed are left blank.
 * Hovering shows exact values; clicking selects a node or an edge.
 */
public class NetworkGraphView extends Pane {
    /** What a drawn label shows, for {@link #labelFor}. */
    public enum LabelRole {
        /** x of an input node, a of a neuron. */
        VALUE,
        /** ∂J/∂(node output) on a node, ∂J/∂w on an edge. */
        GRADIENT,
        /** The weight on an edge. */
        WEIGHT,
        /** The bias of a neuron. */
        BIAS,
        /** ∂J/∂b of a neuron. */
        BIAS_GRADIENT
    }

    private static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");
    /** Type scale of presenter mode. */
    private static final double PRESENTER_SCALE = 1.6;
    /** Smallest presenter type scale the graph shrinks to so that the edges' numbers fit. */
    private static final double PRESENTER_MIN_SCALE = 1.25;
    private static final double PRESENTER_SCALE_STEP = 0.05;

    private final Canvas canvas = new Canvas();
    private final Label hoverBox = new Label();
    private final ReadOnlyObjectWrapper<GraphSelection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final Map<String, String> drawnLabels = new LinkedHashMap<>();
    private final Map<String, javafx.geometry.Bounds> drawnLabelBoxes = new LinkedHashMap<>();
    private final GraphPainter painter = new GraphPainter();
    /**
     * Smallest time between two redraws while training plays: 200 ms (5 per second). Numbers
     * that change faster cannot be read, and each redraw of the whole graph costs the software
     * renderer (no GPU, e.g. under Xvfb) tens of milliseconds, time the decision map needs.
     */
    static final long PLAYING_INTERVAL_NANOS = 200_000_000L;

    private final RedrawThrottle throttle = new RedrawThrottle(this::drawPending, PLAYING_INTERVAL_NANOS);
    private Snapshot last;
    /** Whether {@link #last} is newer than what the canvas shows (held back while playing). */
    private boolean pending;
    private GraphSelection hovered;
    private GraphGeometry geometry;
    private boolean presenter;
    private double drawnScale = 1.0;
    private String fittedFor = "";

    /** An empty graph; call {@link #render} with a snapshot. */
    public NetworkGraphView() {
        getStyleClass().add("network-graph-view");
        hoverBox.getStyleClass().add("graph-hover");
        hoverBox.setManaged(false);
        hoverBox.setVisible(false);
        hoverBox.setMouseTransparent(true);
        getChildren().addAll(canvas, hoverBox);
        canvas.setOnMouseMoved(this::onMouseMoved);
        canvas.setOnMouseExited(e -> setHovered(null, 0, 0));
        canvas.setOnMouseClicked(this::onMouseClicked);
    }

    /**
     * Draws a snapshot (returns at once when it is the one already drawn). While training plays
     * ({@link Snapshot#running()}) a new snapshot is drawn at most every {@link #PLAYING_INTERVAL_NANOS}, in a
     * lighter style that the software renderer draws quickly (no dashes, no boxes behind numbers);
     * a held-back one is drawn by a later call or a timer. A paused or stepped snapshot, or one of
     * another architecture, is drawn in full at once.
     *
     * @param snapshot what to draw
     */
    public void render(Snapshot snapshot) {
        if (snapshot == last) {
            return;
        }
        boolean sameNetwork = last != null && last.architecture().equals(snapshot.architecture());
        if (!sameNetwork) {
            selection.set(null);
            hovered = null;
            hoverBox.setVisible(false);
        }
        last = snapshot;
        if (snapshot.running() && sameNetwork && !throttle.tryRedraw()) {
            pending = true;
            throttle.heldBack();
            return;
        }
        throttle.redrawn();
        drawLast();
    }

    private void drawPending() {
        if (pending) {
            throttle.redrawn();
            drawLast();
        }
    }

    private void drawLast() {
        pending = false;
        redraw();
        if (hovered != null && hoverBox.isVisible()) {
            hoverBox.setText(HoverText.describe(new PhaseValues(last), hovered));
        }
    }

    /**
     * Draws something inside every non-input node (the neuron maps), and redraws now.
     *
     * @param overlay the overlay, or null for none
     */
    public void setNodeOverlay(NodeOverlay overlay) {
        painter.setNodeOverlay(overlay);
        redraw();
    }

    /** Redraws the snapshot on show (an overlay's pictures changed). */
    public void redrawNow() {
        redraw();
    }

    /** @return the clicked node or edge, or null */
    public ReadOnlyObjectProperty<GraphSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /**
     * Selects a node or edge as a click would (nothing happens when it is selected already), so
     * that a selection made or cleared elsewhere (the inspector's ✕) is highlighted here too.
     *
     * @param target the node or edge, or null to clear
     */
    public void select(GraphSelection target) {
        if (!java.util.Objects.equals(target, selection.get())) {
            selection.set(target);
            redraw();
        }
    }

    /**
     * @param large true for presentation: larger type and nodes, readable from the back of a room
     */
    public void setPresenterMode(boolean large) {
        presenter = large;
        pseudoClassStateChanged(PRESENTER, large);
        redraw();
    }

    /** @return the numbers drawn on the graph, in drawing order (empty ones left out) */
    public List<String> displayedLabels() {
        return new ArrayList<>(drawnLabels.values());
    }

    /**
     * @param target a node or an edge
     * @param role   which of its labels
     * @return the exact text drawn for it, or "" when nothing is drawn
     */
    public String labelFor(GraphSelection target, LabelRole role) {
        return drawnLabels.getOrDefault(key(target, role), "");
    }

    /** @return the text of the hover box (empty when hidden) */
    public String hoverText() {
        return hoverBox.isVisible() ? hoverBox.getText() : "";
    }

    /**
     * Shows the hover box for a node or edge as the mouse would.
     *
     * @param target node or edge, or null to hide
     */
    public void hover(GraphSelection target) {
        if (target == null || geometry == null) {
            setHovered(null, 0, 0);
            return;
        }
        double x = target.isNode() ? geometry.x(target.layer(), target.unit())
                : (geometry.x(target.layer() - 1, target.fromUnit()) + geometry.x(target.layer(), target.toUnit())) / 2;
        double y = target.isNode() ? geometry.y(target.layer(), target.unit())
                : (geometry.y(target.layer() - 1, target.fromUnit()) + geometry.y(target.layer(), target.toUnit())) / 2;
        setHovered(target, x, y);
    }

    /**
     * @param layer 0..L
     * @param unit  unit
     * @return the node's centre in the view's coordinates (for tests), or null before drawing
     */
    javafx.geometry.Point2D nodeCentre(int layer, int unit) {
        return geometry == null ? null : new javafx.geometry.Point2D(geometry.x(layer, unit), geometry.y(layer, unit));
    }

    /** @return the boxes of the numbers drawn on the graph (for tests: they must not overlap) */
    List<javafx.geometry.Bounds> labelBoxes() {
        return painter.drawnBoxes();
    }

    /**
     * @param target a node or edge
     * @param role   which of its labels
     * @return where that label was drawn by the last redraw, or null
     */
    javafx.geometry.Bounds labelBox(GraphSelection target, LabelRole role) {
        return drawnLabelBoxes.get(key(target, role));
    }

    /** @return the node and edge positions of the last redraw, or null */
    GraphGeometry geometry() {
        return geometry;
    }

    /** @return the limit on redraws while training plays (tests set its clock) */
    RedrawThrottle throttle() {
        return throttle;
    }

    static String key(GraphSelection target, LabelRole role) {
        return role + ":" + target.kind() + ":" + target.layer() + ":" + target.fromUnit() + ":" + target.unit();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 100;
    }

    private void redraw() {
        pending = false;
        painter.setPlaying(last != null && last.running());
        PhaseValues values = last == null ? null : new PhaseValues(last);
        // presenter type shrinks in steps (never below PRESENTER_MIN_SCALE, still larger than the
        // normal type) until every edge's numbers fit, rather than falling back to dots
        // (a fitted scale is kept while the canvas size and the architecture stay the same)
        String fitKey = presenter + " " + canvas.getWidth() + "x" + canvas.getHeight() + " "
                + (last == null ? "" : last.architecture());
        double scale = !presenter ? 1.0 : fitKey.equals(fittedFor) ? drawnScale : PRESENTER_SCALE;
        while (true) {
            drawnLabels.clear();
            drawnLabelBoxes.clear();
            geometry = painter.paint(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(),
                    values, scale, selection.get(), hovered,
                    (target, role, text, box) -> {
                        drawnLabels.put(key(target, role), text);
                        if (box != null) {
                            drawnLabelBoxes.put(key(target, role), box);
                        }
                    });
            if (!presenter || !painter.edgeNumbersCrowded() || scale <= PRESENTER_MIN_SCALE) {
                break;
            }
            scale = Math.max(PRESENTER_MIN_SCALE, scale - PRESENTER_SCALE_STEP);
        }
        drawnScale = scale;
        fittedFor = fitKey;
    }

    /** @return the type scale of the last drawing (1 in normal mode; 1.25…1.6 in presenter mode) */
    public double drawnScale() {
        return drawnScale;
    }

    private void onMouseMoved(MouseEvent e) {
        GraphSelection hit = geometry == null ? null : geometry.hit(e.getX(), e.getY(), 6);
        setHovered(hit, e.getX(), e.getY());
    }

    private void onMouseClicked(MouseEvent e) {
        GraphSelection hit = geometry == null ? null : geometry.hit(e.getX(), e.getY(), 6);
        select(hit);
    }

    private void setHovered(GraphSelection target, double x, double y) {
        boolean changed = target == null ? hovered != null : !target.equals(hovered);
        hovered = target;
        if (target == null || last == null) {
            hoverBox.setVisible(false);
        } else {
            hoverBox.setText(HoverText.describe(new PhaseValues(last), target));
            hoverBox.setVisible(true);
            hoverBox.autosize();
            double w = hoverBox.getWidth();
            double h = hoverBox.getHeight();
            double bx = x + 16 + w > getWidth() ? Math.max(0, x - 16 - w) : x + 16;
            double by = Math.max(0, Math.min(y + 16, getHeight() - h));
            hoverBox.relocate(bx, by);
        }
        if (changed) {
            redraw();
        }
    }

    /** Receives each number the painter draws. */
    @FunctionalInterface
    interface LabelSink {
        /**
         * @param target node or edge
         * @param role   which label
         * @param text   the exact text drawn
         * @param box    where it is drawn, or null for a text without a box (the loss J)
         */
        void drawn(GraphSelection target, LabelRole role, String text, javafx.geometry.Bounds box);
    }

    /** @return the architecture drawn, or null */
    Architecture architecture() {
        return last == null ? null : last.architecture();
    }
}
