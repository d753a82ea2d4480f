package org.backproplab.data;

import java.util.Arrays;
import org.backproplab.engine.SplitMix64;

/**
 * A seeded train/test split of n rows. The row indices 0 … n−1 are shuffled by
 * {@link SplitMix64#shuffleInPlace} with a generator seeded by {@code seed}; the first
 * round(n · testFraction) indices of that order form the test set and the rest the training
 * set. Both parts are then sorted, so rows keep their order in the source (the split decides
 * membership only; the visiting order during training is the training settings' business).
 * With testFraction 0 nothing is drawn and every row is a training row.
 *
 * @param train row indices of the training set, ascending
 * @param test  row indices of the test set, ascending
 */
public record TrainTestSplit(int[] train, int[] test) {

    /**
     * @param rows         n
     * @param testFraction fraction held out, in [0, 1)
     * @param seed         seed of the shuffle
     * @return the split
     */
    public static TrainTestSplit of(int rows, double testFraction, long seed) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        if (testFraction <= 0) {
            return new TrainTestSplit(order, new int[0]);
        }
        new SplitMix64(seed).shuffleInPlace(order);
        int testRows = (int) Math.round(rows * testFraction);
        int[] test = Arrays.copyOfRange(order, 0, testRows);
        int[] train = Arrays.copyOfRange(order, testRows, rows);
        Arrays.sort(test);
        Arrays.sort(train);
        return new TrainTestSplit(train, test);
    }
}
