package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Play stops at the lab's epoch count and continues when asked; messages say what happened:
 * the weights a save wrote, a typed value out of range not applied, the file's name and mode.
 */
@ExtendWith(ApplicationExtension.class)
class PlayLimitAndMessagesTest {
    /** XOR, the whole set as one batch (one iteration an epoch), 50 epochs. */
    private static final String XOR = """
            {"format": "backprop-lab/1", "title": "xor 50",
             "network": {"layers": [2, 2, 1], "activations": ["sigmoid", "sigmoid"], "loss": "bce"},
             "init": {"scheme": "xavier", "seed": 3},
             "data": {"inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]},
             "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 0, "epochs": 50}}
            """;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, LabReader.parse(XOR, "xor-50.lab.json", null));
        fx.vm.settingsVisibleProperty().set(true);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    @Test
    void playStopsAtTheLabsEpochsWithANoticeAndPlayAgainContinues(FxRobot robot) throws Exception {
        // given a lab of 50 epochs, shown in the settings panel
        fx.awaitRendered(s -> true);
        WaitForWindow.complete(fx);
        Spinner<?> epochs = robot.lookup("#epochsSpinner").queryAs(Spinner.class);
        assertEquals(50, epochs.getValue());

        // when Play runs flat out, then it pauses after exactly 50 epochs, saying so
        robot.interact(() -> fx.vm.speedPositionProperty().set(1.0));
        robot.clickOn("#playButton");
        Snapshot stopped = fx.awaitRendered(s -> !s.running() && s.iteration() > 0);
        assertEquals(50, stopped.epoch());
        assertEquals(49, stopped.iteration());
        assertTrue(stopped.phase().updated());
        assertTrue(stopped.pass() != null, "the paused iteration shows its numbers");
        String notice = WindowFixture.text(robot, "#notice");
        assertTrue(notice.contains("50 epochs") && notice.contains("Play continues"), notice);

        // and Play again trains on past them
        robot.clickOn("#playButton");
        fx.awaitRendered(s -> s.running() && s.epoch() > 80);
        robot.clickOn("#playButton");
        assertTrue(fx.awaitRendered(s -> !s.running()).epoch() > 80);
    }

    @Test
    void savingAtTheUpdateOfIterationOneSaysTheWeightsAreThoseAfterIt(FxRobot robot, @TempDir Path dir)
            throws Exception {
        robot.clickOn("#granularityIteration");
        robot.clickOn("#stepButton");
        Snapshot updated = fx.awaitRendered(s -> s.phase().updated());
        Path file = dir.resolve("after-one.lab.json");
        robot.interact(() -> fx.vm.save(file));
        String notice = WindowFixture.text(robot, "#notice");
        assertEquals("Saved after-one.lab.json with the weights after iteration 1", notice);
        assertEquals(updated.parameters(), LabReader.read(file).parameters());
        // the file is readable by others as any new file is, not owner-only
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        assertTrue(mode.contains(PosixFilePermission.OTHERS_READ) || mode.contains(PosixFilePermission.GROUP_READ),
                mode.toString());
    }

    @Test
    void saveAsWithoutAnExtensionAddsLabJson() {
        assertEquals(Path.of("/tmp/my-lab.lab.json"), AppMenus.withLabExtension(Path.of("/tmp/my-lab")));
        assertEquals(Path.of("/tmp/x.json"), AppMenus.withLabExtension(Path.of("/tmp/x.json")));
    }

    @Test
    void aLearningRateOutOfRangeIsNotAppliedAndSaysWhy(FxRobot robot) throws Exception {
        fx.awaitRendered(s -> true);
        WaitForWindow.complete(fx);
        robot.interact(() -> robot.lookup(n -> n instanceof TitledPane t && "Training".equals(t.getText()))
                .queryAs(TitledPane.class).setExpanded(true));
        Spinner<?> rate = robot.lookup("#learningRateSpinner").queryAs(Spinner.class);
        // a double click selects one word of "0.1" only (the dot splits it): select the whole text
        robot.clickOn(rate.getEditor());
        robot.interact(rate.getEditor()::selectAll);
        robot.write("1000").type(KeyCode.ENTER);
        robot.interact(() -> { });
        String problem = robot.lookup(".settings-problem").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> !t.isEmpty()).findFirst().orElse("");
        assertEquals("Learning rate takes a number from 1e−4 to 10: \"1000\" was not applied.", problem);
        assertEquals(0.1, fx.vm.labProperty().get().training().learningRate());
        assertEquals(0.1, rate.getValue());
        assertEquals("0.1", rate.getEditor().getText());
        assertFalse(fx.vm.noticeProperty().get().contains("1000"));
        // Enter left the field: Space plays
        robot.type(KeyCode.SPACE);
        fx.awaitRendered(Snapshot::running);
        robot.type(KeyCode.SPACE);
        fx.awaitRendered(s -> !s.running());
    }
}
