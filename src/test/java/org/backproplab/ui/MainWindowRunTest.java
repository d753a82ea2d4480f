package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.backproplab.io.LabFile;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.TrainingSession;
import org.backproplab.ui.views.NumberText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Play and Pause, the FX thread's freedom while training flat out, and bad lab files. */
@ExtendWith(ApplicationExtension.class)
class MainWindowRunTest {
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
    void playThenPauseLeavesAConsistentSnapshot(FxRobot robot) throws Exception {
        // given flat-out speed, when Play is clicked and then Pause
        robot.interact(() -> fx.vm.speedPositionProperty().set(1.0));
        assertEquals("flat out", WindowFixture.text(robot, "#speedLabel"));
        robot.clickOn("#playButton");
        fx.awaitRendered(s -> s.running() && s.iteration() > 200);
        assertEquals("Pause", robot.lookup("#playButton").queryAs(Button.class).getText());
        assertEquals(MaterialDesignP.PAUSE, Icons.of(robot.lookup("#playButton").queryAs(Button.class)).getIconCode());
        robot.clickOn("#playButton");
        Snapshot paused = fx.awaitRendered(s -> !s.running());

        // then the shown snapshot is a completed iteration whose weights an independent session
        // reproduces after the same number of iterations
        assertEquals("Play", robot.lookup("#playButton").queryAs(Button.class).getText());
        assertEquals(MaterialDesignP.PLAY, Icons.of(robot.lookup("#playButton").queryAs(Button.class)).getIconCode());
        assertTrue(paused.phase().updated());
        assertNotNull(paused.pass());
        TrainingSession reference = LabRun.start(WindowFixture.shuffled()).session();
        for (long i = 0; i <= paused.iteration(); i++) {
            reference.iterate(false);
        }
        assertEquals(reference.network().parameters(), paused.parameters());
        assertEquals(reference.lastLoss(), paused.pass().loss(), 0.0);
        assertEquals("UPDATE", WindowFixture.text(robot, "#phaseLabel"));
        assertEquals(NumberText.aligned(paused.pass().loss()), WindowFixture.text(robot, "#lossValue"));
        // and nothing moves once paused: after an FX pulse the shown snapshot is still the paused
        // one, and the training thread answers a later command from the same place
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(paused, fx.vm.run().latest());
        assertSame(paused, fx.window.renderedSnapshot());
        Snapshot later = fx.vm.run().flush().get(10, TimeUnit.SECONDS);
        assertFalse(later.running());
        assertEquals(paused.iteration(), later.iteration());
        assertEquals(paused.phase(), later.phase());
        assertEquals(paused.parameters(), later.parameters());
    }

    @Test
    void theFxThreadStaysResponsiveWhileTrainingFlatOut(FxRobot robot) throws Exception {
        robot.interact(() -> fx.vm.speedPositionProperty().set(1.0));
        robot.interact(fx.vm::play);
        fx.awaitRendered(s -> s.running() && s.iteration() > 100);
        long iterationsBefore = fx.vm.run().latest().iteration();

        // post 200 probes, 5 ms apart, and measure how long each waits for the FX thread
        int probes = 200;
        long[] latency = new long[probes];
        AtomicLong answered = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        try {
            pacer.scheduleAtFixedRate(() -> {
                int probe = next.getAndIncrement();
                if (probe < probes) {
                    long posted = System.nanoTime();
                    Platform.runLater(() -> {
                        latency[probe] = System.nanoTime() - posted;
                        answered.incrementAndGet();
                    });
                }
            }, 0, 5, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> answered.get() == probes);
        } finally {
            pacer.shutdownNow();
        }
        long trained = fx.vm.run().latest().iteration() - iterationsBefore;
        robot.interact(fx.vm::pause);

        java.util.Arrays.sort(latency);
        double maxMillis = latency[probes - 1] / 1e6;
        double longestRenderMillis = fx.window.longestRenderNanos() / 1e6;
        System.out.printf("FX probe latency: median %.1f ms, 95th percentile %.1f ms, max %.1f ms over %d probes"
                + " while training %d iterations; longest render %.1f ms%n", latency[probes / 2] / 1e6,
                latency[probes * 95 / 100] / 1e6, maxMillis, probes, trained, longestRenderMillis);
        assertTrue(trained > 1000, "training ran during the measurement: " + trained + " iterations");
        // A probe may wait for one render of the views (their drawing cost, on a machine shared by
        // many builds), never for training: allow the longest render plus a generous 500 ms. A
        // training thread that held the FX thread would show up as seconds.
        assertTrue(maxMillis < longestRenderMillis + 500, "an FX probe waited " + maxMillis + " ms");
    }

    @Test
    void aBadLabFileShowsItsReasonAndLeavesTheRunUntouched(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#stepButton");
        Snapshot before = fx.awaitRendered(s -> s.phase().step() == 1);
        LabFile labBefore = fx.vm.labProperty().get();
        Path bad = dir.resolve("bad.lab.json");
        Files.writeString(bad, """
                {"format": "backprop-lab/1",
                 "network": {"layers": [2, 1], "activations": ["wobbly"], "loss": "bce"},
                 "data": {"inputs": [[1, 2]], "targets": [[1]]}}
                """);
        AtomicReference<CompletableFuture<Boolean>> opening = new AtomicReference<>();
        robot.interact(() -> opening.set(fx.window.open(bad)));

        assertFalse(opening.get().get(20, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#errorDialog").queryAs(DialogPane.class);
        assertTrue(dialog.getContentText().contains("network.activations[0]"), dialog.getContentText());
        assertTrue(dialog.getContentText().contains("bad.lab.json"), dialog.getContentText());
        assertFalse(dialog.getContentText().contains("\n"));
        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(labBefore, fx.vm.labProperty().get());
        assertSame(before, fx.vm.run().latest());
        assertSame(before, fx.window.renderedSnapshot());
        // and the training thread, once it has applied everything queued, is still where it was
        Snapshot later = fx.vm.run().flush().get(10, TimeUnit.SECONDS);
        assertEquals(before.iteration(), later.iteration());
        assertEquals(before.phase(), later.phase());
        assertEquals(before.parameters(), later.parameters());
    }
}
