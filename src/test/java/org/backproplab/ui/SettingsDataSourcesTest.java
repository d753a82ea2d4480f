package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The settings panel's data sources decide the network's ends: given the lecture's 2-3-1 sigmoid
 * classifier (bce), a regression generator makes a numeric target with one identity output and
 * the squared loss; the 8×8 digits make 64 inputs and 10 softmax outputs with cross-entropy (all
 * 1,797 rows of the CSV, counted here from the file), and Draw a digit becomes available.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsDataSourcesTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String source) {
        robot.interact(() -> robot.lookup("#dataSource").queryAs(ChoiceBox.class).setValue(source));
    }

    private static MenuItem drawDigit(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "drawDigit".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void aNumericTargetGetsAnIdentityOutputWithSquaredLossAndDigitsASoftmaxOfTen(FxRobot robot) throws Exception {
        WaitForWindow.complete(fx);
        assertTrue(drawDigit(robot).isDisable(), "no pad for a 2-input network");

        choose(robot, "sine");
        Snapshot s = fx.awaitRendered(x -> x.architecture().inputSize() == 1);
        Architecture a = s.architecture();
        assertEquals(Activation.IDENTITY, a.outputActivation());
        assertEquals(Loss.SQUARED, a.loss());
        assertEquals(1, a.outputSize());
        assertEquals(List.of(1, 3, 1), a.sizes(), "the hidden layer is kept");
        assertFalse(s.data().train().isClassification());

        choose(robot, "Digits 8×8 (CSV)");
        s = fx.awaitRendered(x -> x.architecture().inputSize() == 64, 60);
        a = s.architecture();
        assertEquals(List.of(64, 3, 10), a.sizes());
        assertEquals(Activation.SOFTMAX, a.outputActivation());
        assertEquals(Loss.CE, a.loss());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), s.data().train().classNames());
        long rows = Files.readAllLines(Path.of("datasets/digits8x8.csv")).stream().filter(l -> !l.isBlank()).count() - 1;
        assertEquals(rows, s.data().train().rows() + s.data().test().rows());
        assertFalse(drawDigit(robot).isDisable(), "the pad takes the digits network");

        choose(robot, "circle");
        a = fx.awaitRendered(x -> x.architecture().inputSize() == 2).architecture();
        assertEquals(Activation.SIGMOID, a.outputActivation(), "two classes: one sigmoid unit");
        assertEquals(Loss.BCE, a.loss());
    }
}
