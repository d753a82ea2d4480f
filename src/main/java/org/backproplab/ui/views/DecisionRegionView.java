package org.backproplab.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.backproplab.sim.Snapshot;

/** The training data and the current batch, as text. */
public class DecisionRegionView extends StackPane {
    private final Label text = new Label();

    /** An empty view. */
    public DecisionRegionView() {
        getStyleClass().addAll("text-view", "decision-regions");
        text.setWrapText(true);
        getChildren().add(text);
        setMinSize(0, 0);
    }

    /** @param s the snapshot to show */
    public void render(Snapshot s) {
        show("Data: " + s.data().train().rows() + " training and " + s.data().test().rows()
                + " test samples\nBatch rows: " + java.util.Arrays.toString(s.batchRows()));
    }

    /** Releases the view's resources (nothing to release in the text version). */
    public void dispose() {
        getChildren().clear();
    }

    private void show(String content) {
        text.setText(content);
    }
}
