package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Parameters;
import org.junit.jupiter.api.Test;

/** Step Back restores earlier positions bit for bit, across epochs and shuffles. */
class StepperHistoryTest {

    @Test
    void thousandIterationsThenThousandStepBacksReturnToTheInitialParametersExactly() {
        LabRun run = Labs.shuffled(0.3);
        Parameters initial = run.lab().initialParameters();
        Stepper stepper = new Stepper(run, History.DEFAULT_BUDGET_BYTES);
        List<Snapshot> seen = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(stepper.snapshot(false));
            assertTrue(stepper.forward(Granularity.ITERATION));
        }
        assertNotEquals(initial, stepper.snapshot(false).parameters());
        for (int i = 999; i >= 0; i--) {
            assertTrue(stepper.back(Granularity.ITERATION));
            Snapshot back = stepper.snapshot(false);
            assertEquals(seen.get(i).parameters(), back.parameters(), "after step back to iteration " + i);
            assertArrayEquals(seen.get(i).batchRows(), back.batchRows());
        }
        Snapshot start = stepper.snapshot(false);
        assertEquals(initial, start.parameters());
        assertEquals(initial, stepper.liveParameters());
        assertTrue(start.atHistoryStart());
        assertFalse(stepper.back(Granularity.ITERATION));
    }

    @Test
    void stepBackAcrossEpochsRestoresTheShuffledOrderAndTheMetrics() {
        Stepper stepper = new Stepper(Labs.shuffled(0.3), History.DEFAULT_BUDGET_BYTES);
        List<Snapshot> epochEnds = new ArrayList<>();
        for (int e = 0; e < 5; e++) {
            assertTrue(stepper.forward(Granularity.EPOCH));
            Snapshot s = stepper.snapshot(false);
            // 10 rows in batches of 3: 4 iterations per epoch
            assertEquals(4L * (e + 1) - 1, s.iteration());
            assertEquals(e + 1, s.epoch());
            assertEquals(e + 1, s.epochMetrics().size());
            epochEnds.add(s);
        }
        // walk the next epoch phase by phase, then back epoch by epoch
        stepper.forward(Granularity.PHASE);
        for (int e = 4; e >= 0; e--) {
            assertTrue(stepper.back(Granularity.EPOCH));
            Snapshot s = stepper.snapshot(false);
            assertEquals(epochEnds.get(e).parameters(), s.parameters());
            assertArrayEquals(epochEnds.get(e).batchRows(), s.batchRows());
            assertEquals(epochEnds.get(e).epochMetrics(), s.epochMetrics());
            assertEquals(epochEnds.get(e).iterationLosses(), s.iterationLosses());
        }
        assertTrue(stepper.back(Granularity.EPOCH));
        assertTrue(stepper.snapshot(false).atHistoryStart());
    }

    @Test
    void stepBackAfterPlayIsExactThoughPlayKeepsOnlySomeCheckpoints() {
        Stepper stepper = new Stepper(Labs.shuffled(0.3), History.DEFAULT_BUDGET_BYTES);
        // an independent reference: a fresh session run iteration by iteration
        TrainingSession reference = Labs.shuffled(0.3).session();
        List<Parameters> after = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            reference.iterate(false);
            after.add(reference.network().parameters().copy());
        }
        for (int i = 0; i < 100; i++) {
            stepper.playIteration(i == 99);
        }
        assertTrue(stepper.history().size() < 20, "play keeps sparse checkpoints");
        assertEquals(after.get(99), stepper.snapshot(false).parameters());
        for (int i = 98; i >= 0; i--) {
            stepper.back(Granularity.ITERATION);
            assertEquals(after.get(i), stepper.snapshot(false).parameters(), "iteration " + (i + 1));
        }
    }

    @Test
    void aSmallBudgetDropsTheOldestCheckpointsAndSaysWhenHistoryStarts() {
        Stepper stepper = new Stepper(Labs.shuffled(0.3), 10_000);
        for (int i = 0; i < 200; i++) {
            stepper.forward(Granularity.ITERATION);
        }
        assertTrue(stepper.history().bytes() <= 10_000);
        long earliest = stepper.history().earliestIteration();
        assertTrue(earliest > 0);
        int backs = 0;
        while (stepper.back(Granularity.ITERATION)) {
            backs++;
        }
        Snapshot start = stepper.snapshot(false);
        assertTrue(start.atHistoryStart());
        assertEquals(earliest, start.iteration());
        // back by iterations to the end of iteration `earliest`, then once more to READY before it
        assertEquals(200 - earliest, backs);
    }

    @Test
    void divergenceStopsBeforeTheFailingIterationWithAMessage() {
        Stepper stepper = new Stepper(Labs.shuffled(1e100, "identity", "squared"), History.DEFAULT_BUDGET_BYTES);
        boolean ok = true;
        for (int i = 0; i < 50 && ok; i++) {
            ok = stepper.forward(Granularity.ITERATION);
        }
        assertFalse(ok);
        Snapshot s = stepper.snapshot(false);
        assertTrue(s.message().contains("diverged"), s.message());
        assertEquals(0, s.phase().step());
        assertEquals(null, s.parameters().firstNonFinite());
    }

    @Test
    void editingAWeightMidIterationRecomputesThePassAndStepBackUndoesIt() {
        Stepper stepper = new Stepper(Labs.lecture(), History.DEFAULT_BUDGET_BYTES);
        stepper.forward(Granularity.ITERATION);
        stepper.forward(Granularity.PASS);
        Snapshot before = stepper.snapshot(false);
        // z₂ = V·h: setting V₂ (unit 1 → output) to 0 removes h₂'s contribution
        stepper.editWeight(2, 1, 0, 0.0);
        Snapshot edited = stepper.snapshot(false);
        assertEquals(before.phase(), edited.phase());
        double[] v = before.parameters().weightsOf(1);
        double[] h = before.pass().layers().get(0).activation().toRowMajor();
        double z = v[0] * h[0] + v[2] * h[2];
        assertEquals(z, edited.pass().layers().get(1).preActivation().get(0, 0), 1e-12);
        // back to the end of iteration 1: the weights before the edit
        stepper.back(Granularity.ITERATION);
        assertEquals(before.parameters(), stepper.snapshot(false).parameters());
        assertEquals(v[1], stepper.snapshot(false).parameters().weightsOf(1)[1], 0.0);
    }
}
