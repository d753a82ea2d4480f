package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabFile;
import org.backproplab.io.Lessons;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A key storm while the Iris lesson plays: 500 presses of Space, → and ← in a seeded random
 * order, 5 ms apart. No exception on the FX thread or in the training run, the window keeps
 * drawing frames throughout, and afterwards the run is consistent: Step Back to the start
 * gives the lesson's initial parameters bit for bit.
 */
@ExtendWith(ApplicationExtension.class)
class KeyStormTest {
    private static final int PRESSES = 500;
    private static final KeyCode[] KEYS = {KeyCode.SPACE, KeyCode.RIGHT, KeyCode.LEFT};

    private final List<Throwable> fxErrors = new CopyOnWriteArrayList<>();
    private final AtomicInteger keysSeen = new AtomicInteger();
    private WindowFixture fx;
    private LabFile lab;

    @Start
    void start(Stage stage) {
        lab = Lessons.builtIn().stream().filter(l -> l.fileName().startsWith("iris-softmax")).findFirst()
                .orElseThrow().lab();
        fx = new WindowFixture(stage, lab);
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> keysSeen.incrementAndGet());
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> fxErrors.add(e));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    @Test
    void fiveHundredKeysFiveMillisecondsApartWhilePlayingLeaveAConsistentRun(FxRobot robot) throws Exception {
        // given the lesson playing, the keyboard focus on the window (not in a text field)
        robot.interact(() -> {
            fx.window.requestFocus();
            fx.vm.play();
        });
        fx.awaitRendered(s -> s.running() && s.iteration() > 0);
        long framesBefore = fx.window.frames();

        // when 500 keys are pressed 5 ms apart, the frames drawn are counted every 100 presses
        // (the base robot posts each press to the FX thread without waiting for it to be handled,
        // so the presses keep their pace however long a frame takes)
        BaseRobot keyboard = robot.robotContext().getBaseRobot();
        Random random = new Random(14);
        long[] framesAt = new long[PRESSES / 100 + 1];
        framesAt[0] = framesBefore;
        for (int i = 1; i <= PRESSES; i++) {
            KeyCode key = KEYS[random.nextInt(KEYS.length)];
            keyboard.pressKeyboard(key);
            keyboard.releaseKeyboard(key);
            robot.sleep(5, TimeUnit.MILLISECONDS);
            if (i % 100 == 0) {
                framesAt[i / 100] = fx.window.frames();
            }
        }

        // then nothing threw, and the window drew frames in every stretch of 100 presses
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PRESSES, keysSeen.get(), "key presses that reached the window");
        assertEquals(List.of(), fxErrors);
        for (int k = 1; k < framesAt.length; k++) {
            assertTrue(framesAt[k] > framesAt[k - 1], "no frame drawn during presses " + (100 * k - 99) + "–" + 100 * k);
        }
        Snapshot after = fx.vm.run().flush().get(20, TimeUnit.SECONDS);
        assertFalse(after.message().contains("Exception"), after.message());
        assertTrue(after.phase().step() >= 0 && after.phase().step() <= after.phase().stepsPerIteration());

        // and stepping back to the start restores the initial parameters bit for bit
        robot.interact(fx.vm::pause);
        Snapshot s = fx.vm.run().flush().get(20, TimeUnit.SECONDS);
        while (!s.atHistoryStart()) {
            fx.vm.run().stepBack(Granularity.EPOCH);
            s = fx.vm.run().flush().get(20, TimeUnit.SECONDS);
        }
        Parameters initial = lab.initialParameters();
        assertEquals(0, s.iteration());
        assertEquals(0, s.phase().step());
        assertEquals(initial, s.parameters());
        Snapshot rendered = fx.awaitRendered(x -> x.atHistoryStart() && x.iteration() == 0);
        assertEquals(initial, rendered.parameters());
        assertEquals(List.of(), fxErrors);
    }
}
