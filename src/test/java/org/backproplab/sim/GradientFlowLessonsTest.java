package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.backproplab.engine.LayerGradientSizes;
import org.backproplab.engine.Pass;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/** The depth lessons show what their titles say in their first iteration. */
class GradientFlowLessonsTest {

    private static LayerGradientSizes sizes(String lesson) {
        LabRun run = LabRun.start(LabReader.read(Path.of("assets", "lessons", lesson)));
        Pass pass = run.session().iterate(true);
        LayerGradientSizes sizes = LayerGradientSizes.of(pass);
        return sizes;
    }

    @Test
    void sigmoidStackWithNormalInitVanishes() {
        LayerGradientSizes s = sizes("vanishing-gradients.lab.json");
        assertTrue(s.firstToLastWeightRatio() < 1e-2, "∂J/∂W " + s.firstToLastWeightRatio());
        assertTrue(s.firstToLastDeltaRatio() < 1e-2, "δ " + s.firstToLastDeltaRatio());
    }

    @Test
    void reluStackWithLargeWeightsHasSensitivitiesGrowingTowardsTheInput() {
        LayerGradientSizes s = sizes("exploding-gradients.lab.json");
        assertTrue(s.firstToLastDeltaRatio() > 1e2, "δ " + s.firstToLastDeltaRatio());
    }

    @Test
    void reluWithHeAndTanhWithXavierKeepTheGradientWithinAFactorOfTen() {
        for (String lesson : new String[] {"deep-relu-he.lab.json", "deep-tanh-xavier.lab.json"}) {
            LayerGradientSizes s = sizes(lesson);
            assertTrue(s.firstToLastWeightRatio() > 0.1 && s.firstToLastWeightRatio() < 10, lesson);
            assertTrue(s.firstToLastDeltaRatio() > 0.1 && s.firstToLastDeltaRatio() < 10, lesson);
        }
    }
}
