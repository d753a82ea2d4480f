package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.backproplab.cli.Main;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.ui.perceptron.ErrorsChartView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The perceptron lesson's errors per epoch in the window equal the {@code errors} column that
 * {@code train} prints for the same lab (a separate run of the command line, in-process), epoch
 * by epoch, and the chart is shown only for the perceptron rule.
 */
@ExtendWith(ApplicationExtension.class)
class PerceptronErrorsWindowTest {
    private static final Path LAB = Path.of("assets/lessons/iris-perceptron.lab.json");
    private static final int EPOCHS = 10;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, LabReader.read(LAB));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private static List<Integer> cliErrors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"train", LAB.toString(), "--epochs", Integer.toString(EPOCHS)},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertTrue(lines[0].strip().endsWith(",errors"), lines[0]);
        List<Integer> errors = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].strip().split(",", -1);
            errors.add(Integer.parseInt(cells[cells.length - 1]));
        }
        return errors;
    }

    @Test
    void errorsPerEpochInTheWindowEqualThoseTrainPrints(FxRobot robot) throws Exception {
        WaitForWindow.complete(fx);
        for (int e = 0; e < EPOCHS; e++) {
            robot.interact(() -> fx.vm.run().stepForward(Granularity.EPOCH));
        }
        fx.vm.run().flush().get(30, TimeUnit.SECONDS);
        fx.awaitRendered(s -> s.epoch() == EPOCHS);
        ErrorsChartView chart = robot.lookup("#errorsChart").queryAs(ErrorsChartView.class);
        assertTrue(chart.isVisible());
        List<int[]> plotted = chart.plotted();
        List<Integer> expected = cliErrors();
        assertEquals(EPOCHS, expected.size());
        assertEquals(EPOCHS, plotted.size());
        for (int e = 0; e < EPOCHS; e++) {
            assertEquals(e + 1, plotted.get(e)[0]);
            assertEquals(expected.get(e), plotted.get(e)[1], "errors of epoch " + (e + 1));
        }
        assertTrue(expected.get(0) > 0, "the first epoch makes mistakes: the chart is not all zeros");
    }
}
