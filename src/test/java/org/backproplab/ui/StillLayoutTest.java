package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NetworkGraphView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Nothing moves when the state changes: with five layers and the settings panel open at
 * 1280×800, the phase strip stays one row and the network stays where it is from READY through
 * stepping, Play and Pause (target/screenshots/still-*.png).
 */
@ExtendWith(ApplicationExtension.class)
class StillLayoutTest {
    private static final String DEEP = """
            {"format": "backprop-lab/1", "title": "deep",
             "network": {"layers": [2, 4, 4, 4, 4, 1], "activations": ["tanh", "tanh", "tanh", "tanh", "sigmoid"],
                         "bias": true, "loss": "bce"},
             "init": {"scheme": "xavier", "seed": 7},
             "data": {"generator": "spiral", "points": 200, "noise": 0.1, "seed": 1},
             "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 10, "epochs": 100}}
            """;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, LabReader.parse(DEEP, "deep.lab.json", null));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private static Bounds place(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                WindowImage.writePng(fx.window.getScene(), Path.of("target/screenshots/still-" + name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void thePhaseStripAndTheNetworkStayPutWhileSteppingAndPlaying(FxRobot robot) throws Exception {
        WaitForWindow.complete(fx);
        robot.interact(() -> fx.vm.settingsVisibleProperty().set(true));
        fx.awaitRendered(s -> true);
        WaitForAsyncUtils.waitForFxEvents();
        Node strip = robot.lookup(".phase-indicator").query();
        Node graph = robot.lookup(n -> n instanceof NetworkGraphView).query();
        Bounds stripAtReady = place(strip);
        Bounds graphAtReady = place(graph);
        shoot(robot, "ready");

        for (int step = 1; step <= 7; step++) {
            robot.clickOn("#stepButton");
            int wanted = step;
            fx.awaitRendered(s -> s.phase().step() == wanted);
        }
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "b4");
        assertEquals(stripAtReady, place(strip));
        assertEquals(graphAtReady, place(graph));

        robot.interact(() -> fx.vm.speedPositionProperty().set(1.0));
        robot.interact(() -> fx.vm.setEpochs(100_000));
        robot.clickOn("#playButton");
        fx.awaitRendered(s -> s.running() && s.iteration() > 300);
        WaitForAsyncUtils.waitForFxEvents();
        shoot(robot, "playing");
        assertEquals(stripAtReady, place(strip));
        assertEquals(graphAtReady, place(graph));
        robot.clickOn("#playButton");
        Snapshot paused = fx.awaitRendered(s -> !s.running());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(stripAtReady, place(strip));
        assertEquals(graphAtReady, place(graph));
        assertEquals(true, paused.phase().updated());
    }
}
