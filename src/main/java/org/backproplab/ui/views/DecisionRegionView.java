package org.backproplab.ui.views;

import org.backproplab.sim.Snapshot;

/** The training data and the current batch, as text. */
public class DecisionRegionView extends TextView {

    /** An empty view. */
    public DecisionRegionView() {
        super("decision-regions");
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
}
