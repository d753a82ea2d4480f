package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.backproplab.ui.views.NetworkGraphView.LabelRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network graph shows the lecture example's numbers, and only those computed so far. */
class NetworkGraphViewTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static NetworkGraphView shown(int step) {
        return Fx.call(() -> {
            NetworkGraphView view = new NetworkGraphView();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(view), 900, 560));
            stage.show();
            view.render(TestSnapshots.lecture(step));
            view.applyCss();
            view.layout();
            return view;
        });
    }

    @Test
    void afterTheBackwardPassTheGraphShowsTheLectureGradientsInTheirColoursRoles() throws Exception {
        NetworkGraphView view = shown(5);
        // dJ/dy = −t/y with y = σ(0.1·h1 + 0.5·h2 − 0.1·h3) = 0.59039 → −1.6938 (lecture)
        assertEquals("−1.694", view.labelFor(GraphSelection.node(2, 0), LabelRole.GRADIENT));
        // dJ/dV_k = (y − t) h_k (lecture: −0.40961516, −0.29945768, −0.40961948)
        assertEquals("−0.4096", view.labelFor(GraphSelection.edge(2, 0, 0), LabelRole.GRADIENT));
        assertEquals("−0.2995", view.labelFor(GraphSelection.edge(2, 1, 0), LabelRole.GRADIENT));
        assertEquals("−0.4096", view.labelFor(GraphSelection.edge(2, 2, 0), LabelRole.GRADIENT));
        // dJ/dW (lecture: −3.42057777e−06, −2.01341432e−01, 1.25838681e−06 / −2.05234666e−06 …)
        assertEquals("−3.421e−6", view.labelFor(GraphSelection.edge(1, 0, 0), LabelRole.GRADIENT));
        assertEquals("−0.2013", view.labelFor(GraphSelection.edge(1, 0, 1), LabelRole.GRADIENT));
        assertEquals("1.258e−6", view.labelFor(GraphSelection.edge(1, 0, 2), LabelRole.GRADIENT));
        assertEquals("−2.052e−6", view.labelFor(GraphSelection.edge(1, 1, 0), LabelRole.GRADIENT));
        assertEquals("−0.1208", view.labelFor(GraphSelection.edge(1, 1, 1), LabelRole.GRADIENT));
        assertEquals("7.550e−7", view.labelFor(GraphSelection.edge(1, 1, 2), LabelRole.GRADIENT));
        // dJ/dh1 = δ_y · V1 = −0.40962 × 0.1
        assertEquals("−0.04096", view.labelFor(GraphSelection.node(1, 0), LabelRole.GRADIENT));
        // inputs show x; the output shows y = 0.5904
        assertEquals("5", view.labelFor(GraphSelection.node(0, 0), LabelRole.VALUE));
        assertEquals("0.5904", view.labelFor(GraphSelection.node(2, 0), LabelRole.VALUE));
        assertTrue(view.displayedLabels().contains("J = 0.5270"), view.displayedLabels().toString());
        Fx.run(() -> snapshotTo(view, "graph-backward-done.png"));
    }

    static void snapshotTo(javafx.scene.Node node, String name) {
        try {
            PngWriter.write(node.getScene().getRoot().snapshot(null, null), Path.of("target", "screenshots", name));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
