package org.backproplab.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounded series behind the loss chart: the batch loss of each iteration and the metrics
 * after each epoch, oldest dropped first beyond their limits, truncated when the user steps back.
 */
final class Curves {
    private final int maxLosses;
    private final int maxEpochs;
    private final ArrayList<Double> losses = new ArrayList<>();
    private long firstLossIteration = 1;
    private final ArrayList<Snapshot.EpochMetrics> epochs = new ArrayList<>();

    /**
     * @param maxLosses most iteration losses kept
     * @param maxEpochs most epoch metrics kept
     */
    Curves(int maxLosses, int maxEpochs) {
        this.maxLosses = maxLosses;
        this.maxEpochs = maxEpochs;
    }

    /**
     * @param iteration 1-based iteration, the one after the last recorded
     * @param loss      its batch loss
     */
    void addLoss(long iteration, double loss) {
        if (iteration != firstLossIteration + losses.size()) {
            truncateLosses(iteration - 1);
            if (losses.isEmpty()) {
                firstLossIteration = iteration;
            }
        }
        losses.add(loss);
        if (losses.size() > maxLosses + maxLosses / 4) {
            int drop = losses.size() - maxLosses;
            losses.subList(0, drop).clear();
            firstLossIteration += drop;
        }
    }

    /** @param m metrics after an epoch, the one after the last recorded */
    void addEpoch(Snapshot.EpochMetrics m) {
        truncateEpochs(m.epoch() - 1);
        epochs.add(m);
        if (epochs.size() > maxEpochs + maxEpochs / 4) {
            epochs.subList(0, epochs.size() - maxEpochs).clear();
        }
    }

    /** @param lastIteration keep losses of iterations up to this one */
    void truncateLosses(long lastIteration) {
        long keep = Math.max(0, lastIteration - firstLossIteration + 1);
        if (keep < losses.size()) {
            losses.subList((int) keep, losses.size()).clear();
        }
        if (losses.isEmpty()) {
            firstLossIteration = Math.max(1, lastIteration + 1);
        }
    }

    /** @param lastEpoch keep metrics of epochs up to this one */
    void truncateEpochs(int lastEpoch) {
        while (!epochs.isEmpty() && epochs.get(epochs.size() - 1).epoch() > lastEpoch) {
            epochs.remove(epochs.size() - 1);
        }
    }

    /**
     * @param lastIteration newest iteration to include
     * @return the losses up to it (a view; the snapshot copies it)
     */
    List<Double> lossesUpTo(long lastIteration) {
        long n = Math.max(0, Math.min(losses.size(), lastIteration - firstLossIteration + 1));
        return losses.subList(0, (int) n);
    }

    /** @return the iteration of the first kept loss */
    long firstLossIteration() {
        return firstLossIteration;
    }

    /**
     * @param lastEpoch newest epoch to include
     * @return the epoch metrics up to it
     */
    List<Snapshot.EpochMetrics> epochsUpTo(int lastEpoch) {
        int n = epochs.size();
        while (n > 0 && epochs.get(n - 1).epoch() > lastEpoch) {
            n--;
        }
        return epochs.subList(0, n);
    }

    /** Forgets everything. */
    void clear() {
        losses.clear();
        epochs.clear();
        firstLossIteration = 1;
    }
}
