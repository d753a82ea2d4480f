package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.backproplab.data.DataLoader;
import org.backproplab.data.DataSpec;
import org.backproplab.data.DataSplit;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.pointedit.PointEditor;
import org.backproplab.ui.views.DecisionRegionView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Click to add points on the decision-region plane. Given a 4-point lab with named classes and
 * standardised features (x₁, x₂ ∈ {1, 3}), whose plane therefore spans 1 − 0.16 … 3 + 0.16 on
 * both axes (8 % margins), when the plane is clicked at a pixel the run restarts with a fifth
 * point of the selected class whose raw coordinates are the hand-computed inverse of the plane's
 * mapping (frame: 58 px left, 10 px top, 14 px right, 44 px bottom), and the network sees it
 * standardised with μ and σ of the five points; shift-click adds the next class; right-click
 * removes the nearest; Save and re-read give the same samples; "Clear points" leaves no data
 * and training waits with the reason on show until the next click.
 */
@ExtendWith(ApplicationExtension.class)
class ClickToAddPointsTest {
    private static final double[][] X = {{1, 1}, {3, 1}, {1, 3}, {3, 3}};
    private static final double MIN = 1 - 0.16;
    private static final double MAX = 3 + 0.16;
    private WindowFixture fixture;

    static LabFile lab() {
        return LabReader.parse("""
                {"format": "backprop-lab/1", "title": "four points",
                 "network": {"layers": [2, 3, 1], "activations": ["tanh", "sigmoid"], "bias": true, "loss": "bce"},
                 "init": {"scheme": "xavier", "seed": 3},
                 "data": {"features": ["width_cm", "height_cm"], "classes": ["red", "blue"], "standardize": true,
                          "inputs": [[1, 1], [3, 1], [1, 3], [3, 3]], "targets": [[0], [1], [0], [1]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.5}, "epochs": 1000}}
                """, "four points", null);
    }

    @Start
    void start(Stage stage) {
        // windows other tests of this JVM left open (dialogs, a unit's graph) must not sit over the plane
        for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
        fixture = new WindowFixture(stage, lab());
        stage.toFront();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fixture::close);
    }

    /** The screen pixel at fractions (u, v) of the plane, and the raw (x₁, x₂) the plane shows there. */
    private record Pixel(double screenX, double screenY, double x1, double x2) {
    }

    private static Pixel pixel(FxRobot robot, double u, double v) {
        DecisionRegionView view = robot.lookup(".decision-region-view").queryAs(DecisionRegionView.class);
        Region holder = (Region) view.getCenter();
        Point2D origin = holder.localToScreen(0, 0);
        double plotW = holder.getWidth() - 14 - 58;
        double plotH = holder.getHeight() - 44 - 10;
        // a whole screen pixel, and its position inside the plane
        double sx = Math.round(origin.getX() + 58 + u * plotW);
        double sy = Math.round(origin.getY() + 10 + v * plotH);
        double fu = (sx - origin.getX() - 58) / plotW;
        double fv = (sy - origin.getY() - 10) / plotH;
        return new Pixel(sx, sy, MIN + fu * (MAX - MIN), MAX - fv * (MAX - MIN));
    }

    // for a person to look at: target/screenshots
    private void picture(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                WindowImage.writePng(fixture.window.getScene(), Path.of("target", "screenshots", name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private Snapshot awaitRows(int rows) throws Exception {
        return fixture.awaitRendered(s -> s.data().train().rows() == rows, 60);
    }

    private static DataSpec.Inline points(WindowFixture f) {
        return assertInstanceOf(DataSpec.Inline.class, f.vm.labProperty().get().data());
    }

    @Test
    void clicksAddPointsOfTheChosenClassAtTheClickedCoordinatesAndRightClickRemovesTheNearest(FxRobot robot,
            @TempDir Path dir) throws Exception {
        WaitForWindow.complete(fixture);
        awaitRows(4);
        Pixel p = pixel(robot, 0.25, 0.4);
        robot.clickOn(p.screenX(), p.screenY(), MouseButton.PRIMARY);

        Snapshot s = awaitRows(5);
        double[][] raw = points(fixture).inputs();
        assertEquals(p.x1(), raw[4][0], 1e-9);
        assertEquals(p.x2(), raw[4][1], 1e-9);
        assertArrayEquals(new double[] {0}, points(fixture).targets()[4], "the selected class, red, is class 0");
        // the network sees it standardised with μ, σ (population) of the five points
        double[] xs = {1, 3, 1, 3, p.x1()};
        double mean = (8 + p.x1()) / 5;
        double var = 0;
        for (double x : xs) {
            var += (x - mean) * (x - mean) / 5;
        }
        assertEquals((p.x1() - mean) / Math.sqrt(var), s.data().train().input(4, 0), 1e-9);
        assertEquals(0, s.data().train().label(4));
        assertEquals(0, s.iteration(), "the run restarted");

        // shift-click: the class after the selected one (blue)
        Pixel q = pixel(robot, 0.8, 0.7);
        robot.press(KeyCode.SHIFT).clickOn(q.screenX(), q.screenY(), MouseButton.PRIMARY).release(KeyCode.SHIFT);
        s = awaitRows(6);
        assertEquals(1, s.data().train().label(5));
        assertEquals(q.x1(), points(fixture).inputs()[5][0], 1e-9);

        // right-click beside the first added point removes it, not a corner point
        Pixel near = pixel(robot, 0.27, 0.42);
        robot.clickOn(near.screenX(), near.screenY(), MouseButton.SECONDARY);
        awaitRows(5);
        double[][] left = points(fixture).inputs();
        for (int r = 0; r < 4; r++) {
            assertArrayEquals(X[r], left[r]);
        }
        assertEquals(q.x1(), left[4][0], 1e-12);
        assertEquals(q.x2(), left[4][1], 1e-12);

        picture(robot, "clicked-points-1280x800.png");

        // Save writes the points inline; reading the file back gives the same samples
        Path file = dir.resolve("clicked.lab.json");
        robot.interact(() -> fixture.vm.save(file));
        LabFile back = LabReader.read(file);
        assertEquals(points(fixture), back.data());
        DataSplit again = DataLoader.load(back.data(), back.architecture(), back.folder());
        Snapshot now = fixture.vm.snapshotProperty().get();
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 2; c++) {
                assertEquals(now.data().train().input(r, c), again.train().input(r, c), 0.0);
            }
            assertEquals(now.data().train().label(r), again.train().label(r));
        }
        assertEquals(List.of("red", "blue"), again.train().classNames());
        assertEquals(List.of("width_cm", "height_cm"), again.train().featureNames());
    }

    @Test
    void clearedPointsLeaveNoDataTrainingWaitsAndTheNextClickStartsAgain(FxRobot robot) throws Exception {
        WaitForWindow.complete(fixture);
        awaitRows(4);
        robot.clickOn("#clearPoints");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PointEditor.EMPTY_HINT, robot.lookup("#pointHint").queryAs(Label.class).getText());
        long before = fixture.vm.snapshotProperty().get().iteration();
        robot.interact(() -> {
            fixture.vm.play();
            fixture.vm.stepForward();
        });
        fixture.vm.run().flush().get(10, TimeUnit.SECONDS);
        robot.interact(fixture.vm::pull);
        assertEquals(before, fixture.vm.snapshotProperty().get().iteration(), "nothing trained");
        assertEquals(PointEditor.EMPTY, fixture.vm.noticeProperty().get());
        assertTrue(robot.lookup("#pointHint").queryAs(Label.class).isVisible());
        picture(robot, "points-cleared-1280x800.png");

        WaitForAsyncUtils.waitForFxEvents();
        Pixel p = pixel(robot, 0.5, 0.5);
        robot.moveTo(p.screenX(), p.screenY());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(p.screenX(), p.screenY(), MouseButton.PRIMARY);
        // the click made a one-point lab (the restarted run follows in the background)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fixture.vm.labProperty().get().data()
                instanceof DataSpec.Inline d && d.inputs().length == 1);
        Snapshot s = awaitRows(1);
        assertEquals(p.x1(), points(fixture).inputs()[0][0], 1e-9, "the plane kept its axes");
        assertEquals(p.x2(), points(fixture).inputs()[0][1], 1e-9);
        robot.interact(() -> fixture.vm.run().stepForward(Granularity.ITERATION));
        fixture.vm.run().flush().get(10, TimeUnit.SECONDS);
        robot.interact(fixture.vm::pull);
        assertNotNull(fixture.vm.snapshotProperty().get().pass(), "one point trains");
        assertEquals(0, s.data().test().rows());
    }
}
