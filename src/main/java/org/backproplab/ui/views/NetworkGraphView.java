package org.backproplab.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backproplab.engine.LayerTrace;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;

/** The network: per layer, the activations and node gradients computed so far, as text. */
public class NetworkGraphView extends StackPane {
    private final Label text = new Label();
    private final ReadOnlyObjectWrapper<GraphSelection> selection = new ReadOnlyObjectWrapper<>();
    private Snapshot last;

    /** An empty view. */
    public NetworkGraphView() {
        getStyleClass().addAll("text-view", "network-graph");
        text.setWrapText(true);
        getChildren().add(text);
        setMinSize(0, 0);
    }

    /** @param s the snapshot to show (cheap when it is the one already shown) */
    public void render(Snapshot s) {
        if (s == last) {
            return;
        }
        last = s;
        StringBuilder b = new StringBuilder("Network " + s.architecture().sizes() + "\n");
        PhaseCursor p = s.phase();
        for (int l = 1; l <= s.architecture().layerCount(); l++) {
            b.append("layer ").append(l).append(": ");
            if (s.pass() != null && p.forwardComputed(l)) {
                LayerTrace t = s.pass().layers().get(l - 1);
                b.append("a = ").append(num(t.activation().get(0, 0)));
                if (p.backwardComputed(l)) {
                    b.append("  dJ/da = ").append(num(t.dLossDActivation().get(0, 0)));
                }
            } else {
                b.append("—");
            }
            b.append('\n');
        }
        show(b.toString());
    }

    /** @return the selected node or edge, or null */
    public ReadOnlyObjectProperty<GraphSelection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** @param large whether to use presenter-size type */
    public void setPresenterMode(boolean large) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("presenter"), large);
    }

    private void show(String content) {
        text.setText(content);
    }

    private static String num(double v) {
        return String.format("%.4f", v);
    }
}
