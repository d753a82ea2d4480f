package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lecture's graph lesson in the window: chosen from the Lessons menu, stepped forward node
 * by node and backward node by node with the toolbar, the numbers on screen read back; Step
 * Back undoes each step; clicking b writes both paths and 5; an input edited in place.
 * Node ids: a 0, b 1, c 2, the constant 1 3, d 4, e 5.
 */
@ExtendWith(ApplicationExtension.class)
class GraphLessonWindowTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private void openGraphLesson(FxRobot robot) throws Exception {
        robot.clickOn("#lessonButton");
        robot.clickOn(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Computational graph") && l.getParent() != null
                && l.getParent().getStyleClass().contains("menu-item"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window.graphLabPane() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText().strip();
    }

    private static String values(FxRobot robot) {
        return text(robot, "#graphValue-2") + "," + text(robot, "#graphValue-4") + "," + text(robot, "#graphValue-5");
    }

    private static String gradients(FxRobot robot) {
        StringBuilder s = new StringBuilder();
        for (int id : new int[] {5, 4, 2, 1, 0}) {
            s.append(text(robot, "#graphGradient-" + id)).append(';');
        }
        return s.toString();
    }

    @Test
    void graphLessonStepsForwardThenBackwardNodeByNodeAndBackAgain(FxRobot robot) throws Exception {
        openGraphLesson(robot);
        assertNotNull(robot.lookup("#graphLabPane").tryQuery().orElse(null), "in place of the network view");
        assertEquals("2", robot.lookup("#graphInput-a").queryAs(TextField.class).getText());
        assertEquals("1", robot.lookup("#graphInput-b").queryAs(TextField.class).getText());
        assertEquals(",,", values(robot), "nothing computed yet");
        assertTrue(robot.lookup("#stepBackButton").queryAs(Button.class).isDisabled());

        // forward, one node at a time: c = 3, then d = 2, then e = 6
        String[] forward = {"3,,", "3,2,", "3,2,6"};
        for (String expected : forward) {
            robot.clickOn("#stepButton");
            assertEquals(expected, values(robot));
        }
        assertEquals("2", text(robot, "#graphEdge-2-5-0"),
                "∂e/∂c = d on the edge c → e");
        assertEquals("3", text(robot, "#graphEdge-4-5-1"), "∂e/∂d = c on the edge d → e");
        assertEquals(";;;;;", gradients(robot), "no gradient before the backward pass");

        // backward, one node at a time, from e back to the inputs, in red
        String[] backward = {
            "∂e/∂e = 1;;;;;",
            "∂e/∂e = 1;∂e/∂d = 3;;;;",
            "∂e/∂e = 1;∂e/∂d = 3;∂e/∂c = 2;;;",
            "∂e/∂e = 1;∂e/∂d = 3;∂e/∂c = 2;∂e/∂b = 5;;",
            "∂e/∂e = 1;∂e/∂d = 3;∂e/∂c = 2;∂e/∂b = 5;∂e/∂a = 2;",
        };
        for (String expected : backward) {
            robot.clickOn("#stepButton");
            assertEquals(expected, gradients(robot));
        }
        assertTrue(text(robot, "#graphStatus").contains("Done"));

        // Step Back undoes each step, back through the backward pass and the forward pass
        for (int k = backward.length - 2; k >= 0; k--) {
            robot.clickOn("#stepBackButton");
            assertEquals(backward[k], gradients(robot));
        }
        robot.clickOn("#stepBackButton");
        assertEquals(";;;;;", gradients(robot));
        assertEquals("3,2,6", values(robot));
        robot.type(KeyCode.LEFT);
        assertEquals("3,2,", values(robot), "the ← key steps back too");
        robot.clickOn("#stepBackButton");
        robot.clickOn("#stepBackButton");
        assertEquals(",,", values(robot));
        assertTrue(robot.lookup("#stepBackButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void clickingBListsItsTwoPathsAndFive(FxRobot robot) throws Exception {
        openGraphLesson(robot);
        robot.clickOn("#graphNode-1");
        String paths = text(robot, "#graphPaths");
        assertTrue(paths.contains("∂e/∂b: 2 paths from b to e"), paths);
        assertTrue(paths.contains("b → c → e:  2·1 = 2"), paths);
        assertTrue(paths.contains("b → d → e:  3·1 = 3"), paths);
        assertTrue(paths.contains("∂e/∂b = 2·1 + 3·1 = 5"), paths);
        assertTrue(paths.contains("reverse mode made 6 edge visits"), paths);
        assertTrue(paths.contains("multiplies 4 for ∂e/∂b alone"), paths);
    }

    @Test
    void anInputEditedInPlaceEvaluatesTheGraphAgain(FxRobot robot) throws Exception {
        openGraphLesson(robot);
        for (int i = 0; i < 8; i++) {
            robot.clickOn("#stepButton");
        }
        robot.clickOn("#graphInput-b");
        robot.interact(() -> robot.lookup("#graphInput-b").queryAs(TextField.class).selectAll());
        robot.write("3").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // c = 2 + 3 = 5, d = 3 + 1 = 4, e = 20; ∂e/∂b = d + c = 9, ∂e/∂a = d = 4
        assertEquals("5,4,20", values(robot));
        assertEquals("∂e/∂e = 1;∂e/∂d = 5;∂e/∂c = 4;∂e/∂b = 9;∂e/∂a = 4;", gradients(robot));
        assertFalse(text(robot, "#graphStatus").isEmpty());
    }

    @Test
    void openingANetworkLessonBringsTheNetworkBack(FxRobot robot) throws Exception {
        openGraphLesson(robot);
        robot.clickOn("#lessonButton");
        robot.clickOn(n -> n instanceof Label l && l.getText() != null && l.getText().contains("XOR")
                && l.getParent() != null && l.getParent().getStyleClass().contains("menu-item"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.window.graphLabPane() == null);
        fx.awaitRendered(s -> s.architecture().sizes().get(1) == 2);
        assertFalse(robot.lookup("#graphLabPane").tryQuery().isPresent());
    }
}
