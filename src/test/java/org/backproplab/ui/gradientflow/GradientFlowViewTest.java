package org.backproplab.ui.gradientflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backproplab.engine.LayerGradientSizes;
import org.backproplab.io.LabReader;
import org.backproplab.sim.GradientHistory;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.Stepper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The gradient-flow chart while stepping the vanishing-gradients lesson. */
class GradientFlowViewTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void barsAppearLayerByLayerBackwardsAndEachFullIterationJoinsTheHistory() throws Exception {
        // given the 7-layer sigmoid lesson, stepped phase by phase through two iterations
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/vanishing-gradients.lab.json")));
        Stepper stepper = new Stepper(run, 1 << 24);
        GradientFlowView view = fx(() -> {
            GradientFlowView v = new GradientFlowView();
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(new Scene(v, 800, 300));
            stage.show();
            return v;
        });
        int layers = 7;
        int[] computed = new int[2 * (2 * layers + 2)];
        Snapshot last = null;
        for (int i = 0; i < computed.length; i++) {
            stepper.forward(Granularity.PHASE);
            Snapshot s = stepper.snapshot(false);
            computed[i] = fx(() -> {
                view.render(s);
                return view.computedLayers();
            });
            last = s;
        }
        // then: no bars through F1…F7 and the loss, one more each backward phase B7…B1, all at the update
        int[] expected = {0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 7};
        for (int i = 0; i < computed.length; i++) {
            assertEquals(expected[i % 16], computed[i], "phase step " + (i % 16 + 1));
        }
        // the bars are the sizes computed from the snapshot's pass
        Snapshot end = last;
        LayerGradientSizes shown = fx(view::currentSizes);
        LayerGradientSizes fromPass = LayerGradientSizes.of(end.pass());
        for (int l = 0; l < layers; l++) {
            assertEquals(fromPass.weightRms(l), shown.weightRms(l), 0);
            assertEquals(fromPass.deltaRms(l), shown.deltaRms(l), 0);
        }
        List<GradientHistory.Entry> history = fx(view::historyEntries);
        assertEquals(List.of(1L, 2L), history.stream().map(GradientHistory.Entry::iteration).toList());

        // when the user steps back two phases (to B2 of iteration 2, layer 1's gradient not
        // computed yet), iteration 2 leaves the history
        stepper.back(Granularity.PHASE);
        stepper.back(Granularity.PHASE);
        Snapshot back = stepper.snapshot(false);
        int backComputed = fx(() -> {
            view.render(back);
            return view.computedLayers();
        });
        assertEquals(6, backComputed);
        history = fx(view::historyEntries);
        assertEquals(List.of(1L), history.stream().map(GradientHistory.Entry::iteration).toList());
    }
}
