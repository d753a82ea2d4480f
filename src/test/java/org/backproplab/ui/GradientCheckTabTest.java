package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.backproplab.engine.GradientTable;
import org.backproplab.io.Lessons;
import org.backproplab.ui.gradcheck.GradientCheckView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Gradient check tab on the kink lesson: the table lists every weight worst first with the
 * kinked W1[0][0] on top and flagged; a new ε or new weights give a new table. Writes the
 * window to target/screenshots for a look.
 */
@ExtendWith(ApplicationExtension.class)
class GradientCheckTabTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, Lessons.builtIn().stream()
                .filter(l -> l.fileName().equals("gradient-check.lab.json")).findFirst().orElseThrow().lab());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private GradientCheckView view(FxRobot robot) {
        return robot.lookup("#gradientCheckView").queryAs(GradientCheckView.class);
    }

    private GradientTable awaitTable(FxRobot robot, double eps, GradientTable notThis) throws Exception {
        GradientCheckView v = view(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> v.shown() != null && v.shown() != notThis && v.shown().epsilon() == eps);
        WaitForAsyncUtils.waitForFxEvents();
        return v.shown();
    }

    @Test
    void tabListsTheKinkedWeightFirstAndFollowsEpsilonAndTheWeights(FxRobot robot) throws Exception {
        fx.awaitRendered(s -> true);
        robot.interact(() -> robot.lookup("#bottomTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        GradientTable t = awaitTable(robot, 1e-5, null);
        assertEquals(6, t.rows().size());
        assertEquals("W1[0][0]", t.rows().get(0).name());
        assertTrue(t.rows().get(0).kink());
        String status = WindowFixture.text(robot, "#gradientCheckStatus");
        assertTrue(status.startsWith("5 of 6 agree to 1e−6 at ε = 1e−5; 1 at a ReLU/step kink"), status);
        Files.createDirectories(Path.of("target", "screenshots"));
        robot.interact(() -> {
            try {
                WindowImage.writePng(fx.window.getScene(), Path.of("target", "screenshots", "gradient-check-1280x800.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.interact(() -> view(robot).setEpsilonExponent(1));
        GradientTable coarse = awaitTable(robot, 1e-1, t);
        assertTrue(coarse.worstAwayFromKinks() > 100 * t.worstAwayFromKinks(), "truncation error at ε = 0.1");

        // a weight set by hand moves the unit off the kink: the table is computed again for it
        robot.interact(() -> view(robot).setEpsilonExponent(5));
        robot.interact(() -> fx.vm.editWeight(1, 0, 0, 0.25));
        fx.awaitRendered(s -> s.parameters().weightsOf(0)[0] == 0.25);
        GradientTable after = awaitTable(robot, 1e-5, t);
        assertNotSame(t, after);
        assertTrue(after.loss() != t.loss(), "the new weights' loss");
        assertTrue(after.rows().stream().noneMatch(GradientTable.Row::kink), "off the kink");
        assertTrue(after.rows().get(0).relativeError() < 1e-6, after.rows().get(0).toString());
    }
}
