package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * A published snapshot never changes: not when the training thread goes on (stepping, editing
 * weights, restoring checkpoints), not when a reader writes into what its accessors return, and
 * not while another thread is reading it.
 */
class SnapshotImmutabilityTest {

    private static LabRun iris() {
        return LabRun.start(LabReader.read(Path.of("assets/lessons/iris-softmax-mlp.lab.json")));
    }

    /** Every number a view can read from a snapshot, captured into fresh arrays. */
    private record Frozen(double[][] weights, double[][] biases, List<Matrix> pass, int[] batchRows,
                          List<Double> losses, long iteration, int epoch) {
        static Frozen of(Snapshot s) {
            Parameters p = s.parameters();
            int layers = s.architecture().layerCount();
            double[][] w = new double[layers][];
            double[][] b = new double[layers][];
            for (int l = 0; l < layers; l++) {
                w[l] = p.weightsOf(l).clone();
                b[l] = p.biasesOf(l) == null ? null : p.biasesOf(l).clone();
            }
            List<Matrix> pass = new ArrayList<>();
            if (s.pass() != null) {
                s.pass().layers().forEach(t -> pass.addAll(List.of(t.preActivation(), t.activation(),
                        t.dLossDActivation(), t.dLossDPreActivation(), t.dLossDWeights())));
                pass.add(s.pass().dLossDInput());
            }
            return new Frozen(w, b, pass, s.batchRows(), new ArrayList<>(s.iterationLosses()), s.iteration(),
                    s.epoch());
        }

        /** Compares value by value, reading through the snapshot's accessors afresh. */
        boolean matches(Snapshot s) {
            for (int l = 0; l < weights.length; l++) {
                int units = s.architecture().unitsOf(l);
                for (int k = 0; k < weights[l].length; k++) {
                    if (Double.doubleToRawLongBits(s.weight(l, k / units, k % units))
                            != Double.doubleToRawLongBits(weights[l][k])) {
                        return false;
                    }
                }
                if (biases[l] != null) {
                    for (int u = 0; u < biases[l].length; u++) {
                        if (Double.doubleToRawLongBits(s.bias(l, u)) != Double.doubleToRawLongBits(biases[l][u])) {
                            return false;
                        }
                    }
                }
            }
            return Frozen.of(s).equalsValues(this);
        }

        private boolean equalsValues(Frozen o) {
            return java.util.Arrays.deepEquals(weights, o.weights) && java.util.Arrays.deepEquals(biases, o.biases)
                    && pass.equals(o.pass) && java.util.Arrays.equals(batchRows, o.batchRows)
                    && losses.equals(o.losses) && iteration == o.iteration && epoch == o.epoch;
        }
    }

    @Test
    void midIterationSnapshotOwnsItsParametersWhileTheRunMovesOnAndAViewThreadReadsIt() throws Exception {
        // given a snapshot in the middle of iteration 6 (it shows the parameters of the checkpoint)
        Stepper stepper = new Stepper(iris(), History.DEFAULT_BUDGET_BYTES);
        for (int i = 0; i < 5; i++) {
            stepper.forward(Granularity.ITERATION);
        }
        stepper.forward(Granularity.PHASE);
        stepper.forward(Granularity.PHASE);
        Snapshot shown = stepper.snapshot(false);
        Frozen expected = Frozen.of(shown);
        assertTrue(shown.pass() != null && !shown.phase().updated());

        // when a view thread reads it over and over while the training side changes everything it can
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong reads = new AtomicLong();
        AtomicLong mismatches = new AtomicLong();
        CountDownLatch readerStarted = new CountDownLatch(1);
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            readerStarted.countDown();
            while (!done.get() || reads.get() == 0) {
                if (!expected.matches(shown)) {
                    mismatches.incrementAndGet();
                }
                reads.incrementAndGet();
            }
        });
        assertTrue(readerStarted.await(10, TimeUnit.SECONDS));
        int liveChanges = 0;
        for (int round = 0; round < 200; round++) {
            stepper.liveParameters().weightsOf(0)[round % 16] += 1.0;
            stepper.editWeight(1, 0, 0, round);
            liveChanges += stepper.snapshot(false).weight(0, 0, 0) == round ? 1 : 0;
            stepper.editBias(2, 1, -round);
            stepper.forward(Granularity.PHASE);
            stepper.forward(Granularity.ITERATION);
            stepper.back(Granularity.PHASE);
            stepper.back(Granularity.ITERATION);
        }
        done.set(true);
        reader.get(60, TimeUnit.SECONDS);

        // then the snapshot never changed
        assertTrue(reads.get() > 0);
        assertEquals(0, mismatches.get(), "reads that saw a changed snapshot out of " + reads.get());
        assertTrue(expected.matches(shown));
        assertEquals(200, liveChanges, "the live run did change under the snapshot");
        assertNotEquals(expected.weights()[0][0], 199.0);
    }

    @Test
    void writingIntoWhatTheAccessorsReturnChangesNeitherTheSnapshotNorTheRun() {
        // given a mid-iteration snapshot and the state Step Back will return to
        Stepper stepper = new Stepper(iris(), History.DEFAULT_BUDGET_BYTES);
        stepper.forward(Granularity.ITERATION);
        Snapshot before = stepper.snapshot(false);
        stepper.forward(Granularity.PHASE);
        Snapshot mid = stepper.snapshot(false);
        Frozen expected = Frozen.of(mid);

        // when a careless view writes into the arrays it was handed
        mid.parameters().weightsOf(0)[0] = 1e9;
        if (mid.parameters().biasesOf(1) != null) {
            mid.parameters().biasesOf(1)[0] = -1e9;
        }
        mid.batchRows()[0] = -1;

        // then the snapshot, the run's checkpoint and the step back are untouched
        assertTrue(expected.matches(mid));
        assertEquals(before.parameters(), mid.parameters());
        stepper.back(Granularity.PHASE);
        assertEquals(before.parameters(), stepper.snapshot(false).parameters());
        assertEquals(before.parameters(), stepper.liveParameters());
    }

    @Test
    void snapshotsPublishedWhilePlayingFlatOutStayAsTheyWereRead() throws Exception {
        // given a run playing flat out on its own thread
        try (TrainingRun run = new TrainingRun(iris())) {
            run.setSpeed(TrainingRun.FLAT_OUT);
            run.play();
            Snapshot first = run.flush().get(30, TimeUnit.SECONDS);
            // when the test (as a view) keeps a few published snapshots while training goes on
            List<Snapshot> kept = new ArrayList<>();
            List<Frozen> frozen = new ArrayList<>();
            Snapshot last = first;
            // (Play stops at the lab's epoch count: the loops end there too)
            boolean playing = true;
            while (kept.size() < 20 && playing) {
                // each flush completes with the next snapshot the playing thread publishes
                Snapshot s = run.flush().get(30, TimeUnit.SECONDS);
                playing = s.running();
                if (s.iteration() > last.iteration()) {
                    kept.add(s);
                    frozen.add(Frozen.of(s));
                    last = s;
                }
            }
            Snapshot later = run.flush().get(30, TimeUnit.SECONDS);
            while (later.iteration() < last.iteration() + 100 && later.running()) {
                later = run.flush().get(30, TimeUnit.SECONDS);
            }
            run.pause();
            assertTrue(kept.size() >= 2, "only " + kept.size() + " snapshots were published while playing");
            // then each still holds exactly what it held when it was read
            for (int i = 0; i < kept.size(); i++) {
                assertTrue(frozen.get(i).matches(kept.get(i)), "snapshot " + i + " changed");
            }
            assertArrayEquals(frozen.get(0).batchRows(), kept.get(0).batchRows());
        }
    }
}
