package org.backproplab.ui.functionfit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * The heatmap of a chosen output unit: Mazur's 2-2-2 example at its sample (0.05, 0.10) with the
 * starting weights gives the outputs his worked example prints, o₁ = 0.75136507 and
 * o₂ = 0.772928465.
 */
class MultiOutputMapTest {

    @Test
    void eachOutputUnitsMapHoldsMazursForwardPassNumbers() {
        LabFile mazur = LabReader.read(Path.of("assets/lessons/mazur-2-2-2-biases.lab.json"));
        double[] atTheSample = {0.05, 0.05, 0.10, 0.10};
        OutputMap first = OutputMap.compute(mazur.initialParameters(), null, atTheSample, 2, 0);
        OutputMap second = OutputMap.compute(mazur.initialParameters(), null, atTheSample, 2, 1);
        for (int cell = 0; cell < 4; cell++) {
            assertEquals(0.75136507, first.output()[cell], 1e-8);
            assertEquals(0.772928465, second.output()[cell], 1e-9);
        }
    }
}
