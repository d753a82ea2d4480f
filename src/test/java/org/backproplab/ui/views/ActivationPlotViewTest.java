package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The activation plot marks each neuron's z on its curve and redraws only on change. */
class ActivationPlotViewTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void marksTheLectureHiddenNeuronsAtTheirPreActivationsOnTheSigmoid() {
        List<double[]> points = Fx.call(() -> {
            ActivationPlotView view = new ActivationPlotView();
            view.render(TestSnapshots.lecture(1));
            return view.markerPoints();
        });
        // z = x·W: 5·1 + 3·2 = 11, 5·(−1) + 3·2 = 1, 5·3 + 3·(−1) = 12
        double[] z = {11, 1, 12};
        assertEquals(3, points.size());
        for (int j = 0; j < 3; j++) {
            assertEquals(z[j], points.get(j)[0], 1e-12);
            assertEquals(sigmoid(z[j]), points.get(j)[1], 1e-12);
        }
    }

    @Test
    void showsNoMarkersBeforeTheLayerIsComputed() {
        String title = Fx.call(() -> {
            ActivationPlotView view = new ActivationPlotView();
            view.layerProperty().set(2);
            view.render(TestSnapshots.lecture(1));
            assertTrue(view.markerPoints().isEmpty());
            return view.titleText();
        });
        assertTrue(title.contains("not computed yet"), title);
    }

    @Test
    void redrawsOnlyWhenTheLayerOrItsValuesChange() {
        int[] counts = Fx.call(() -> {
            ActivationPlotView view = new ActivationPlotView();
            view.render(TestSnapshots.lecture(1));
            int first = view.redrawCount();
            // later phases of the same iteration leave layer 1's z unchanged
            view.render(TestSnapshots.lecture(3));
            view.render(TestSnapshots.lecture(5));
            int same = view.redrawCount();
            view.layerProperty().set(2);
            int changedLayer = view.redrawCount();
            return new int[] {first, same, changedLayer};
        });
        assertEquals(1, counts[0]);
        assertEquals(1, counts[1]);
        assertEquals(2, counts[2]);
    }

    @Test
    void whileTrainingRunsTheMovingMarkersAreRedrawnAtMostEvery80ms() {
        IrisRun run = new IrisRun(4, 3);
        run.trainEpochs(1);
        var first = run.snapshotAt(6);
        var second = run.snapshotAt(6);
        int[] counts = Fx.call(() -> {
            long[] now = {1_000_000_000L};
            ActivationPlotView view = new ActivationPlotView();
            view.throttle().setClock(() -> now[0]);
            view.render(first);
            now[0] += 16_000_000L;
            view.render(second);
            int heldBack = view.redrawCount();
            now[0] += 80_000_000L;
            view.render(second);
            return new int[] {heldBack, view.redrawCount()};
        });
        assertEquals(1, counts[0]);
        assertEquals(2, counts[1]);
    }

    @Test
    void softmaxLayerPlotsEachUnitAgainstItsOwnZ() {
        IrisRun run = new IrisRun(4, 3);
        run.trainEpochs(1);
        var s = run.snapshotAt(2);
        List<double[]> points = Fx.call(() -> {
            ActivationPlotView view = new ActivationPlotView();
            view.layerProperty().set(2);
            view.render(s);
            return view.markerPoints();
        });
        // each marker sits at (z_j, softmax(z)_j) of sample 1
        assertEquals(3, points.size());
        double sum = 0;
        for (int j = 0; j < 3; j++) {
            assertEquals(s.pass().layers().get(1).preActivation().get(0, j), points.get(j)[0], 1e-12);
            sum += points.get(j)[1];
        }
        assertEquals(1.0, sum, 1e-12);
    }

    @Test
    void softmaxLayerLabelsEachOutputsProbabilityAndSwitchesBackForATanhLayer() {
        IrisRun run = new IrisRun(4, 3);
        run.trainEpochs(1);
        var s = run.snapshotAt(2);
        List<List<String>> labels = Fx.call(() -> {
            ActivationPlotView view = new ActivationPlotView();
            view.layerProperty().set(2);
            view.render(s);
            List<String> softmax = view.markerLabels();
            view.layerProperty().set(1);
            return List.of(softmax, view.markerLabels(), List.of(view.titleText()));
        });
        // y_j = e^(z_j) / Σ_k e^(z_k) from the pass's z, written with the window's digits
        double[] z = new double[3];
        double sum = 0;
        for (int j = 0; j < 3; j++) {
            z[j] = s.pass().layers().get(1).preActivation().get(0, j);
            sum += Math.exp(z[j]);
        }
        String[] names = {"y₁", "y₂", "y₃"};
        for (int j = 0; j < 3; j++) {
            assertEquals(names[j] + " = " + NumberText.short4(Math.exp(z[j]) / sum), labels.get(0).get(j));
        }
        // a hidden tanh layer has no labels and its own note
        assertTrue(labels.get(1).isEmpty(), labels.get(1).toString());
        assertTrue(labels.get(2).get(0).contains("hidden layer 1 · tanh"), labels.get(2).get(0));
    }
}
