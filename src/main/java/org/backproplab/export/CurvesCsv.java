package org.backproplab.export;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backproplab.sim.Metrics;
import org.backproplab.sim.Snapshot;

/**
 * The loss and accuracy curves of a run as CSV:
 * {@code iteration,batch_loss,epoch,train_loss,train_accuracy,test_loss,test_accuracy}, one row
 * per iteration whose batch loss is kept, and the epoch columns filled on the row of the
 * iteration that ended each epoch (the same numbers as {@code train}'s rows). Empty cells where a
 * value does not apply or was not kept; numbers as {@link Double#toString}.
 */
public final class CurvesCsv {
    /** The header line. */
    public static final String HEADER = "iteration,batch_loss,epoch,train_loss,train_accuracy,test_loss,test_accuracy";

    private CurvesCsv() {
    }

    /**
     * @param s a snapshot of the run
     * @return the CSV text
     */
    public static String of(Snapshot s) {
        Map<Long, String[]> rows = new TreeMap<>();
        List<Double> losses = s.iterationLosses();
        for (int i = 0; i < losses.size(); i++) {
            row(rows, s.firstLossIteration() + i)[1] = cell(losses.get(i));
        }
        for (Snapshot.EpochMetrics e : s.epochMetrics()) {
            String[] r = row(rows, (long) e.epoch() * s.iterationsPerEpoch());
            Metrics train = e.train();
            Metrics test = e.test();
            r[2] = Integer.toString(e.epoch());
            r[3] = cell(train.loss());
            r[4] = cell(train.accuracy());
            r[5] = cell(test.loss());
            r[6] = cell(test.accuracy());
        }
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (String[] r : rows.values()) {
            sb.append(String.join(",", r)).append('\n');
        }
        return sb.toString();
    }

    private static String[] row(Map<Long, String[]> rows, long iteration) {
        return rows.computeIfAbsent(iteration, it -> {
            String[] r = {Long.toString(it), "", "", "", "", "", ""};
            return r;
        });
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
