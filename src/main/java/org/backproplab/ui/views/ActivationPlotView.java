package org.backproplab.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.backproplab.sim.Snapshot;

/** The chosen layer's activation function and its units' pre-activations, as text. */
public class ActivationPlotView extends StackPane {
    private final Label text = new Label();
    private final IntegerProperty layer = new SimpleIntegerProperty(1);

    /** An empty plot. */
    public ActivationPlotView() {
        getStyleClass().addAll("text-view", "activation-plot");
        text.setWrapText(true);
        getChildren().add(text);
        setMinSize(0, 0);
    }

    /** @param s the snapshot to show */
    public void render(Snapshot s) {
        int l = Math.max(1, Math.min(layer.get(), s.architecture().layerCount()));
        StringBuilder b = new StringBuilder("Activation of layer " + l + ": "
                + s.architecture().activations().get(l - 1).id());
        if (s.pass() != null && s.phase().forwardComputed(l)) {
            b.append("\nz = ").append(num(s.pass().layers().get(l - 1).preActivation().get(0, 0)));
        }
        show(b.toString());
    }

    /** @return which layer (1..L) to plot */
    public IntegerProperty layerProperty() {
        return layer;
    }

    private void show(String content) {
        text.setText(content);
    }

    private static String num(double v) {
        return String.format("%.4f", v);
    }
}
