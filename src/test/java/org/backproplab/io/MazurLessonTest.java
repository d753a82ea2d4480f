package org.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.backproplab.engine.Pass;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.TrainingSession;
import org.junit.jupiter.api.Test;

/**
 * The Mazur lesson reproduces the numbers Matt Mazur published in "A Step by Step
 * Backpropagation Example" (2015): 2-2-2 sigmoid with biases, squared error, η = 0.5.
 */
class MazurLessonTest {
    @Test
    void theFirstIterationGivesMazursPublishedNumbers() {
        LabFile lab = LabReader.read(Path.of("assets/lessons/mazur-2-2-2-biases.lab.json"));
        assertTrue(lab.architecture().bias());
        TrainingSession session = LabRun.start(lab).session();
        Pass pass = session.iterate(true);
        // Mazur: out_h1 = 0.593269992, out_h2 = 0.596884378, out_o1 = 0.75136507, out_o2 = 0.772928465
        assertEquals(0.593269992, pass.layers().get(0).activation().get(0, 0), 1e-9);
        assertEquals(0.596884378, pass.layers().get(0).activation().get(0, 1), 1e-9);
        assertEquals(0.75136507, pass.layers().get(1).activation().get(0, 0), 1e-8);
        assertEquals(0.772928465, pass.layers().get(1).activation().get(0, 1), 1e-9);
        // E_total = 0.298371109; ∂E/∂w5 = 0.082167041
        assertEquals(0.298371109, pass.loss(), 1e-9);
        assertEquals(0.082167041, pass.layers().get(1).dLossDWeights().get(0, 0), 1e-9);
        // after the update: w5 = 0.35891648, w1 = 0.149780716, w8 = 0.56137012
        double[] hidden = session.network().parameters().weightsOf(0);
        double[] output = session.network().parameters().weightsOf(1);
        assertEquals(0.35891648, output[0], 1e-8);
        assertEquals(0.56137012, output[3], 1e-8);
        assertEquals(0.149780716, hidden[0], 1e-9);
    }
}
