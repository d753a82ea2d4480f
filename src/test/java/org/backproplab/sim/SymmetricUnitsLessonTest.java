package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.SymmetricUnits;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/** "Why not zeros?": zero init keeps the hidden units identical, Xavier does not. */
class SymmetricUnitsLessonTest {

    private static LabRun lesson(String name) {
        return LabRun.start(LabReader.read(Path.of("assets", "lessons", name)));
    }

    @Test
    void zeroInitMarksEveryHiddenUnit() {
        Architecture arch = lesson("why-not-zeros.lab.json").session().network().architecture();
        Parameters zeros = new org.backproplab.engine.Initializer("zeros", 1, 0).initialise(arch);
        assertEquals(3, SymmetricUnits.of(zeros).count());
    }

    @Test
    void allEqualWeightsStayEqualThroughTraining() {
        LabRun run = lesson("why-not-zeros.lab.json");
        assertEquals(3, SymmetricUnits.of(run.session().network().parameters()).count());
        for (int i = 0; i < 300; i++) {
            run.session().iterate(false);
        }
        Parameters p = run.session().network().parameters();
        SymmetricUnits s = SymmetricUnits.of(p);
        assertEquals(3, s.count());
        // checked by hand: the three columns of W1, the biases and the rows of W2 are equal, and
        // training moved them (they are not still 0.5)
        double[] w1 = p.weightsOf(0);
        assertTrue(w1[0] != 0.5 && p.weightsOf(1)[0] != 0.5);
        for (int j = 1; j < 3; j++) {
            assertEquals(w1[0], w1[j], 0);
            assertEquals(w1[3], w1[3 + j], 0);
            assertEquals(p.biasesOf(0)[0], p.biasesOf(0)[j], 0);
            assertEquals(p.weightsOf(1)[0], p.weightsOf(1)[j], 0);
        }
        assertEquals(1, s.twinOf(0, 0));
        assertEquals(0, s.twinOf(0, 1));
        assertFalse(s.isSymmetric(1, 0), "output units are never marked");
    }

    @Test
    void xavierInitMarksNoUnit() {
        LabRun run = lesson("why-not-zeros-xavier.lab.json");
        assertEquals(0, SymmetricUnits.of(run.session().network().parameters()).count());
        for (int i = 0; i < 300; i++) {
            run.session().iterate(false);
        }
        assertEquals(0, SymmetricUnits.of(run.session().network().parameters()).count());
    }

    @Test
    void unitsEqualInButNotOutAreNotMarked() {
        Architecture arch = new Architecture(List.of(1, 2, 1), List.of(org.backproplab.engine.Activation.TANH,
                org.backproplab.engine.Activation.IDENTITY), false, org.backproplab.engine.Loss.SQUARED);
        Parameters p = new Parameters(arch);
        p.weightsOf(0)[0] = 0.5;
        p.weightsOf(0)[1] = 0.5;
        p.weightsOf(1)[0] = 1;
        p.weightsOf(1)[1] = -1;
        assertEquals(0, SymmetricUnits.of(p).count());
        p.weightsOf(1)[1] = 1;
        assertEquals(2, SymmetricUnits.of(p).count());
    }
}
