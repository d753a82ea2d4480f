package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.GraphSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Step Back undoes every edit, whatever the iteration, and Re-initialise; after typing in a
 * field, Enter gives the keys back to the window; the phase chips move to their phase.
 * The lecture's 2-3-1 network: W₁₁ (input 1 → hidden 1) starts at 1.0.
 */
@ExtendWith(ApplicationExtension.class)
class UndoEverythingTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private static double w11(Snapshot s) {
        return s.parameters().weightsOf(0)[0];
    }

    private boolean backDisabled(FxRobot robot) {
        return robot.lookup("#stepBackButton").queryAs(Button.class).isDisabled();
    }

    @Test
    void aWeightEditedDuringTheFirstIterationIsUndoneByStepBack(FxRobot robot) throws Exception {
        // given the lecture at B1 (step 5) of iteration 1
        fx.awaitRendered(s -> s.phase().step() == 0);
        for (int step = 1; step <= 5; step++) {
            robot.clickOn("#stepButton");
            int wanted = step;
            fx.awaitRendered(s -> s.phase().step() == wanted);
        }
        // when W₁₁ is set to 0.5 in the inspector and the run steps on to UPDATE
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.edge(1, 0, 0)));
        robot.clickOn("#weightField").write("0.5").type(KeyCode.ENTER);
        fx.awaitRendered(s -> s.phase().step() == 5 && w11(s) == 0.5);
        // Enter gave the keys back to the window: → steps instead of moving the caret
        robot.type(KeyCode.RIGHT);
        fx.awaitRendered(s -> s.phase().step() == 6);

        // then Back goes to B1 with the edit, undoes the edit there, and goes on back to READY
        robot.type(KeyCode.LEFT);
        assertEquals(0.5, w11(fx.awaitRendered(s -> s.phase().step() == 5)));
        robot.type(KeyCode.LEFT);
        Snapshot undone = fx.awaitRendered(s -> s.phase().step() == 5 && w11(s) == 1.0);
        assertTrue(fx.vm.noticeProperty().get().contains("Undid the edit of a weight"), fx.vm.noticeProperty().get());
        // ∂J/∂W₁₁ at B1 is the lecture's −3.42e−6 again
        assertEquals(-3.42e-6, undone.pass().layers().get(0).dLossDWeights().get(0, 0), 0.01e-6);
        for (int step = 4; step >= 0; step--) {
            assertFalse(backDisabled(robot), "Back is enabled before READY");
            robot.type(KeyCode.LEFT);
            int wanted = step;
            fx.awaitRendered(s -> s.phase().step() == wanted);
        }
        Snapshot ready = fx.window.renderedSnapshot();
        assertTrue(ready.atHistoryStart());
        assertEquals(1.0, w11(ready));
        assertTrue(backDisabled(robot));
    }

    @Test
    void anEditAtReadyOfTheFirstIterationIsUndoneToo(FxRobot robot) throws Exception {
        fx.awaitRendered(s -> s.phase().step() == 0);
        assertTrue(backDisabled(robot));
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.edge(1, 0, 0)));
        robot.clickOn("#weightField").write("-2").type(KeyCode.ENTER);
        fx.awaitRendered(s -> w11(s) == -2.0);
        assertFalse(backDisabled(robot));
        robot.type(KeyCode.LEFT);
        Snapshot s = fx.awaitRendered(x -> w11(x) == 1.0);
        assertTrue(s.atHistoryStart());
        assertTrue(backDisabled(robot));
    }

    @Test
    void reinitialiseIsUndoneByStepBackAndResetSaysWhatItReturnsTo(FxRobot robot) throws Exception {
        // given the lecture's own weights, stepped to its LOSS phase
        fx.awaitRendered(s -> true);
        robot.clickOn("#phaseChip3");
        Snapshot loss = fx.awaitRendered(s -> s.phase().step() == 3);
        assertEquals(0.5270, loss.pass().loss(), 1e-4);
        String tip = robot.lookup("#resetButton").queryAs(Button.class).getTooltip().getText();
        assertTrue(tip.contains("the lab's own weights"), tip);

        // when Re-initialise draws new weights
        robot.clickOn("#reinitButton");
        Snapshot fresh = fx.awaitRendered(s -> s.iteration() == 0 && s.phase().step() == 0 && w11(s) != 1.0);
        assertNotEquals(loss.parameters(), fresh.parameters());
        assertFalse(backDisabled(robot));
        assertTrue(robot.lookup("#resetButton").queryAs(Button.class).getTooltip().getText().contains("seed"));

        // then Step Back returns to the lecture's weights at LOSS, and the lab has them again
        robot.clickOn("#stepBackButton");
        Snapshot back = fx.awaitRendered(s -> s.phase().step() == 3 && w11(s) == 1.0);
        assertEquals(loss.parameters(), back.parameters());
        assertEquals(0.5270, back.pass().loss(), 1e-4);
        assertNotNull(fx.vm.labProperty().get().parameters());
        assertTrue(robot.lookup("#resetButton").queryAs(Button.class).getTooltip().getText()
                .contains("the lab's own weights"));
        // a chip before the current phase steps back to it
        robot.clickOn("#phaseChip1");
        fx.awaitRendered(s -> s.phase().step() == 1);
    }
}
