package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.backproplab.io.LabReader;
import org.backproplab.ui.functionfit.OutputMap;
import org.backproplab.ui.functionfit.OutputMapView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Mazur's 2-2-2 lesson (two inputs, two sigmoid outputs, squared loss) shows the output heatmap
 * with a chooser of y₁ and y₂, not a "need class labels" note; choosing y₂ maps the second
 * output, checked at grid points against a forward pass written out here from Mazur's weights.
 */
@ExtendWith(ApplicationExtension.class)
class MultiOutputRegressionWindowTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, LabReader.read(Path.of("assets/lessons/mazur-2-2-2-biases.lab.json")));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    // Mazur: h = σ(x·W + 0.35), o = σ(h·V + 0.60)
    private static double mazur(int output, double x1, double x2) {
        double h1 = sigmoid(0.15 * x1 + 0.20 * x2 + 0.35);
        double h2 = sigmoid(0.25 * x1 + 0.30 * x2 + 0.35);
        return output == 0 ? sigmoid(0.40 * h1 + 0.45 * h2 + 0.60) : sigmoid(0.50 * h1 + 0.55 * h2 + 0.60);
    }

    @Test
    void aTwoInputTwoOutputRegressionShowsTheChosenOutputsHeatmap(FxRobot robot) throws Exception {
        WaitForWindow.complete(fx);
        fx.awaitRendered(s -> s.iteration() == 0);
        assertTrue(robot.lookup(".panel-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Output y over the inputs")));
        OutputMapView view = robot.lookup(".output-map-view").queryAs(OutputMapView.class);
        assertTrue(view.isVisible());
        @SuppressWarnings("unchecked")
        ChoiceBox<String> chooser = robot.lookup("#outputChooser").queryAs(ChoiceBox.class);
        assertTrue(chooser.isVisible());
        assertEquals(List.of("output y₁", "output y₂"), chooser.getItems());
        check(view.map(), 0);

        robot.interact(() -> chooser.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.unit());
        check(view.map(), 1);
    }

    private static void check(OutputMap map, int output) {
        int n = map.x1().length;
        for (int[] cell : new int[][] {{0, 0}, {n / 2, n / 3}, {n - 1, n - 1}}) {
            assertEquals(mazur(output, map.x1()[cell[0]], map.x2()[cell[1]]), map.output()[cell[1] * n + cell[0]], 1e-12,
                    "output " + (output + 1) + " at cell " + cell[0] + ", " + cell[1]);
        }
    }
}
