package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.backproplab.engine.LayerTrace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Steps the lecture's 2-3-1 example phase by phase through a {@link TrainingRun} and checks each
 * phase against the hand calculation: x = (5, 3), W = [[1, −1, 3], [2, 2, −1]], V = (0.1, 0.5,
 * −0.1), t = 1, BCE, α = 0.1.
 */
class TrainingRunLectureTest {
    private final TrainingRun run = new TrainingRun(Labs.lecture());

    // the hand calculation, independent of the engine
    private static final double[] X = {5, 3};
    private static final double[][] W = {{1, -1, 3}, {2, 2, -1}};
    private static final double[] V = {0.1, 0.5, -0.1};
    private static final double[] Z1 = {5 * 1 + 3 * 2, 5 * -1 + 3 * 2, 5 * 3 + 3 * -1};
    private static final double[] H = {sigmoid(Z1[0]), sigmoid(Z1[1]), sigmoid(Z1[2])};
    private static final double Z2 = V[0] * H[0] + V[1] * H[1] + V[2] * H[2];
    private static final double Y = sigmoid(Z2);

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @AfterEach
    void close() {
        run.close();
    }

    private Snapshot step() throws Exception {
        run.stepForward(Granularity.PHASE);
        return run.flush().get(10, TimeUnit.SECONDS);
    }

    @Test
    void everyPhaseOfTheFirstIterationShowsTheLectureNumbers() throws Exception {
        Snapshot ready = run.latest();
        assertEquals(PhaseCursor.Kind.READY, ready.phase().kind());
        assertNull(ready.pass());
        assertTrue(ready.atHistoryStart());

        Snapshot f1 = step();
        assertEquals("FORWARD layer 1 of 2", f1.phase().label());
        LayerTrace hidden = f1.pass().layers().get(0);
        for (int i = 0; i < 3; i++) {
            assertEquals(Z1[i], hidden.preActivation().get(0, i), 1e-12);
            assertEquals(H[i], hidden.activation().get(0, i), 1e-12);
        }
        assertFalse(f1.phase().forwardComputed(2));

        Snapshot f2 = step();
        assertEquals("FORWARD layer 2 of 2", f2.phase().label());
        assertEquals(Y, f2.pass().output().get(0, 0), 1e-12);
        assertFalse(f2.phase().lossComputed());

        Snapshot loss = step();
        assertEquals(PhaseCursor.Kind.LOSS, loss.phase().kind());
        // J = −ln y ; dJ/dy = −1/y
        assertEquals(-Math.log(Y), loss.pass().loss(), 1e-12);
        assertEquals(0.5270, loss.pass().loss(), 5e-5);
        assertEquals(-1.6938, loss.pass().layers().get(1).dLossDActivation().get(0, 0), 5e-5);
        assertFalse(loss.phase().backwardComputed(2));

        Snapshot b2 = step();
        assertEquals("BACKWARD layer 2 of 2", b2.phase().label());
        // δ₂ = y − t ; dJ/dV_i = δ₂ h_i
        double[] lecture = {-0.4096, -0.2995, -0.4096};
        for (int i = 0; i < 3; i++) {
            double dv = b2.pass().layers().get(1).dLossDWeights().get(i, 0);
            assertEquals((Y - 1) * H[i], dv, 1e-12);
            assertEquals(lecture[i], dv, 5e-5);
        }
        assertFalse(b2.phase().backwardComputed(1));

        Snapshot b1 = step();
        assertEquals("BACKWARD layer 1 of 2", b1.phase().label());
        // dJ/dW_ki = x_k · δ₂ V_i · h_i (1 − h_i)
        for (int k = 0; k < 2; k++) {
            for (int i = 0; i < 3; i++) {
                double expected = X[k] * (Y - 1) * V[i] * H[i] * (1 - H[i]);
                assertEquals(expected, b1.pass().layers().get(0).dLossDWeights().get(k, i), 1e-15);
            }
        }
        assertTrue(b1.phase().inputGradientComputed());
        assertFalse(b1.phase().updated());
        assertEquals(V[0], b1.parameters().weightsOf(1)[0], 0.0);

        Snapshot update = step();
        assertEquals(PhaseCursor.Kind.UPDATE, update.phase().kind());
        // V ← V − α dJ/dV
        for (int i = 0; i < 3; i++) {
            assertEquals(V[i] - 0.1 * (Y - 1) * H[i], update.parameters().weightsOf(1)[i], 1e-15);
        }
        assertEquals(W[0][1] - 0.1 * X[0] * (Y - 1) * V[1] * H[1] * (1 - H[1]),
                update.parameters().weightsOf(0)[1], 1e-15);
        assertEquals(1, update.epoch());
    }

    @Test
    void phasesBeforeTheUpdateShowTheStartingWeights() throws Exception {
        for (int s = 1; s < 6; s++) {
            Snapshot snap = step();
            assertArrayEquals(new double[] {0.1, 0.5, -0.1}, snap.parameters().weightsOf(1), 0.0);
            assertEquals(0, snap.iteration());
        }
    }

    @Test
    void stepBackFromTheUpdateReturnsThroughEveryPhaseToTheStart() throws Exception {
        run.stepForward(Granularity.ITERATION);
        Snapshot done = run.flush().get(10, TimeUnit.SECONDS);
        assertTrue(done.phase().updated());
        for (int expected = 5; expected >= 0; expected--) {
            run.stepBack(Granularity.PHASE);
            Snapshot back = run.flush().get(10, TimeUnit.SECONDS);
            assertEquals(expected, back.phase().step());
            assertArrayEquals(V, back.parameters().weightsOf(1), 0.0);
        }
        assertTrue(run.latest().atHistoryStart());
    }

    @Test
    void passGranularityStopsAfterTheLossThenAfterTheBackwardPassThenAtTheUpdate() throws Exception {
        int[] expected = {3, 5, 6, 3};
        for (int e : expected) {
            run.stepForward(Granularity.PASS);
            assertEquals(e, run.flush().get(10, TimeUnit.SECONDS).phase().step());
        }
        assertEquals(1, run.latest().iteration());
    }
}
