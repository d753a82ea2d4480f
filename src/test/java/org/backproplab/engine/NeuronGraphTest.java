package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.backproplab.engine.graph.GraphTrace;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.io.Lessons;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.TrainingSession;
import org.junit.jupiter.api.Test;

/** Each unit of a network as its scalar graph: its values and gradients are the Pass's to 1e-12. */
class NeuronGraphTest {
    private static final double TOL = 1e-12;

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(1, Math.abs(expected)), what);
    }

    /** Every unit of the network against the pass of its lab's first batch. */
    private static void everyUnitMatchesThePass(LabFile lab) {
        TrainingSession session = LabRun.start(lab).session();
        Parameters before = session.network().parameters().copy();
        Pass pass = session.iterate(true);
        Architecture arch = before.architecture();
        int n = pass.inputs().rows();
        for (int layer = 1; layer <= arch.layerCount(); layer++) {
            LayerTrace lt = pass.layers().get(layer - 1);
            double[] x = layer == 1 ? pass.inputs().row(0) : pass.layers().get(layer - 2).activation().row(0);
            for (int j = 0; j < arch.unitsOf(layer - 1); j++) {
                String where = lab.title() + " layer " + layer + " unit " + j;
                GraphTrace g = NeuronGraph.of(before, pass, layer, j);
                double delta = lt.dLossDPreActivation().get(0, j);
                assertClose(lt.preActivation().get(0, j), g.named("z").value(), where + " z");
                assertClose(delta, g.named("z").gradient(), where + " ∂J/∂z");
                if (g.named("a") != null) {
                    assertClose(lt.activation().get(0, j), g.named("a").value(), where + " a");
                    assertClose(lt.dLossDActivation().get(0, j), g.named("a").gradient(), where + " ∂J/∂a");
                }
                if (g.named("y") != null) {
                    assertClose(lt.dLossDActivation().get(0, j), g.named("y").gradient(), where + " ∂J/∂y");
                }
                for (int i = 0; i < arch.inputsOf(layer - 1); i++) {
                    // the first sample's share of ∂J/∂w_ij is x_i δ_j; for a batch of one, all of it
                    double w = g.named("w" + (i + 1)).gradient();
                    assertClose(x[i] * delta, w, where + " ∂J/∂w" + (i + 1));
                    if (n == 1) {
                        assertClose(lt.dLossDWeights().get(i, j), w, where + " ∂J/∂W");
                    }
                }
                if (arch.bias()) {
                    assertClose(delta, g.named("b").gradient(), where + " ∂J/∂b");
                }
            }
        }
    }

    @Test
    void lectureUnitsHaveThePassesGradientsIncludingTheWholeWeightGradient() {
        LabFile lab = LabReader.read(Path.of("src/test/resources/reference/lecture-2-3-1-sigmoid.lab.json"));
        everyUnitMatchesThePass(lab);
        // the output unit's graph: ∂J/∂h_i through its single consumer is the pass's whole ∂J/∂h_i
        TrainingSession s = LabRun.start(lab).session();
        Parameters p = s.network().parameters().copy();
        Pass pass = s.iterate(true);
        GraphTrace out = NeuronGraph.of(p, pass, 2, 0);
        for (int i = 0; i < 3; i++) {
            assertClose(pass.layers().get(0).dLossDActivation().get(0, i), out.named("h" + (i + 1)).gradient(), "∂J/∂h");
        }
        assertClose(pass.loss(), out.named("J").value(), "J for the single sample");
    }

    @Test
    void unitsOfEveryNetworkLessonMatchThePass() {
        for (Lessons.Lesson lesson : Lessons.builtIn()) {
            if (!lesson.isGraph() && !lesson.fileName().startsWith("digits")) {
                everyUnitMatchesThePass(lesson.lab());
            }
        }
    }
}
