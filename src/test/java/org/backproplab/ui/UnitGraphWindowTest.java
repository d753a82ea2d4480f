package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.backproplab.engine.Network;
import org.backproplab.engine.Pass;
import org.backproplab.engine.graph.GraphTrace;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.graphlab.GraphLabPane;
import org.backproplab.ui.views.GraphSelection;
import org.backproplab.ui.views.NumberText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector's "As a graph" on the lecture's output unit opens its scalar graph, whose
 * gradients equal the network's pass to 1e-12 and are the numbers shown when stepped through.
 */
@ExtendWith(ApplicationExtension.class)
class UnitGraphWindowTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (Window w : Window.getWindows().toArray(new Window[0])) {
                if (w instanceof Stage s && s.getTitle() != null && s.getTitle().contains("as a graph")) {
                    s.close();
                }
            }
            fx.close();
        });
    }

    @Test
    void outputUnitAsAGraphHasThePassesGradients(FxRobot robot) throws Exception {
        Snapshot s = fx.awaitRendered(x -> true);
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.node(2, 0)));
        robot.clickOn("#unitAsGraph");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unitGraphStep").tryQuery().isPresent());
        GraphLabPane pane = robot.lookup("#graphLabPane").queryAllAs(GraphLabPane.class).stream()
                .filter(p -> p.getScene() != fx.window.getScene()).findFirst().orElseThrow();
        GraphTrace g = pane.model().traceProperty().get();

        Pass pass = new Network(s.parameters().copy()).computePass(s.pass() != null ? s.pass().inputs()
                : org.backproplab.engine.Matrix.of(new double[][] {{5, 3}}),
                org.backproplab.engine.Matrix.of(new double[][] {{1}}), 0);
        for (int i = 0; i < 3; i++) {
            double expected = pass.layers().get(1).dLossDWeights().get(i, 0);
            assertEquals(expected, g.named("w" + (i + 1)).gradient(), 1e-12 * Math.max(1, Math.abs(expected)));
            assertEquals(pass.layers().get(0).dLossDActivation().get(0, i), g.named("h" + (i + 1)).gradient(), 1e-12);
        }
        assertEquals(pass.layers().get(1).dLossDPreActivation().get(0, 0), g.named("z").gradient(), 1e-12);
        assertEquals(pass.loss(), g.named("J").value(), 1e-12);

        for (int k = 0; k < pane.model().steps(); k++) {
            robot.clickOn("#unitGraphStep");
        }
        int w1 = g.named("w1").id();
        String shown = pane.lookup("#graphGradient-" + w1) instanceof javafx.scene.control.Label l ? l.getText() : "";
        assertTrue(shown.endsWith(NumberText.short4(g.named("w1").gradient())), shown);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        robot.interact(() -> {
            try {
                WindowImage.writePng(pane.getScene(), java.nio.file.Path.of("target", "screenshots", "unit-graph.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
