package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every view on screen shows the same moment of the run: at 1 it/s in every frame, and after a
 * pause from flat out.
 */
@ExtendWith(ApplicationExtension.class)
class SameMomentTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.shuffled());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    @Test
    void atOneIterationPerSecondEveryRenderedViewCarriesTheSameIteration(FxRobot robot) throws Exception {
        // given the window at 1 it/s, when Play runs through three iterations
        robot.interact(() -> fx.vm.speedPositionProperty().set(0));
        assertEquals("1 it/s", WindowFixture.text(robot, "#speedLabel"));
        fx.awaitRendered(s -> true);
        List<String> mismatches = new ArrayList<>();
        List<Long> iterationsSeen = new ArrayList<>();
        CountDownLatch threeIterations = new CountDownLatch(1);
        Label counters = robot.lookup("#counterLabel").queryAs(Label.class);
        Label loss = robot.lookup("#lossValue").queryAs(Label.class);
        AnimationTimer everyFrame = new AnimationTimer() {
            @Override
            public void handle(long now) {
                Snapshot shown = fx.window.renderedSnapshot();
                if (shown == null || !shown.running() || shown.pass() == null) {
                    return;
                }
                // then in every frame each view drew that snapshot and its numbers are on screen
                for (Snapshot drawn : fx.window.viewSnapshots()) {
                    if (drawn != shown) {
                        mismatches.add("a view drew iteration " + (drawn == null ? "none" : drawn.iteration() + 1)
                                + " while the window shows " + (shown.iteration() + 1));
                    }
                }
                String iteration = "Iteration " + (shown.iteration() + 1) + " ";
                if (!counters.getText().startsWith(iteration)) {
                    mismatches.add("strip '" + counters.getText() + "' at " + iteration);
                }
                if (!loss.getText().equals(org.backproplab.ui.views.NumberText.aligned(shown.pass().loss()))) {
                    mismatches.add("loss " + loss.getText() + " at " + iteration);
                }
                if (iterationsSeen.isEmpty() || iterationsSeen.get(iterationsSeen.size() - 1) != shown.iteration()) {
                    iterationsSeen.add(shown.iteration());
                }
                if (iterationsSeen.size() >= 3) {
                    threeIterations.countDown();
                }
            }
        };
        robot.interact(() -> {
            everyFrame.start();
            fx.vm.play();
        });
        assertTrue(threeIterations.await(20, TimeUnit.SECONDS), "iterations shown: " + iterationsSeen);
        robot.interact(everyFrame::stop);
        robot.interact(fx.vm::pause);
        assertEquals(List.of(), mismatches);
        // one iteration a second: each shown in turn, none skipped
        assertEquals(iterationsSeen.get(0) + 1, iterationsSeen.get(1));
        assertEquals(iterationsSeen.get(1) + 1, iterationsSeen.get(2));
    }

    @Test
    void pausedAfterFlatOutTheStripTheReadoutAndTheGraphAgree(FxRobot robot) throws Exception {
        robot.interact(() -> fx.vm.speedPositionProperty().set(1.0));
        robot.interact(fx.vm::play);
        fx.awaitRendered(s -> s.running() && s.iteration() > 500);
        robot.interact(fx.vm::pause);
        Snapshot paused = fx.awaitRendered(s -> !s.running());
        for (Snapshot drawn : fx.window.viewSnapshots()) {
            assertTrue(drawn == paused);
        }
        assertTrue(WindowFixture.text(robot, "#counterLabel").startsWith("Iteration " + (paused.iteration() + 1) + " "));
        assertEquals(org.backproplab.ui.views.NumberText.aligned(paused.pass().loss()), WindowFixture.text(robot, "#lossValue"));
    }
}
