package org.backproplab.ui.confusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backproplab.engine.Network;
import org.backproplab.io.LabReader;
import org.backproplab.sim.ConfusionMatrix;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.Stepper;
import org.backproplab.ui.views.SampleHighlight;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The confusion matrices on the Iris lesson, and a click on a cell. */
class ConfusionViewTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    // a primary-button click at a point of the view, delivered to the node under it (other tests'
    // windows may lie above this one on the headless screen, so no robot)
    private static void click(ConfusionView view, Point2D p) throws Exception {
        fx(() -> {
            javafx.scene.Node target = view.getChildrenUnmodifiable().get(0);
            Point2D s = view.localToScreen(p);
            javafx.event.Event.fireEvent(target, new javafx.scene.input.MouseEvent(
                    javafx.scene.input.MouseEvent.MOUSE_CLICKED, p.getX(), p.getY(), s.getX(), s.getY(),
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false,
                    true, false, true, null));
            return null;
        });
    }

    @Test
    void clickingACellPicksOutItsSamplesAndClickingAgainClearsThem() throws Exception {
        // given the Iris lesson after one epoch of iterations, shown in the view
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/iris-softmax-mlp.lab.json")));
        Stepper stepper = new Stepper(run, 1 << 24);
        stepper.forward(Granularity.EPOCH);
        Snapshot s = stepper.snapshot(false);
        ConfusionView view = fx(() -> {
            ConfusionView v = new ConfusionView();
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(v, 900, 420));
            stage.show();
            v.render(s);
            return v;
        });
        // the counts arrive from the view's background thread, never counted on the FX thread
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> view.trainMatrix() != null));
        assertEquals("confusion", fx(view::countedOn));
        // the counts are those of the snapshot's weights, labelled with the species
        ConfusionMatrix expected = ConfusionMatrix.of(new Network(s.parameters()), s.data().train());
        ConfusionMatrix shown = view.trainMatrix();
        assertEquals(java.util.List.of("setosa", "versicolor", "virginica"), shown.classNames());
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(expected.count(a, p), shown.count(a, p));
            }
        }
        assertNotNull(view.testMatrix());
        assertEquals(s.data().test().rows(), view.testMatrix().total());
        assertNull(view.highlightProperty().get());

        // when the user clicks the training matrix' cell "true versicolor, predicted versicolor"
        Bounds cell = fx(() -> view.cellBounds(false, 1, 1));
        Point2D centre = new Point2D(cell.getCenterX(), cell.getCenterY());
        click(view, centre);

        // then its rows are the highlight, and a second click clears it
        SampleHighlight h = view.highlightProperty().get();
        assertNotNull(h);
        assertFalse(h.test());
        assertArrayEquals(expected.rows(1, 1), h.rows());
        assertTrue(h.label().contains("true versicolor, predicted versicolor"), h.label());
        click(view, centre);
        assertNull(view.highlightProperty().get());
    }

    @Test
    void aNewerSnapshotSupersedesTheCountInProgressAndTheFxThreadNeverCounts() throws Exception {
        // given the Iris lesson at its initial weights and after two epochs, shown one right after the other
        Stepper stepper = new Stepper(LabRun.start(LabReader.read(Path.of("assets/lessons/iris-softmax-mlp.lab.json"))),
                1 << 24);
        Snapshot initial = stepper.snapshot(false);
        stepper.forward(Granularity.EPOCH);
        stepper.forward(Granularity.EPOCH);
        Snapshot trained = stepper.snapshot(false);
        ConfusionView view = fx(() -> {
            ConfusionView v = new ConfusionView();
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(v, 900, 420));
            stage.show();
            v.render(initial);
            v.render(trained);
            return v;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> view.trainMatrix() != null));
        // then the matrices drawn are the trained weights' (a count by hand of argmax against the label)
        Network network = new Network(trained.parameters());
        var train = trained.data().train();
        int[][] hand = new int[3][3];
        for (int r = 0; r < train.rows(); r++) {
            double[] x = new double[train.inputSize()];
            train.copyInputs(r, x, 0);
            var pass = network.computePass(org.backproplab.engine.Matrix.of(new double[][] {x}),
                    org.backproplab.engine.Matrix.of(new double[][] {new double[3]}), 0);
            double[] y = pass.layers().get(pass.layers().size() - 1).activation().row(0);
            int best = 0;
            for (int k = 1; k < y.length; k++) {
                if (y[k] > y[best]) {
                    best = k;
                }
            }
            hand[train.label(r)][best]++;
        }
        ConfusionMatrix shown = fx(view::trainMatrix);
        for (int a = 0; a < 3; a++) {
            for (int p = 0; p < 3; p++) {
                assertEquals(hand[a][p], shown.count(a, p), "true " + a + ", predicted " + p);
            }
        }
        String thread = fx(view::countedOn);
        assertEquals("confusion", thread);
        assertFalse(thread.contains("FX"));
        fx(() -> {
            view.dispose();
            return null;
        });
    }
}
