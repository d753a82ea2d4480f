package org.backproplab.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.backproplab.sim.Snapshot;

/** The selected node or edge and its gradient, as text. */
public class InspectorPane extends StackPane {
    private final Label text = new Label();

    /** An empty inspector. */
    public InspectorPane() {
        getStyleClass().addAll("text-view", "inspector");
        text.setWrapText(true);
        getChildren().add(text);
        setMinSize(0, 0);
    }

    /**
     * @param s   the snapshot
     * @param sel the selected node or edge, or null
     */
    public void render(Snapshot s, GraphSelection sel) {
        if (sel == null) {
            show("Click a node or an edge to see its chain rule.");
        } else if (sel.isNode()) {
            show("Node " + sel.unit() + " of layer " + sel.layer());
        } else {
            int l = sel.layer() - 1;
            double w = s.parameters().weightsOf(l)[sel.fromUnit() * s.architecture().unitsOf(l) + sel.toUnit()];
            show("Weight " + sel.fromUnit() + " → " + sel.toUnit() + " of layer " + sel.layer() + " = " + num(w));
        }
    }

    private void show(String content) {
        text.setText(content);
    }

    private static String num(double v) {
        return String.format("%.4f", v);
    }
}
