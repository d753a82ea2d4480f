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
}
