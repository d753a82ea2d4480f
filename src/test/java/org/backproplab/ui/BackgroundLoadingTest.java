package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.backproplab.io.LabFile;
import org.backproplab.io.Lessons;
import org.backproplab.sim.LabFiles;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Loading a lab (here: restarting on another lesson) happens off the FX thread with a progress
 * strip and Cancel, and the current run stays usable meanwhile. The disk is a stand-in that
 * holds the load until the test lets it go.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundLoadingTest {
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch left = new CountDownLatch(1);
    private final AtomicReference<String> loadingThread = new AtomicReference<>();
    private MainViewModel vm;
    private MainWindow window;

    /** A disk that takes as long as the test wants. */
    private final class HeldDisk extends LabFiles {
        @Override
        public LabRun start(LabFile lab, Progress progress) {
            loadingThread.set(Thread.currentThread().getName());
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
                return super.start(lab, progress);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("interrupted");
            } finally {
                left.countDown();
            }
        }
    }

    @Start
    void start(Stage stage) {
        vm = new MainViewModel(LabRun.start(WindowFixture.lecture()), new HeldDisk());
        window = new MainWindow(vm, Lessons.builtIn());
        stage.setScene(BackpropLabApp.createScene(window, 1280, 800));
        stage.show();
        window.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        release.countDown();
        robot.interact(() -> {
            window.stop();
            vm.close();
        });
    }

    private static LabFile digits() {
        return Lessons.builtIn().stream().filter(l -> l.fileName().startsWith("digits")).findFirst().orElseThrow().lab();
    }

    private Snapshot awaitRendered(java.util.function.Predicate<Snapshot> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.renderedSnapshot() != null
                && condition.test(window.renderedSnapshot()));
        return window.renderedSnapshot();
    }

    @Test
    void aLoadInProgressShowsItsStageKeepsTheRunUsableAndCancelKeepsTheCurrentRun(FxRobot robot) throws Exception {
        // given a lesson being loaded (held on the disk)
        LabFile before = vm.labProperty().get();
        AtomicReference<CompletableFuture<Boolean>> loading = new AtomicReference<>();
        robot.interact(() -> loading.set(vm.load(digits(), "Lesson: digits")));
        assertTrue(entered.await(20, TimeUnit.SECONDS));

        // then it runs off the FX thread, the strip says so, and the current run still steps
        assertEquals("lab-loader", loadingThread.get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.busyProperty().get());
        assertTrue(robot.lookup("#loadingBar").queryAs(HBox.class).isVisible());
        assertFalse(robot.lookup("#loadingText").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#stepButton");
        Snapshot stepped = awaitRendered(s -> s.phase().step() == 1);
        assertSame(before, vm.labProperty().get());

        // when the user cancels
        robot.clickOn("#cancelLoadingButton");

        // then the strip goes, the future says "not loaded", and the old run is still the one shown
        assertFalse(loading.get().get(10, TimeUnit.SECONDS));
        assertFalse(vm.busyProperty().get());
        assertFalse(robot.lookup("#loadingBar").queryAs(HBox.class).isVisible());
        release.countDown();
        assertTrue(left.await(20, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, vm.labProperty().get());
        assertEquals(stepped.architecture(), vm.run().flush().get(10, TimeUnit.SECONDS).architecture());
    }

    @Test
    void aFinishedLoadReplacesTheRunWithTheNewLesson(FxRobot robot) throws Exception {
        // given a lesson being loaded
        AtomicReference<CompletableFuture<Boolean>> loading = new AtomicReference<>();
        robot.interact(() -> loading.set(vm.load(digits(), "Lesson: digits")));
        assertTrue(entered.await(20, TimeUnit.SECONDS));

        // when the disk delivers
        release.countDown();

        // then the new run is shown at its start and the strip is gone
        assertTrue(loading.get().get(20, TimeUnit.SECONDS));
        Snapshot s = awaitRendered(x -> x.architecture().inputSize() == 64);
        assertEquals(0, s.iteration());
        assertNotEquals(WindowFixture.lecture().title(), vm.labProperty().get().title());
        assertFalse(vm.busyProperty().get());
        assertEquals("Lesson: digits", vm.noticeProperty().get());
    }
}
