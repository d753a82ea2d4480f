package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.backproplab.data.DataSpec;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.functionfit.FunctionFitView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Click to add points on the function-fit plot of a 1-D regression: given x ∈ {0, 1, 2, 3}, the
 * plot spans x = −0.15 … 3.15 (5 % margins) between 56 px from the left and 12 px from the right;
 * a click adds the point (x, y) with x the hand-computed inverse of that mapping and the run
 * restarts on five samples; a right-click on the same pixel removes that point again.
 */
@ExtendWith(ApplicationExtension.class)
class ClickToAddFunctionPointsTest {
    private WindowFixture fixture;

    static LabFile lab() {
        return LabReader.parse("""
                {"format": "backprop-lab/1", "title": "a line",
                 "network": {"layers": [1, 1], "activations": ["identity"], "bias": true, "loss": "squared"},
                 "init": {"scheme": "xavier", "seed": 3},
                 "data": {"inputs": [[0], [1], [2], [3]], "targets": [[0.5], [1.5], [2.4], [3.6]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.05}, "epochs": 1000}}
                """, "a line", null);
    }

    @Start
    void start(Stage stage) {
        fixture = new WindowFixture(stage, lab());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fixture::close);
    }

    @Test
    void aClickAddsTheClickedXAndARightClickRemovesIt(FxRobot robot) throws Exception {
        WaitForWindow.complete(fixture);
        fixture.awaitRendered(s -> s.data().train().rows() == 4);
        FunctionFitView view = robot.lookup(".function-fit-view").queryAs(FunctionFitView.class);
        Point2D origin = view.localToScreen(0, 0);
        double plotW = view.getWidth() - 12 - 56;
        double sx = Math.round(origin.getX() + 56 + 0.6 * plotW);
        double sy = Math.round(origin.getY() + view.getHeight() * 0.5);
        robot.clickOn(sx, sy, MouseButton.PRIMARY);

        Snapshot s = fixture.awaitRendered(r -> r.data().train().rows() == 5, 60);
        DataSpec.Inline points = assertInstanceOf(DataSpec.Inline.class, fixture.vm.labProperty().get().data());
        double x = -0.15 + (sx - origin.getX() - 56) / plotW * 3.3;
        assertEquals(x, points.inputs()[4][0], 1e-9);
        double y = points.targets()[4][0];
        assertTrue(Double.isFinite(y), "y read off the plot (its range covers the data and the curve)");
        assertEquals(y, s.data().train().target(4, 0), 0.0);
        assertEquals(0, s.iteration());

        robot.clickOn(sx, sy, MouseButton.SECONDARY);
        fixture.awaitRendered(r -> r.data().train().rows() == 4, 60);
        DataSpec.Inline after = (DataSpec.Inline) fixture.vm.labProperty().get().data();
        assertArrayEquals(new double[][] {{0}, {1}, {2}, {3}}, after.inputs());
        assertArrayEquals(new double[][] {{0.5}, {1.5}, {2.4}, {3.6}}, after.targets());
    }
}
