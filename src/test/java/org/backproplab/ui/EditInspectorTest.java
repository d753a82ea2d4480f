package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.GraphSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing in the window: a node's bias typed in the inspector is used by the next forward pass
 * and undone by Step Back; the learning rate typed in the settings panel applies without a
 * restart.
 */
@ExtendWith(ApplicationExtension.class)
class EditInspectorTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        // the lecture's 2-3-1 sigmoid network with biases b¹ = (0.1, −0.2, 0.3), b² = 0.05
        fx = new WindowFixture(stage, LabReader.parse("""
                {"format": "backprop-lab/1", "title": "biased",
                 "network": {"layers": [2, 3, 1], "activations": ["sigmoid", "sigmoid"], "bias": true, "loss": "bce"},
                 "parameters": {"weights": [[[1.0, -1.0, 3.0], [2.0, 2.0, -1.0]], [[0.1], [0.5], [-0.1]]],
                                "biases": [[0.1, -0.2, 0.3], [0.05]]},
                 "data": {"inputs": [[5.0, 3.0]], "targets": [[1.0]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 0, "seed": 1}}
                """, "biased", null));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    @Test
    void aBiasTypedInTheInspectorFeedsTheNextForwardPassAndStepBackRestoresIt(FxRobot robot) throws Exception {
        // given one completed iteration
        robot.clickOn("#granularityIteration");
        robot.clickOn("#stepButton");
        Parameters afterFirst = fx.awaitRendered(s -> s.iteration() == 0 && s.phase().updated()).parameters();

        // when hidden unit h₂'s bias is set to 0.75 in the inspector
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.node(1, 1)));
        Node editor = robot.lookup("#weightField").query().getParent();
        assertTrue(editor.isVisible());
        assertTrue(robot.from(editor).lookup((Label l) -> "Set b =".equals(l.getText())).tryQuery().isPresent());
        robot.clickOn("#weightField").write("0.75").type(KeyCode.ENTER);
        fx.awaitRendered(s -> s.parameters().biasesOf(0)[1] == 0.75);

        // then the next forward pass computes z = 5·W₁₂ + 3·W₂₂ + 0.75 with the updated weights
        robot.clickOn("#granularityPass");
        robot.clickOn("#stepButton");
        Snapshot forward = fx.awaitRendered(s -> s.iteration() == 1 && s.pass() != null);
        double[] w = afterFirst.weightsOf(0);
        double z = 5 * w[1] + 3 * w[3 + 1] + 0.75;
        assertEquals(z, forward.pass().layers().get(0).preActivation().get(0, 1), 1e-12);

        // and Step Back (one iteration) returns to the unedited bias, bit for bit
        robot.clickOn("#granularityIteration");
        robot.clickOn("#stepBackButton");
        Snapshot back = fx.awaitRendered(s -> s.iteration() == 0 && s.phase().updated());
        assertEquals(Double.doubleToRawLongBits(afterFirst.biasesOf(0)[1]),
                Double.doubleToRawLongBits(back.parameters().biasesOf(0)[1]));
        assertEquals(afterFirst, back.parameters());
    }

    @Test
    void anInputNodeHasNoBiasToEdit(FxRobot robot) throws Exception {
        fx.awaitRendered(s -> true);
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.node(0, 0)));
        assertFalse(robot.lookup("#weightField").query().getParent().isVisible());
    }

    /**
     * Waits until the pane's expansion animation has finished: the pane, which grows with the
     * animation on every pulse, has the same height over two pulses and its content is shown.
     */
    private static void awaitExpansionAnimation(TitledPane pane) throws Exception {
        double[] last = {-1};
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            double height = WaitForAsyncUtils.asyncFx(pane::getHeight).get();
            boolean settled = height == last[0] && pane.getContent().isVisible();
            last[0] = height;
            return settled;
        });
    }

    @Test
    void aLearningRateTypedInTheSettingsAppliesWithoutARestart(FxRobot robot) throws Exception {
        robot.clickOn("#granularityIteration");
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        fx.awaitRendered(s -> s.iteration() == 1 && s.phase().updated());
        TitledPane training = robot.lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
                .filter(t -> "Training".equals(t.getText())).findFirst().orElseThrow();
        robot.clickOn(training.lookup(".title"));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, training::isExpanded);
        awaitExpansionAnimation(training);
        Spinner<?> rate = robot.lookup("#learningRateSpinner").queryAs(Spinner.class);
        // as typing 0.5 and leaving the field does
        robot.interact(() -> {
            rate.getEditor().setText("0.5");
            rate.commitValue();
        });

        Snapshot s = fx.awaitRendered(x -> x.hyperparameters() != null && x.hyperparameters().learningRate() == 0.5);
        assertEquals(2, s.iteration(), "no restart: READY for the third iteration");
        String notice = WindowFixture.text(robot, "#notice");
        assertTrue(notice.startsWith("Learning rate 0.1 → 0.5 without a restart"), notice);
        assertTrue(robot.lookup("#liveCaption").queryAs(Label.class).getText().contains("no restart"));
        assertTrue(robot.lookup("#restartCaption").queryAs(Label.class).getText().contains("restart the run"));
        robot.interact(() -> {
            try {
                WindowImage.writePng(fx.window.getScene(), java.nio.file.Path.of("target/screenshots/live-settings.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void closingTheInspectorClearsTheGraphsHighlightToo(FxRobot robot) {
        // given an edge selected in the graph
        org.backproplab.ui.views.NetworkGraphView graph = robot.lookup(".network-graph-view")
                .queryAs(org.backproplab.ui.views.NetworkGraphView.class);
        robot.interact(() -> graph.select(GraphSelection.edge(2, 2, 0)));
        assertEquals(GraphSelection.edge(2, 2, 0), fx.vm.selectionProperty().get());
        // when the inspector's ✕ is clicked
        robot.clickOn("#inspectorClose");
        WaitForAsyncUtils.waitForFxEvents();
        // then nothing is selected, in the view-model and in the graph
        assertEquals(null, fx.vm.selectionProperty().get());
        assertEquals(null, graph.selectionProperty().get());
    }

    @Test
    void onA1280x800WindowAnOpenInspectorTakesTheActivationPlotsRoomUntilItCloses(FxRobot robot) {
        // given the window at 1280×800 with the activation plot below the decision regions
        assertTrue(robot.lookup(".activation-plot-view").tryQuery().isPresent());
        // when a node is selected, the inspector opens and the plot gives way
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.node(1, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".activation-plot-view").tryQuery().isEmpty(), "activation plot while inspecting");
        // and when the inspector closes, the plot comes back
        robot.clickOn("#inspectorClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".activation-plot-view").tryQuery().isPresent(), "activation plot after closing");
    }
}
