package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrainTestSplitTest {

    @Test
    void zeroTestFractionKeepsEveryRowInFileOrder() {
        TrainTestSplit s = TrainTestSplit.of(5, 0, 42);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, s.train());
        assertEquals(0, s.test().length);
    }

    @Test
    void testPartHasRoundedFractionOfRowsAndPartsCoverAllRowsOnce() {
        // 150 · 0.2 = 30; 10 · 0.25 = 2.5 rounds to 3; 7 · 0.1 = 0.7 rounds to 1
        int[][] cases = {{150, 30}, {10, 3}, {7, 1}};
        double[] fractions = {0.2, 0.25, 0.1};
        for (int c = 0; c < cases.length; c++) {
            TrainTestSplit s = TrainTestSplit.of(cases[c][0], fractions[c], 1);
            assertEquals(cases[c][1], s.test().length);
            assertEquals(cases[c][0] - cases[c][1], s.train().length);
            int[] all = IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.test())).sorted().toArray();
            assertArrayEquals(IntStream.range(0, cases[c][0]).toArray(), all);
        }
    }

    @Test
    void bothPartsKeepSourceOrder() {
        TrainTestSplit s = TrainTestSplit.of(100, 0.3, 9);
        for (int i = 1; i < s.train().length; i++) {
            assertTrue(s.train()[i - 1] < s.train()[i]);
        }
        for (int i = 1; i < s.test().length; i++) {
            assertTrue(s.test()[i - 1] < s.test()[i]);
        }
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        assertArrayEquals(TrainTestSplit.of(100, 0.3, 9).test(), TrainTestSplit.of(100, 0.3, 9).test());
        assertFalse(Arrays.equals(TrainTestSplit.of(100, 0.3, 9).test(), TrainTestSplit.of(100, 0.3, 10).test()));
    }

    @Test
    void heldOutRowsAreNotSimplyTheLastRows() {
        int[] test = TrainTestSplit.of(100, 0.2, 1).test();
        assertTrue(test[0] < 80, "a seeded shuffle picks rows from the whole file, found " + Arrays.toString(test));
    }
}
