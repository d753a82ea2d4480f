package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Parameters;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Decision regions: the right class on each side of a known boundary, in original units. */
class DecisionRegionViewTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @Test
    void gridOfOneSigmoidUnitSplitsThePlaneAtXEqualsZero() {
        // y = σ(x1): class 1 exactly where x1 > 0
        DecisionGrid grid = DecisionGrid.compute(TestSnapshots.singleSigmoid(1, 0, 0), -2, 2, -1, 1, 200, 200);
        assertEquals(0, grid.classAt(0, 0));
        assertEquals(0, grid.classAt(99, 150));
        assertEquals(1, grid.classAt(100, 150));
        assertEquals(1, grid.classAt(199, 199));
        // confidence |σ(x) − 0.5|/0.5 at the cell centre x = −2 + 0.5·4/200 = −1.99
        assertEquals(Math.abs(1 / (1 + Math.exp(1.99)) - 0.5) / 0.5, grid.confidence()[0], 1e-12);
    }

    @Test
    void viewPredictsEachSideOfTheBoundaryInOriginalUnits() throws Exception {
        // network x1 = (cm − 5)/2, so the boundary x1 = 0 lies at 5 cm
        DataSplit data = TestSnapshots.twoClassPlane(new Standardizer(new double[] {5, 3}, new double[] {2, 1}));
        DecisionRegionView view = shown(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(1, 0, 0), data,
                new int[] {1, 2}));
        PlaneAxes axes = Fx.call(view::axes);
        // points span network x1 ∈ [−2, 2] → 1 cm … 9 cm, plus 8 % margins
        assertEquals(1 - 0.64, axes.xMin(), 1e-9);
        assertEquals(9 + 0.64, axes.xMax(), 1e-9);
        assertEquals(0, (int) Fx.call(() -> view.predictedClassAt(4.9, 3)));
        assertEquals(1, (int) Fx.call(() -> view.predictedClassAt(5.1, 3)));
        assertEquals(0, (int) Fx.call(() -> view.predictedClassAt(1.5, 4.4)));
        assertEquals(1, (int) Fx.call(() -> view.predictedClassAt(8.5, 2.0)));
        Fx.run(view::dispose);
    }

    @Test
    void theLegendListsTestSquaresAndBatchRingsOnlyWhenThePlaneShowsThem() throws Exception {
        // given four training rows and two test rows, first as a minibatch of two, then as a
        // batch of the whole training set (which is not ringed)
        DataSplit data = TestSnapshots.twoClassPlane(null);
        DecisionRegionView view = shown(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(1, 0, 0), data,
                new int[] {1, 2}));
        List<String> minibatch = Fx.call(view::legendEntries);
        Fx.run(() -> view.render(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(1, 0, 0), data,
                new int[] {0, 1, 2, 3})));
        List<String> wholeSet = Fx.call(view::legendEntries);
        // and data without a test set
        DataSplit noTest = new DataSplit(data.train(), new org.backproplab.data.Dataset(new double[0], new double[0],
                new int[0], 0, 2, 1, data.train().featureNames(), data.train().classNames()), null);
        Fx.run(() -> view.render(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(1, 0, 0), noTest,
                new int[] {0, 1, 2, 3})));
        List<String> trainingOnly = Fx.call(view::legendEntries);
        Fx.run(view::dispose);
        assertEquals(List.of("setosa", "versicolor", "training", "test", "current batch"), minibatch);
        assertEquals(List.of("setosa", "versicolor", "training", "test"), wholeSet);
        assertEquals(List.of("setosa", "versicolor", "training"), trainingOnly);
    }

    @Test
    void onlyTheNewestParametersEndUpDrawn() throws Exception {
        DataSplit data = TestSnapshots.twoClassPlane(null);
        DecisionRegionView view = shown(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(1, 0, 0), data, new int[0]));
        Fx.run(() -> {
            for (int k = 1; k <= 30; k++) {
                view.render(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(1, 0, k / 10.0), data, new int[0]));
            }
            // finally flip the sign: class 1 on the left
            view.render(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(-1, 0, 0), data, new int[0]));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(() -> view.predictedClassAt(-1.5, 0)) == 1);
        // every superseded request has been dropped or drawn before the newest: none can land later
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(view::gridsPending) == 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) Fx.call(view::gridsPending));
        assertEquals(1, (int) Fx.call(() -> view.predictedClassAt(-1.5, 0)));
        assertEquals(0, (int) Fx.call(() -> view.predictedClassAt(1.5, 0)));
        Fx.run(view::dispose);
    }

    @Test
    void networksWithoutTwoInputsGetANoteInsteadOfRegions() {
        Architecture arch = new Architecture(List.of(3, 1), List.of(Activation.SIGMOID), false, Loss.BCE);
        org.backproplab.data.Dataset train = new org.backproplab.data.Dataset(new double[] {1, 2, 3}, new double[] {1},
                new int[] {1}, 1, 3, 1, List.of("a", "b", "c"), List.of("no", "yes"));
        Snapshot s = TestSnapshots.ofParameters(new Parameters(arch), new DataSplit(train,
                org.backproplab.data.DataLoader.empty(train), null), new int[0]);
        String note = Fx.call(() -> {
            DecisionRegionView view = new DecisionRegionView();
            view.render(s);
            view.dispose();
            return view.note();
        });
        assertTrue(note.contains("need 2 inputs"), note);
        assertNull(Fx.call(() -> {
            DecisionRegionView view = new DecisionRegionView();
            view.render(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(1, 0, 0),
                    TestSnapshots.twoClassPlane(null), new int[0]));
            view.dispose();
            return view.note();
        }));
    }

    private static DecisionRegionView shown(Snapshot s) throws Exception {
        DecisionRegionView view = Fx.call(() -> {
            DecisionRegionView v = new DecisionRegionView();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(v), 500, 400));
            stage.show();
            v.render(s);
            return v;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(view::gridsDrawn) > 0);
        return view;
    }
}
