package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How the phase strip writes its counters and the training speed. */
class PhaseIndicatorTest {

    @Test
    void speedsAreRoundedToTwoSignificantDigitsWithThousandsSeparators() {
        assertEquals("16,000", PhaseIndicator.roughCount(16_214.7));
        assertEquals("120,000", PhaseIndicator.roughCount(123_456));
        assertEquals("950", PhaseIndicator.roughCount(951.2));
        assertEquals("100", PhaseIndicator.roughCount(99.6));
        assertEquals("37", PhaseIndicator.roughCount(37.4));
        assertEquals("0", PhaseIndicator.roughCount(0.2));
    }

    @Test
    void theEpochIsTheOneTheShownBatchBelongsToAtEveryPhase() {
        // before the first forward pass and at the update of the first of 100 batches
        assertEquals("Iteration 1   Epoch 1   Batch 1 / 100", PhaseIndicator.counters(0, 0, 0, 100, false));
        assertEquals("Iteration 1   Epoch 1   Batch 1 / 100", PhaseIndicator.counters(0, 0, 0, 100, true));
        // the last batch of the first epoch: its update completes the epoch, which stays on show
        assertEquals("Iteration 100   Epoch 1   Batch 100 / 100", PhaseIndicator.counters(99, 0, 99, 100, false));
        assertEquals("Iteration 100   Epoch 1   Batch 100 / 100", PhaseIndicator.counters(99, 1, 99, 100, true));
        // iteration 150 is batch 50 of the second epoch, before and after its update
        assertEquals("Iteration 150   Epoch 2   Batch 50 / 100", PhaseIndicator.counters(149, 1, 49, 100, false));
        assertEquals("Iteration 150   Epoch 2   Batch 50 / 100", PhaseIndicator.counters(149, 1, 49, 100, true));
        // one batch per epoch (the lecture): epoch = iteration
        assertEquals("Iteration 3   Epoch 3   Batch 1 / 1", PhaseIndicator.counters(2, 2, 0, 1, false));
        assertEquals("Iteration 3   Epoch 3   Batch 1 / 1", PhaseIndicator.counters(2, 3, 0, 1, true));
    }

    @Test
    void theBatchsRowsAreNumberedFromOneWithTheirCountFirst() {
        assertEquals("row 50", PhaseIndicator.rows(new int[] {49}));
        assertEquals("3 rows: 1, 2, 3", PhaseIndicator.rows(new int[] {0, 1, 2}));
        assertEquals("10 rows: 74, 70, 78, 19, 1, …", PhaseIndicator.rows(new int[] {73, 69, 77, 18, 0, 5, 6, 7, 8, 9}));
    }
}
