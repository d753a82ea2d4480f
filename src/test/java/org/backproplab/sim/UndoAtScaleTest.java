package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * Step Back and replay are exact at scale on the Iris lesson (120 training rows shuffled every
 * epoch, batches of 10, momentum): 10,000 iterations forward and 10,000 back return to the very
 * first state, Reset and replay reach the same parameters bit for bit, and phase steps go back
 * and forth across epoch boundaries. The reference is a plain {@link TrainingSession} iterated
 * on its own, without stepping or history.
 */
class UndoAtScaleTest {
    private static final int ITERATIONS = 10_000;

    private static LabFile irisLab() {
        return LabReader.read(Path.of("assets/lessons/iris-softmax-mlp.lab.json"));
    }

    /** Parameters, velocities, visiting order, generator and counters equal bit for bit. */
    private static void assertSameState(TrainingSession.Checkpoint expected, TrainingSession.Checkpoint actual,
                                        String where) {
        assertEquals(expected.parameters(), actual.parameters(), where + ": parameters");
        int layers = expected.parameters().architecture().layerCount();
        for (int slot = 0; slot < 2 * layers; slot++) {
            assertArrayEquals(expected.optimizer().velocity(slot), actual.optimizer().velocity(slot),
                    where + ": velocity slot " + slot);
        }
        assertEquals(expected.optimizer().learningRate(), actual.optimizer().learningRate(), 0.0, where);
        assertEquals(expected.optimizer().momentum(), actual.optimizer().momentum(), 0.0, where);
        assertArrayEquals(expected.order(), actual.order(), where + ": data order");
        assertEquals(expected.rngState(), actual.rngState(), where + ": shuffling generator");
        assertEquals(expected.iteration(), actual.iteration(), where + ": iteration");
        assertEquals(expected.epoch(), actual.epoch(), where + ": epoch");
        assertEquals(expected.cursor(), actual.cursor(), where + ": cursor");
    }

    /** @return the state of an independent session after {@code n} iterations */
    private static TrainingSession.Checkpoint reference(LabRun run, int n) {
        TrainingSession plain = LabRun.newSession(run.lab(), run.data());
        for (int i = 0; i < n; i++) {
            plain.iterate(false);
        }
        return plain.checkpoint();
    }

    @Test
    void tenThousandIterationsThenTenThousandStepBacksRestoreTheFirstStateBitForBit() {
        // given the Iris lesson stepped 10,000 iterations (833 shuffled epochs)
        LabRun run = LabRun.start(irisLab());
        Stepper stepper = new Stepper(run, History.DEFAULT_BUDGET_BYTES);
        TrainingSession.Checkpoint initial = stepper.liveState();
        TrainingSession.Checkpoint afterAll = reference(run, ITERATIONS);
        for (int i = 0; i < ITERATIONS; i++) {
            assertTrue(stepper.forward(Granularity.ITERATION));
        }
        assertSameState(afterAll, stepper.liveState(), "after 10,000 steps");
        assertNotEquals(initial.parameters(), stepper.liveState().parameters());

        // when stepping back 10,000 times
        for (int i = 0; i < ITERATIONS; i++) {
            assertTrue(stepper.back(Granularity.ITERATION), "step back " + (i + 1));
        }

        // then parameters, optimiser state and data order are the first ones, and history ends there
        assertSameState(initial, stepper.liveState(), "after 10,000 step backs");
        assertEquals(initial.parameters(), stepper.snapshot(false).parameters());
        assertTrue(stepper.snapshot(false).atHistoryStart());
        assertFalse(stepper.back(Granularity.ITERATION));

        // and stepping forward again replays to the same parameters at iteration 10,000
        for (int i = 0; i < ITERATIONS; i++) {
            assertTrue(stepper.forward(Granularity.ITERATION));
        }
        assertSameState(afterAll, stepper.liveState(), "after replaying 10,000 steps");
    }

    @Test
    void tenThousandPlayedIterationsStepBackThroughTheSparseHistoryToTheStart() {
        // given 10,000 iterations as Play runs them (one checkpoint kept in PLAY_STRIDE)
        LabRun run = LabRun.start(irisLab());
        Stepper stepper = new Stepper(run, History.DEFAULT_BUDGET_BYTES);
        TrainingSession.Checkpoint initial = stepper.liveState();
        List<Parameters> every100 = new ArrayList<>();
        for (int i = 0; i < ITERATIONS; i++) {
            if (i % 100 == 0) {
                every100.add(stepper.snapshot(false).parameters());
            }
            assertTrue(stepper.playIteration(false));
        }
        assertSameState(reference(run, ITERATIONS), stepper.liveState(), "after playing 10,000");

        // when stepping back 10,000 times (each rebuilt by replaying from the nearest checkpoint)
        for (int i = ITERATIONS - 1; i >= 0; i--) {
            assertTrue(stepper.back(Granularity.ITERATION));
            if (i % 100 == 0) {
                Snapshot s = stepper.snapshot(false);
                assertEquals(every100.get(i / 100), s.parameters(), "back at iteration " + i);
            }
        }

        // then the first state is back bit for bit
        assertSameState(initial, stepper.liveState(), "after 10,000 step backs from play");
    }

    @Test
    void resetThenReplayGivesBitIdenticalParametersAtIterationTenThousand() throws Exception {
        // given a training run (its own thread) stepped 10,000 iterations
        LabRun run = LabRun.start(irisLab());
        Parameters expected = reference(run, ITERATIONS).parameters();
        try (TrainingRun training = new TrainingRun(run)) {
            for (int i = 0; i < ITERATIONS; i++) {
                training.stepForward(Granularity.ITERATION);
            }
            Snapshot first = training.flush().get(120, TimeUnit.SECONDS);
            assertEquals(ITERATIONS - 1, first.iteration());
            assertEquals(expected, first.parameters());

            // when Reset, then the same 10,000 steps again
            training.reset();
            Snapshot reset = training.flush().get(60, TimeUnit.SECONDS);
            assertEquals(0, reset.iteration());
            assertEquals(run.lab().initialParameters(), reset.parameters());
            for (int i = 0; i < ITERATIONS; i++) {
                training.stepForward(Granularity.ITERATION);
            }
            Snapshot replay = training.flush().get(120, TimeUnit.SECONDS);

            // then the parameters at iteration 10,000 are bit for bit those of the first run
            assertEquals(ITERATIONS - 1, replay.iteration());
            assertEquals(expected, replay.parameters());
        }
    }

    @Test
    void phaseStepsGoBackAndForthAcrossEpochBoundariesExactly() {
        // given the Iris lesson (12 iterations per epoch) at the end of epochs 1, 2 and 417
        LabRun run = LabRun.start(irisLab());
        Stepper stepper = new Stepper(run, History.DEFAULT_BUDGET_BYTES);
        int perEpoch = run.session().iterationsPerEpoch();
        assertEquals(12, perEpoch);
        int layers = run.lab().architecture().layerCount();
        int phasesPerIteration = 2 * layers + 2;
        for (long endOfEpoch : new long[] {perEpoch, 2L * perEpoch, 417L * perEpoch}) {
            while (stepper.snapshot(false).iteration() + 1 < endOfEpoch - 1 || !stepper.snapshot(false).phase().updated()) {
                assertTrue(stepper.forward(Granularity.ITERATION));
            }
            // one iteration before the boundary, then phase by phase across it into the next epoch
            List<Snapshot> forward = new ArrayList<>();
            forward.add(stepper.snapshot(false));
            for (int p = 0; p < 3 * phasesPerIteration; p++) {
                assertTrue(stepper.forward(Granularity.PHASE));
                forward.add(stepper.snapshot(false));
            }
            assertTrue(forward.get(0).epoch() < forward.get(forward.size() - 1).epoch(), "crossed an epoch boundary");
            // when stepping back phase by phase to the start, and forward again
            for (int p = forward.size() - 2; p >= 0; p--) {
                assertTrue(stepper.back(Granularity.PHASE));
                assertSamePosition(forward.get(p), stepper.snapshot(false), "back to phase " + p);
            }
            for (int p = 1; p < forward.size(); p++) {
                assertTrue(stepper.forward(Granularity.PHASE));
                assertSamePosition(forward.get(p), stepper.snapshot(false), "forward again to phase " + p);
            }
        }
        // then the run is where an independent session is after the same iterations
        Snapshot end = stepper.snapshot(false);
        assertTrue(end.phase().updated());
        assertEquals(reference(run, (int) end.iteration() + 1).parameters(), stepper.liveParameters());
    }

    /** The same position, parameters, pass, batch and epoch, bit for bit. */
    private static void assertSamePosition(Snapshot expected, Snapshot actual, String where) {
        assertEquals(expected.iteration(), actual.iteration(), where);
        assertEquals(expected.phase(), actual.phase(), where);
        assertEquals(expected.epoch(), actual.epoch(), where);
        assertEquals(expected.batchIndex(), actual.batchIndex(), where);
        assertArrayEquals(expected.batchRows(), actual.batchRows(), where);
        assertEquals(expected.parameters(), actual.parameters(), where);
        // compared as a boolean: a failing Pass would print thousands of numbers
        assertTrue(java.util.Objects.equals(expected.pass(), actual.pass()), where + ": the pass differs");
        assertEquals(expected.epochMetrics(), actual.epochMetrics(), where);
    }
}
