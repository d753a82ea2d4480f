package org.backproplab.ui.gradcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.backproplab.data.Dataset;
import org.backproplab.engine.GradientTable;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Matrix;
import org.backproplab.io.LabFile;
import org.backproplab.io.Lessons;
import org.backproplab.sim.LabRun;
import org.junit.jupiter.api.Test;

/**
 * The gradient check table on the built-in lessons: every network lesson's analytic gradients
 * agree with central differences at ε = 1e−5 away from kinks; the kink lesson fails exactly one
 * weight and flags it; truncation and rounding error show at the ends of ε's range.
 */
class GradientTableLessonsTest {

    /** The lesson's starting weights and its first batch in data order. */
    record Batch(LabFile lab, Matrix inputs, Matrix targets) {
        static Batch of(LabFile lab) {
            Dataset train = LabRun.start(lab).data().train();
            int rows = lab.training().batchSize() == 0 ? train.rows() : Math.min(lab.training().batchSize(), train.rows());
            double[] x = new double[rows * train.inputSize()];
            double[] t = new double[rows * train.outputSize()];
            for (int r = 0; r < rows; r++) {
                train.copyInputs(r, x, r * train.inputSize());
                train.copyTargets(r, t, r * train.outputSize());
            }
            return new Batch(lab, Matrix.copyOf(rows, train.inputSize(), x, 0), Matrix.copyOf(rows, train.outputSize(), t, 0));
        }

        GradientTable table(double eps) {
            return GradientTable.compute(lab.initialParameters(), inputs, targets, lab.training().l2(), eps, () -> false);
        }
    }

    @Test
    void everyNetworkLessonAgreesToOneInAMillionAtEpsilonOneInAHundredThousandAwayFromKinks() {
        int checked = 0;
        for (Lessons.Lesson lesson : Lessons.builtIn()) {
            if (lesson.isGraph() || lesson.lab().architecture().loss() == Loss.PERCEPTRON
                    || lesson.fileName().equals("gradient-check.lab.json")) {
                continue; // the perceptron rule is no gradient; the kink lesson is tested below
            }
            GradientTable t = Batch.of(lesson.lab()).table(1e-5);
            assertEquals(lesson.lab().architecture().parameterCount(), t.rows().size(), lesson.fileName());
            assertTrue(t.worstAwayFromKinks() < 1e-6, lesson.fileName() + ": " + t.rows().get(0));
            checked++;
        }
        assertTrue(checked >= 5, "lecture, softmax Iris, XOR, spiral, digits");
    }

    @Test
    void kinkLessonFailsExactlyTheWeightOnTheKinkAndFlagsIt() {
        Lessons.Lesson lesson = Lessons.builtIn().stream().filter(l -> l.fileName().equals("gradient-check.lab.json"))
                .findFirst().orElseThrow();
        GradientTable t = Batch.of(lesson.lab()).table(1e-5);
        GradientTable.Row worst = t.rows().get(0);
        assertEquals("W1[0][0]", worst.name());
        assertTrue(worst.kink());
        assertTrue(worst.relativeError() > 0.1, "fails the check: " + worst);
        for (GradientTable.Row r : t.rows().subList(1, t.rows().size())) {
            assertTrue(r.relativeError() < 1e-6, r.toString());
            assertFalse(r.kink(), r.toString());
        }
    }

    @Test
    void errorShrinksWithEpsilonThenGrowsAgainFromRounding() {
        Lessons.Lesson lesson = Lessons.builtIn().get(0);
        Batch b = Batch.of(lesson.lab());
        double coarse = b.table(1e-1).rows().get(0).relativeError();
        double good = b.table(1e-5).rows().get(0).relativeError();
        double tiny = b.table(1e-10).rows().get(0).relativeError();
        assertTrue(coarse > 100 * good, "truncation error at ε = 0.1: " + coarse + " vs " + good);
        assertTrue(tiny > 100 * good, "rounding error at ε = 1e−10: " + tiny + " vs " + good);
    }

    @Test
    void aCancelledCheckStopsWithoutATable() {
        Batch b = Batch.of(Lessons.builtIn().get(0).lab());
        assertThrows(CancellationException.class, () -> GradientTable.compute(b.lab().initialParameters(), b.inputs(),
                b.targets(), 0, 1e-5, () -> true));
    }
}
