package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
        assertEveryNumberDrawn(graph);
        assertEquals(1.6, graph.drawnScale(), 1e-12);
        shoot(robot, "b1");

        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.edge(1, 0, 0)));
        // the inspector opens beside the graph: the formula is whole, with its value
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".inspector-formula").tryQuery()
                .map(n -> ((TextArea) n).getText().contains("−3.421e−6") && formulaFits((TextArea) n)).orElse(false));
        // and the graph, redrawn narrower, still draws every number of the example
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                try {
                    assertEveryNumberDrawn(graph);
                    return graph.getWidth() < 1000;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            assertEveryNumberDrawn(graph);
            throw e;
        }
        assertTrue(graph.drawnScale() >= 1.25, "presenter type " + graph.drawnScale());
        // the readout below stays on one line, with the selected weight in it
        ReadoutBar readout = robot.lookup(n -> n instanceof ReadoutBar).queryAs(ReadoutBar.class);
        assertEquals("w = 1.000  ∂J/∂w = −3.421e−6", WindowFixture.text(robot, "#selectionValue"));
        double top = readout.getChildren().get(0).getLayoutY();
        for (javafx.scene.Node cell : readout.getChildren()) {
            if (cell.isVisible() && cell.getLayoutBounds().getWidth() > 0) {
                assertEquals(top, cell.getLayoutY(), 0.5, "readout wraps at " + cell);
            }
        }
        shoot(robot, "inspector");
    }

    private static void assertEveryNumberDrawn(NetworkGraphView graph) {
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
    }

    /** @return true when the whole formula shows without scrolling */
    private static boolean formulaFits(TextArea formula) {
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) formula.lookup(".scroll-pane");
        return scroll != null && scroll.getContent() != null && scroll.getViewportBounds().getHeight() > 0
                && scroll.getViewportBounds().getHeight() >= scroll.getContent().getLayoutBounds().getHeight() - 1;
    }
}
