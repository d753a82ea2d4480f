package org.backproplab.ui.graphlab;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Network;
import org.backproplab.engine.NeuronGraph;
import org.backproplab.engine.Pass;
import org.backproplab.engine.graph.GraphTrace;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.gradcheck.GradientCheckView;

/**
 * A window showing one unit of the network for the first sample of the batch as its scalar
 * graph ({@link NeuronGraph}), with the weights on show and the batch of the snapshot, stepped
 * with its own Step and Back buttons.
 */
public final class UnitGraphWindow {
    private static final String NOTES = "This is one unit of the network for the first sample of the batch, "
            + "built from the same numbers: its inputs and weights, the products w·x, their sum with the bias into z, "
            + "the activation, and for an output unit its term of the loss J.\n\n"
            + "Every red number is ∂J/∂node of the network's own J (averaged over the batch). A hidden unit's graph "
            + "starts its backward pass from the network's ∂J/∂a; ∂J/∂w here is the first sample's share of the "
            + "network's ∂J/∂w (all of it for a batch of one).";

    private UnitGraphWindow() {
    }

    /**
     * @param s     the snapshot on show
     * @param layer 1-based layer
     * @param unit  unit in it
     * @return the unit's graph for the snapshot's weights and batch
     */
    public static GraphTrace graphOf(Snapshot s, int layer, int unit) {
        Matrix[] batch = GradientCheckView.batchOf(s);
        double l2 = s.hyperparameters() == null ? 0 : s.hyperparameters().l2();
        Pass pass = new Network(s.parameters().copy()).computePass(batch[0], batch[1], l2);
        return NeuronGraph.of(s.parameters(), pass, layer, unit);
    }

    /**
     * @param owner     the main window
     * @param s         the snapshot on show
     * @param layer     1-based layer
     * @param unit      unit in it
     * @param presenter whether to use presenter mode's large type
     * @return the window, shown
     */
    public static Stage open(Window owner, Snapshot s, int layer, int unit, boolean presenter) {
        GraphLabModel model = new GraphLabModel(graphOf(s, layer, unit), "J");
        GraphLabPane pane = new GraphLabPane(model, NOTES);
        pane.setPresenterMode(presenter);
        Button back = org.backproplab.ui.Icons.on(new Button("Back"),
                org.kordamp.ikonli.materialdesign2.MaterialDesignS.STEP_BACKWARD, false);
        back.setId("unitGraphBack");
        back.disableProperty().bind(model.canStepBackProperty().not());
        back.setOnAction(e -> model.stepBack());
        Button step = org.backproplab.ui.Icons.on(new Button("Step"),
                org.kordamp.ikonli.materialdesign2.MaterialDesignS.STEP_FORWARD, true);
        step.setId("unitGraphStep");
        step.setOnAction(e -> model.stepForward());
        Label title = new Label("Layer " + layer + ", unit " + (unit + 1) + ": the first sample of the batch, "
                + (s.phase().step() > 0 ? "mid-iteration " : "") + "iteration " + (s.iteration() + 1));
        HBox bar = new HBox(8, back, step, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6));
        BorderPane root = new BorderPane(pane);
        root.setTop(bar);
        if (presenter) {
            root.getStyleClass().add("presenter");
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Unit " + (unit + 1) + " of layer " + layer + " as a graph");
        stage.setScene(new Scene(root, Math.min(1400, 300 + 200 * 6), 700));
        stage.show();
        return stage;
    }
}
