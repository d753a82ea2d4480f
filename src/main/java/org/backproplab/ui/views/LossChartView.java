package org.backproplab.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import java.util.List;
import org.backproplab.sim.Snapshot;

/** The latest batch loss and epoch metrics, as text. */
public class LossChartView extends StackPane {
    private final Label text = new Label();

    /** An empty chart. */
    public LossChartView() {
        getStyleClass().addAll("text-view", "loss-chart");
        text.setWrapText(true);
        getChildren().add(text);
        setMinSize(0, 0);
    }

    /** @param s the snapshot to show */
    public void render(Snapshot s) {
        List<Double> losses = s.iterationLosses();
        StringBuilder b = new StringBuilder("Loss per iteration: ");
        b.append(losses.isEmpty() ? "—" : num(losses.get(losses.size() - 1)));
        List<Snapshot.EpochMetrics> epochs = s.epochMetrics();
        if (!epochs.isEmpty()) {
            Snapshot.EpochMetrics m = epochs.get(epochs.size() - 1);
            b.append("\nEpoch ").append(m.epoch()).append(": train loss ").append(num(m.train().loss()))
                    .append(", accuracy ").append(num(m.train().accuracy()));
        }
        show(b.toString());
    }

    private void show(String content) {
        text.setText(content);
    }

    private static String num(double v) {
        return String.format("%.4f", v);
    }
}
