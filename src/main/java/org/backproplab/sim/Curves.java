package org.backproplab.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The bounded series behind the loss chart: the batch loss of each iteration (oldest dropped
 * first beyond its limit) and the metrics after every epoch since the start (the older ones
 * summarised, {@link EpochHistory}), truncated when the user steps back.
 */
final class Curves {
    /** Buckets the older epochs are summarised in (about two per pixel column of a wide chart). */
    static final int EPOCH_BUCKETS = 512;
    private final int maxLosses;
    private final ArrayList<Double> losses = new ArrayList<>();
    private long firstLossIteration = 1;
    private final EpochHistory epochs;

    /**
     * @param maxLosses most iteration losses kept
     * @param maxEpochs newest epochs kept exactly (older ones are summarised)
     */
    Curves(int maxLosses, int maxEpochs) {
        this.maxLosses = maxLosses;
        this.epochs = new EpochHistory(maxEpochs, EPOCH_BUCKETS);
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
        epochs.truncate(lastEpoch);
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
     * @return the epoch metrics up to it, every epoch of a short run, the older ones of a long
     *         run summarised ({@link EpochHistory#upTo})
     */
    List<Snapshot.EpochMetrics> epochsUpTo(int lastEpoch) {
        return epochs.upTo(lastEpoch);
    }

    /** Forgets everything. */
    void clear() {
        losses.clear();
        epochs.clear();
        firstLossIteration = 1;
    }
}
