package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Play, pause and the published snapshots of the background thread. */
class TrainingRunThreadTest {

    /**
     * Waits, one published snapshot at a time, until the running thread has completed that many
     * iterations: each {@link TrainingRun#flush()} is answered by the thread's next publication.
     */
    private static Snapshot awaitIteration(TrainingRun run, long iterations) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Snapshot s = run.flush().get(20, TimeUnit.SECONDS);
        while (s.iteration() < iterations) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("still at iteration " + s.iteration() + " of " + iterations);
            }
            s = run.flush().get(20, TimeUnit.SECONDS);
        }
        return s;
    }

    @Test
    void playThenPauseLeavesAConsistentSnapshot() throws Exception {
        try (TrainingRun run = new TrainingRun(Labs.shuffled(0.3))) {
            run.setSpeed(TrainingRun.FLAT_OUT);
            run.play();
            awaitIteration(run, 300);
            run.pause();
            Snapshot s = run.flush().get(10, TimeUnit.SECONDS);
            assertFalse(s.running());
            assertTrue(s.phase().updated());
            assertNotNull(s.pass());
            long done = s.iteration() + 1;
            assertTrue(done >= 300);
            // the same number of iterations in an independent session gives the same weights
            TrainingSession reference = Labs.shuffled(0.3).session();
            for (long i = 0; i < done; i++) {
                reference.iterate(false);
            }
            assertEquals(reference.network().parameters(), s.parameters());
            assertEquals(reference.lastLoss(), s.pass().loss(), 0.0);
            assertEquals(s.pass().loss(), s.iterationLosses().get(s.iterationLosses().size() - 1), 0.0);
            assertEquals(done, s.firstLossIteration() + s.iterationLosses().size() - 1);
            assertEquals(reference.epoch(), s.epoch());
            assertEquals(s.epoch(), s.epochMetrics().size());
            // nothing moves once paused: the thread answers a later command from the same place
            assertSame(s, run.latest());
            Snapshot later = run.flush().get(10, TimeUnit.SECONDS);
            assertFalse(later.running());
            assertEquals(s.iteration(), later.iteration());
            assertEquals(s.phase(), later.phase());
            assertEquals(s.parameters(), later.parameters());
        }
    }

    @Test
    void flatOutPlayOnAShareOfTheProcessorTrainsTheSameWeightsAndStillObeysCommands() throws Exception {
        try (TrainingRun run = new TrainingRun(Labs.shuffled(0.3))) {
            run.setFlatOutShare(0.1);
            assertEquals(0.1, run.flatOutShare());
            run.setSpeed(TrainingRun.FLAT_OUT);
            run.play();
            awaitIteration(run, 300);
            assertTrue(run.latest().running());
            run.pause();
            Snapshot s = run.flush().get(10, TimeUnit.SECONDS);
            assertFalse(s.running());
            long done = s.iteration() + 1;
            assertTrue(done >= 300);
            TrainingSession reference = Labs.shuffled(0.3).session();
            for (long i = 0; i < done; i++) {
                reference.iterate(false);
            }
            assertEquals(reference.network().parameters(), s.parameters());
        }
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        try (TrainingRun run = new TrainingRun(Labs.shuffled(0.3))) {
            assertThrows(IllegalArgumentException.class, () -> run.setFlatOutShare(0));
            assertThrows(IllegalArgumentException.class, () -> run.setFlatOutShare(1.5));
            assertThrows(IllegalArgumentException.class, () -> run.setFlatOutShare(Double.NaN));
            assertEquals(1.0, run.flatOutShare());
        }
    }

    @Test
    void playAtAFixedSpeedPublishesCompletedIterations() throws Exception {
        try (TrainingRun run = new TrainingRun(Labs.shuffled(0.3))) {
            run.setSpeed(200);
            run.play();
            awaitIteration(run, 5);
            Snapshot playing = run.latest();
            assertTrue(playing.running());
            assertTrue(playing.phase().updated());
            run.stepBack(Granularity.ITERATION);
            Snapshot back = run.flush().get(10, TimeUnit.SECONDS);
            assertFalse(back.running());
        }
    }

    @Test
    void resetReplaysTheSameStartingWeightsAndReinitialiseChangesThem() throws Exception {
        try (TrainingRun run = new TrainingRun(Labs.shuffled(0.3))) {
            Snapshot start = run.latest();
            run.stepForward(Granularity.EPOCH);
            run.reset();
            Snapshot reset = run.flush().get(10, TimeUnit.SECONDS);
            assertEquals(start.parameters(), reset.parameters());
            assertEquals(0, reset.iteration());
            assertEquals("Reset to the starting weights, before iteration 1 (Step Back returns)", reset.message());
            assertFalse(reset.atHistoryStart(), "Step Back returns to where Reset left");
            run.reinitialise(99);
            Snapshot fresh = run.flush().get(10, TimeUnit.SECONDS);
            assertFalse(start.parameters().equals(fresh.parameters()));
            run.stepForward(Granularity.ITERATION);
            run.reset();
            assertEquals(fresh.parameters(), run.flush().get(10, TimeUnit.SECONDS).parameters());
            // Step Back undoes that Reset (after one iteration), then the Re-initialise, then the first Reset
            run.stepBack(Granularity.ITERATION);
            Snapshot beforeReset = run.flush().get(10, TimeUnit.SECONDS);
            assertEquals(0, beforeReset.iteration());
            assertTrue(beforeReset.phase().updated());
            run.stepBack(Granularity.ITERATION);
            assertEquals(fresh.parameters(), run.flush().get(10, TimeUnit.SECONDS).parameters());
            run.stepBack(Granularity.ITERATION);
            Snapshot beforeReinit = run.flush().get(10, TimeUnit.SECONDS);
            assertEquals(start.parameters(), beforeReinit.parameters());
            run.stepBack(Granularity.ITERATION);
            Snapshot epochDone = run.flush().get(10, TimeUnit.SECONDS);
            assertEquals(3, epochDone.iteration(), "the epoch stepped before the first Reset (4 iterations)");
        }
    }
}
