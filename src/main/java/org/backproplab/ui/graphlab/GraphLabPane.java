package org.backproplab.ui.graphlab;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backproplab.engine.graph.GraphTrace;
import org.backproplab.ui.notes.NotesPanel;
import org.backproplab.ui.views.NumberText;

/**
 * The graph view with its side column: where the stepping is (which node was just computed),
 * the clicked node's sum over paths, and the lesson's notes.
 */
public final class GraphLabPane extends BorderPane {
    private final GraphLabModel model;
    private final GraphLabView view;
    private final Label status = new Label();
    private final Label paths = new Label("Click a node to see its derivative as a sum over paths.");
    private final NotesPanel notes = new NotesPanel();

    /**
     * @param model the graph's stepping state
     * @param notes the lesson's notes, or ""
     */
    public GraphLabPane(GraphLabModel model, String notes) {
        this.model = model;
        this.view = new GraphLabView(model);
        getStyleClass().add("graph-lab-pane");
        setId("graphLabPane");
        getStylesheets().add(GraphLabView.class.getResource("graphlab.css").toExternalForm());
        status.setId("graphStatus");
        status.getStyleClass().add("graph-status");
        paths.setId("graphPaths");
        paths.getStyleClass().add("graph-paths");
        Label pathsTitle = new Label("Sum over paths");
        pathsTitle.getStyleClass().add("panel-title");
        ScrollPane pathScroll = new ScrollPane(paths);
        pathScroll.setFitToWidth(true);
        pathScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(pathScroll, Priority.ALWAYS);
        this.notes.show(notes);
        VBox side = new VBox(status, pathsTitle, pathScroll, this.notes);
        side.getStyleClass().add("graph-side");
        side.setPrefWidth(300);
        side.setMinWidth(260);
        setCenter(view);
        setRight(side);
        model.positionProperty().addListener((obs, old, p) -> render());
        model.traceProperty().addListener((obs, old, t) -> render());
        model.selectedProperty().addListener((obs, old, s) -> render());
        render();
    }

    private void render() {
        GraphTrace t = model.traceProperty().get();
        status.setText(statusText(t));
        Integer sel = model.selectedProperty().get();
        if (sel != null && sel < t.nodes().size()) {
            List<String> lines = GraphText.pathExplanation(t, sel, model.outputSymbol());
            paths.setText(String.join("\n", lines));
        }
    }

    private String statusText(GraphTrace t) {
        int p = model.positionProperty().get();
        int f = model.forwardSteps();
        String flag = t.nonFinite().isEmpty() ? "" : "\n\u26a0 " + t.nonFinite().size()
                + " node(s) not finite (dashed orange): the maths is computed and shown as it is.";
        if (p == 0) {
            return "Start: the inputs are given. Step computes the first node." + flag;
        }
        GraphTrace.Node n = t.nodes().get(model.current());
        if (p <= f) {
            return "Forward " + p + " of " + f + ": " + GraphText.symbol(n) + " = " + GraphText.operation(t, n)
                    + " = " + NumberText.short4(n.value()) + flag;
        }
        int b = model.steps() - f;
        String done = p == model.steps() ? "\nDone: every gradient is known." : "";
        return "Backward " + (p - f) + " of " + b + ": " + GraphText.partial(model.outputSymbol(), n) + " = "
                + NumberText.short4(n.gradient()) + done + flag;
    }

    /** @return the graph view */
    public GraphLabView view() {
        return view;
    }

    /** @return the stepping state */
    public GraphLabModel model() {
        return model;
    }

    /** @param on true for presentation: larger type (the window's "presenter" style class does the rest) */
    public void setPresenterMode(boolean on) {
        notes.setPresenterMode(on);
    }
}
