package org.backproplab.ui.graphlab;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import org.backproplab.engine.ScalarGraph;
import org.backproplab.engine.graph.GraphTrace;
import org.backproplab.ui.views.NumberText;

/**
 * The graph drawn left to right in topological order: a box per node with its name, operation,
 * value and (once the backward pass reaches it) d(output)/d(node) in red; every edge labelled
 * with its local derivative once its node is computed. An input's value is a field to edit in
 * place. Clicking a node selects it. Renders the model's state; keeps no maths.
 */
public final class GraphLabView extends Pane {
    /** Node boxes narrower than this lose their operation line. */
    private static final double MIN_BOX_WIDTH = 64;

    private final GraphLabModel model;
    private final List<NodeBox> nodes = new ArrayList<>();
    private final List<Edge> edgeList = new ArrayList<>();
    private GraphLayout layout;
    private GraphTrace built;
    // whether the columns are wide enough to write "∂e/∂b = 5" on a node rather than "5"
    private boolean wide = true;

    private record Edge(int from, int to, int index, Line line, Label label) {
    }

    /** One node's box. */
    private final class NodeBox extends VBox {
        final int id;
        final Label title = new Label();
        final Label op = new Label();
        final Label value = new Label();
        final TextField input = new TextField();
        final Label gradient = new Label();

        NodeBox(GraphTrace t, GraphTrace.Node n) {
            id = n.id();
            setId("graphNode-" + id);
            getStyleClass().add("graph-node");
            setAlignment(Pos.CENTER);
            title.getStyleClass().add("graph-node-title");
            op.getStyleClass().add("graph-node-op");
            value.getStyleClass().add("graph-node-value");
            value.setId("graphValue-" + id);
            gradient.getStyleClass().add("graph-node-gradient");
            gradient.setId("graphGradient-" + id);
            title.setText(GraphText.symbol(n));
            op.setText(GraphText.operation(t, n));
            boolean editable = n.op().equals(ScalarGraph.INPUT) && model.labProperty().get() != null;
            if (editable) {
                input.setId("graphInput-" + n.name());
                input.getStyleClass().add("graph-node-input");
                input.setPrefColumnCount(5);
                input.setAlignment(Pos.CENTER);
                input.setTooltip(new Tooltip("Type a new value and press Enter"));
                input.setOnAction(e -> commit(n.name()));
                input.focusedProperty().addListener((obs, was, now) -> {
                    if (!now) {
                        commit(n.name());
                    }
                });
                getChildren().addAll(title, input, gradient);
            } else {
                getChildren().addAll(title, op, value, gradient);
            }
            // a filter, so that a click into an input's field selects the node too
            addEventFilter(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> model.selectedProperty().set(id));
        }

        void commit(String name) {
            String text = input.getText().strip().replace(NumberText.MINUS, '-');
            try {
                double v = Double.parseDouble(text);
                if (Double.isFinite(v) && v != model.traceProperty().get().nodes().get(id).value()) {
                    model.setInput(name, v);
                    return;
                }
            } catch (NumberFormatException e) {
                // not a number: the field shows the value again
            }
            input.setText(NumberText.short4(model.traceProperty().get().nodes().get(id).value()));
        }

        void show(GraphTrace.Node n) {
            boolean known = model.valueShown(id);
            String v = known ? NumberText.short4(n.value()) : "";
            value.setText(v);
            if (!input.isFocused()) {
                input.setText(NumberText.short4(n.value()));
            }
            boolean g = model.gradientShown(id);
            String d = NumberText.short4(n.gradient());
            gradient.setText(g ? (wide ? GraphText.partial(model.outputSymbol(), n) + " = " + d : d)
                    : model.inBackward() && !model.usedByOutput(id) ? "not used" : " ");
            pseudoClass("pending", !known);
            pseudoClass("current", model.current() == id);
            pseudoClass("selected", Integer.valueOf(id).equals(model.selectedProperty().get()));
            boolean bad = known && !Double.isFinite(n.value()) || g && !Double.isFinite(n.gradient());
            pseudoClass("non-finite", bad);
            Tooltip.install(this, new Tooltip(GraphText.symbol(n) + " = " + NumberText.full(n.value())
                    + (bad ? "  (not finite: flagged)" : "")));
        }

        private void pseudoClass(String name, boolean on) {
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(name), on);
        }
    }

    /** @param model the graph's stepping state */
    public GraphLabView(GraphLabModel model) {
        this.model = model;
        getStyleClass().add("graph-lab-view");
        getStylesheets().add(GraphLabView.class.getResource("graphlab.css").toExternalForm());
        model.traceProperty().addListener((obs, old, t) -> refresh());
        model.positionProperty().addListener((obs, old, p) -> refresh());
        model.selectedProperty().addListener((obs, old, s) -> refresh());
        setMinSize(0, 0);
        refresh();
    }

    private void refresh() {
        GraphTrace t = model.traceProperty().get();
        if (built == null || built.nodes().size() != t.nodes().size()) {
            build(t);
        }
        built = t;
        for (NodeBox box : nodes) {
            box.show(t.nodes().get(box.id));
        }
        for (Edge e : edgeList) {
            GraphTrace.Node to = t.nodes().get(e.to());
            boolean known = model.valueShown(e.to());
            e.label().setText(known ? NumberText.short4(to.localDerivatives().get(e.index())) : "");
            e.label().setVisible(known);
            e.line().getStyleClass().removeAll("graph-edge-backward");
            if (model.gradientShown(e.to())) {
                e.line().getStyleClass().add("graph-edge-backward");
            }
        }
        requestLayout();
    }

    private void build(GraphTrace t) {
        nodes.clear();
        edgeList.clear();
        getChildren().clear();
        for (GraphTrace.Node n : t.nodes()) {
            nodes.add(new NodeBox(t, n));
        }
        for (GraphTrace.Node n : t.nodes()) {
            for (int k = 0; k < n.inputs().size(); k++) {
                Line line = new Line();
                line.getStyleClass().add("graph-edge");
                Label label = new Label();
                label.getStyleClass().add("graph-edge-label");
                label.setId("graphEdge-" + n.inputs().get(k) + "-" + n.id() + "-" + k);
                label.setTooltip(new Tooltip("\u2202" + GraphText.symbol(n) + "/\u2202"
                        + GraphText.symbol(t.nodes().get(n.inputs().get(k))) + ", the local derivative on this edge"));
                edgeList.add(new Edge(n.inputs().get(k), n.id(), k, line, label));
                getChildren().add(line);
            }
        }
        // the labels above the boxes: a label between close neighbours may overlap a box's border
        getChildren().addAll(nodes);
        for (Edge e : edgeList) {
            getChildren().add(e.label());
        }
        layout = GraphLayout.of(t);
    }

    @Override
    protected void layoutChildren() {
        if (layout == null) {
            return;
        }
        double w = getWidth();
        double h = getHeight();
        double margin = 12;
        double colWidth = (w - 2 * margin) / layout.columns();
        boolean nowWide = colWidth >= 190;
        if (nowWide != wide) {
            wide = nowWide;
            refresh();
        }
        double[] cx = new double[nodes.size()];
        double[] cy = new double[nodes.size()];
        double[] half = new double[nodes.size()];
        for (NodeBox box : nodes) {
            int c = layout.column()[box.id];
            box.op.setManaged(colWidth - 28 >= MIN_BOX_WIDTH + 40);
            box.op.setVisible(box.op.isManaged());
            double bw = Math.max(MIN_BOX_WIDTH, Math.min(box.prefWidth(-1), colWidth - 14));
            double bh = box.prefHeight(bw);
            double rowHeight = (h - 2 * margin) / layout.rows()[c];
            cx[box.id] = margin + (c + 0.5) * colWidth;
            cy[box.id] = margin + (layout.row()[box.id] + 0.5) * rowHeight;
            half[box.id] = bw / 2;
            box.resizeRelocate(Math.round(cx[box.id] - bw / 2), Math.round(cy[box.id] - bh / 2), bw, bh);
        }
        for (Edge e : edgeList) {
            double x1 = cx[e.from()] + half[e.from()];
            double y1 = cy[e.from()];
            double x2 = cx[e.to()] - half[e.to()];
            double y2 = cy[e.to()];
            e.line().setStartX(x1);
            e.line().setStartY(y1);
            e.line().setEndX(x2);
            e.line().setEndY(y2);
            Label l = e.label();
            double lw = l.prefWidth(-1);
            double lh = l.prefHeight(-1);
            // the label sits on the edge, two thirds of the way to the node it enters
            double mx = x1 + (x2 - x1) * 0.62;
            double my = y1 + (y2 - y1) * 0.62;
            if (Math.abs(y2 - y1) < lh) {
                mx = (x1 + x2) / 2; // a level edge between neighbours: the label in the middle of the gap
            }
            l.resizeRelocate(Math.round(mx - lw / 2), Math.round(my - lh / 2), lw, lh);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    /** @return the box of a node (for tests and the snapshot), or null */
    Region box(int id) {
        return id >= 0 && id < nodes.size() ? nodes.get(id) : null;
    }
}
