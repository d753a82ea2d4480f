package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.stage.Stage;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Changing the network in the settings panel restarts the run and says so. */
@ExtendWith(ApplicationExtension.class)
class SettingsPanelTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    @Test
    void addingAHiddenLayerRestartsTheRunWithANotice(FxRobot robot) throws Exception {
        // given a run stepped to its second iteration
        robot.clickOn("#granularityIteration");
        robot.clickOn("#stepButton");
        robot.clickOn("#stepButton");
        fx.awaitRendered(s -> s.iteration() == 1 && s.phase().updated());

        // when a hidden layer is added
        robot.clickOn("#addLayerButton");

        // then the network has it, training is back at iteration 0, and the notice says why
        Snapshot s = fx.awaitRendered(x -> x.architecture().sizes().equals(List.of(2, 3, 3, 1)));
        assertEquals(0, s.iteration());
        assertEquals(0, s.phase().step());
        String notice = WindowFixture.text(robot, "#notice");
        assertTrue(notice.startsWith("Network changed: training restarted from its first iteration"), notice);
        assertEquals("READY", WindowFixture.text(robot, "#phaseLabel"));
    }

    @Test
    void rapidArrowClicksAndATypedWidthEachRestartTheRunOnce(FxRobot robot) throws Exception {
        WaitForWindow.complete(fx);
        List<List<Integer>> restarts = new java.util.concurrent.CopyOnWriteArrayList<>();
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> width = robot.lookup(".layer-width").queryAs(javafx.scene.control.Spinner.class);
        robot.interact(() -> fx.vm.labProperty().addListener((obs, old, lab) ->
                restarts.add(lab.architecture().sizes())));

        // when ▲ is clicked five times in quick succession (3 → 8 units)
        robot.interact(() -> {
            for (int i = 0; i < 5; i++) {
                width.increment();
            }
        });

        // then the run restarts once, on the last value
        fx.awaitRendered(x -> x.architecture().sizes().equals(List.of(2, 8, 1)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(List.of(2, 8, 1)), restarts);

        // and a typed width is applied once, on Enter
        // (the panel shows the restarted lab in new rows)
        @SuppressWarnings("unchecked")
        javafx.scene.control.Spinner<Integer> shown = robot.lookup(".layer-width").queryAs(javafx.scene.control.Spinner.class);
        assertEquals(8, shown.getValue());
        robot.clickOn(shown.getEditor());
        robot.interact(() -> shown.getEditor().selectAll());
        robot.write("32").type(javafx.scene.input.KeyCode.ENTER);
        fx.awaitRendered(x -> x.architecture().sizes().equals(List.of(2, 32, 1)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(List.of(2, 8, 1), List.of(2, 32, 1)), restarts);
    }
}
