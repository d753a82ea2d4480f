package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.backproplab.ui.views.GraphSelection;
import org.backproplab.ui.views.NetworkGraphView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lecture's 2-3-1 example in presenter mode on a 1280×800 projector: every number of the
 * worked example is drawn (6 + 3 weights, their 9 ∂J/∂w, the values and the red ∂J/∂a), and with
 * the inspector open its whole formula shows (target/screenshots/presenter-lecture-*.png).
 */
@ExtendWith(ApplicationExtension.class)
class PresenterLectureTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                WindowImage.writePng(fx.window.getScene(), Path.of("target/screenshots/presenter-lecture-" + name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void everyNumberOfTheWorkedExampleIsDrawnAndTheInspectorsFormulaIsWhole(FxRobot robot) throws Exception {
        WaitForWindow.complete(fx);
        robot.interact(() -> fx.vm.presenterModeProperty().set(true));
        robot.clickOn("#phaseChip5");
        fx.awaitRendered(s -> s.phase().step() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        NetworkGraphView graph = robot.lookup(n -> n instanceof NetworkGraphView).queryAs(NetworkGraphView.class);
        int[][] edges = {{2, 3}, {3, 1}};
        for (int l = 1; l <= 2; l++) {
            for (int i = 0; i < edges[l - 1][0]; i++) {
                for (int j = 0; j < edges[l - 1][1]; j++) {
                    GraphSelection e = GraphSelection.edge(l, i, j);
                    assertTrue(!graph.labelFor(e, NetworkGraphView.LabelRole.WEIGHT).isEmpty(), "weight " + e);
                    assertTrue(!graph.labelFor(e, NetworkGraphView.LabelRole.GRADIENT).isEmpty(), "∂J/∂w " + e);
                }
            }
        }
        for (int l = 0; l <= 2; l++) {
            for (int i = 0; i < List.of(2, 3, 1).get(l); i++) {
                assertTrue(!graph.labelFor(GraphSelection.node(l, i), NetworkGraphView.LabelRole.GRADIENT).isEmpty(),
                        "∂J/∂a " + l + "," + i);
            }
        }
        assertEquals("−3.421e−6", graph.labelFor(GraphSelection.edge(1, 0, 0), NetworkGraphView.LabelRole.GRADIENT));
        shoot(robot, "b1");

        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.edge(1, 0, 0)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "inspector");
        TextArea formula = robot.lookup(".inspector-formula").queryAs(TextArea.class);
        assertTrue(formula.getText().contains("−3.421e−6"), formula.getText());
        // the whole formula fits: no scrolling needed
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) formula.lookup(".scroll-pane");
        assertTrue(scroll == null || scroll.getVmax() <= 0 || scroll.getViewportBounds().getHeight()
                >= scroll.getContent().getLayoutBounds().getHeight() - 1, "formula scrolls");
    }
}
