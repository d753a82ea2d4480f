package org.backproplab.ui.hiddenspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backproplab.engine.Network;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.HiddenProjection;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.Stepper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The hidden-space view on the Iris lesson, following training and the chosen layer. */
class HiddenSpaceViewTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void itOffersEveryLayerStartsOnTheLastHiddenOneAndFollowsNewWeights() throws Exception {
        // given the 2-8-8-3 Iris lesson shown after one epoch
        Stepper stepper = new Stepper(LabRun.start(LabReader.read(Path.of("assets/lessons/iris-softmax-mlp.lab.json"))), 1 << 24);
        stepper.forward(Granularity.EPOCH);
        Snapshot first = stepper.snapshot(false);
        HiddenSpaceView view = fx(() -> {
            HiddenSpaceView v = new HiddenSpaceView();
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(v, 700, 450));
            stage.show();
            v.render(first);
            return v;
        });
        assertEquals(List.of(1, 2, 3), fx(() -> List.copyOf(view.layerChoice().getItems())));
        assertEquals(2, fx(() -> view.layerChoice().getValue()));
        // the coordinates arrive from the view's background thread, never worked out on the FX thread
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(view::projection) != null);
        HiddenProjection firstShown = fx(view::projection);
        assertCoordinatesOf(first, 1, firstShown);
        assertEquals("hidden-space", fx(view::computedOn));

        // when training goes on and the user picks layer 1, the points are those of the new weights
        stepper.forward(Granularity.EPOCH);
        Snapshot second = stepper.snapshot(false);
        fx(() -> {
            view.render(second);
            view.layerChoice().setValue(1);
            return null;
        });
        // (the layer-2 work for the second snapshot is superseded: the next coordinates shown are layer 1's)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(view::projection) != firstShown);
        assertCoordinatesOf(second, 0, fx(view::projection));
        assertEquals("hidden-space", fx(view::computedOn));
        fx(() -> {
            view.dispose();
            return null;
        });
    }

    private static void assertCoordinatesOf(Snapshot s, int layer, HiddenProjection shown) {
        HiddenProjection expected = HiddenProjection.of(new Network(s.parameters()), layer, s.data().train(), s.data().test());
        assertEquals(s.data().train().rows(), shown.trainRows());
        for (int r = 0; r < shown.trainRows(); r++) {
            assertEquals(expected.coordinate(false, r, 0), shown.coordinate(false, r, 0), 1e-12);
            assertEquals(expected.coordinate(false, r, 1), shown.coordinate(false, r, 1), 1e-12);
        }
    }
}
