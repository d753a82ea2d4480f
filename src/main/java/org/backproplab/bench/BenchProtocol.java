package org.backproplab.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The timing protocol of BENCHMARKS.md for one workload: train the check epochs and report loss
 * and accuracy (which also warms up the JIT), keep training for a warm-up period (and until the
 * JIT has finished compiling), then time five
 * runs of K epochs, K sized so that a run lasts about the run duration (at most the workload's
 * cap, scaled the same way). Single-threaded.
 */
public final class BenchProtocol {
    /** Number of timed runs. */
    public static final int TIMED_RUNS = 5;

    private BenchProtocol() {
    }

    /**
     * Runs the protocol.
     *
     * @param workload the workload
     * @param seconds  scale of the warm-up and of each timed run (1 = the protocol's one second)
     * @return the figures
     */
    public static Result run(Workload workload, double seconds) {
        BenchData data = workload.loadData();
        WorkloadTrainer trainer = new WorkloadTrainer(workload, data);
        trainer.trainEpochs(workload.checkEpochs());
        WorkloadTrainer.CheckResult check = trainer.evaluate();

        // Warm-up: keep training for `seconds`, one epoch at a time, and on until the JIT
        // compiler has been idle for a quarter of that (the vectorised kernels run orders of
        // magnitude slower before their final compilation, which a loaded machine can delay),
        // at most ten times as long. The epoch rate is learnt from the last quarter.
        long warmUpNanos = (long) (seconds * 1e9);
        long quietNanos = warmUpNanos / 4;
        long start = System.nanoTime();
        JitWatch jit = new JitWatch(start);
        long quiet;
        long quietEpochs = 0;
        long now;
        while (true) {
            trainer.trainEpochs(1);
            now = System.nanoTime();
            quiet = jit.quietNanos(now);
            quietEpochs = quiet == 0 ? 0 : quietEpochs + 1;
            boolean settled = now - start >= warmUpNanos && quiet >= quietNanos;
            if (settled || now - start >= 10 * warmUpNanos) {
                break;
            }
        }
        double epochRate = Math.max(1, quietEpochs) / (Math.max(1, quiet) / 1e9);

        // K = min(rate · S, cap · S), at least one epoch
        long cap = Math.max(1, Math.round(workload.maxTimedEpochs() * seconds));
        long epochsPerRun = Math.max(1, Math.min(cap, Math.round(epochRate * seconds)));
        double[] epochsPerSecond = new double[TIMED_RUNS];
        for (int run = 0; run < TIMED_RUNS; run++) {
            long t0 = System.nanoTime();
            trainer.trainEpochs(epochsPerRun);
            long t1 = System.nanoTime();
            epochsPerSecond[run] = epochsPerRun / ((t1 - t0) / 1e9);
        }
        Arrays.sort(epochsPerSecond);
        return new Result(workload, data.rows(), check, epochsPerRun, epochsPerSecond);
    }

    /**
     * One workload's figures.
     *
     * @param workload        the workload
     * @param samplesPerEpoch training rows
     * @param check           loss and accuracy after the check epochs
     * @param epochsPerRun    K, epochs per timed run
     * @param epochsPerSecond the timed runs' rates, ascending
     */
    public record Result(Workload workload, int samplesPerEpoch, WorkloadTrainer.CheckResult check,
                         long epochsPerRun, double[] epochsPerSecond) {

        /** Copies the rates. */
        public Result {
            epochsPerSecond = epochsPerSecond.clone();
        }

        /** @return the median epochs per second of the timed runs */
        public double medianEpochsPerSecond() {
            return epochsPerSecond[epochsPerSecond.length / 2];
        }

        /**
         * The bench line: median samples/s and epochs/s, the check, and the slowest and fastest
         * run in the workload's throughput unit (epochs/s for W1, samples/s for W2 and W3).
         *
         * @return e.g. {@code workload=W1 samples_per_s=… epochs_per_s=… check_epochs=2000 loss=… accuracy=… min=… max=…}
         */
        public String line() {
            double unit = workload.reportsEpochs() ? 1 : samplesPerEpoch;
            double median = medianEpochsPerSecond();
            return String.format(Locale.ROOT,
                    "workload=%s samples_per_s=%.0f epochs_per_s=%.1f check_epochs=%d loss=%.6f accuracy=%.6f min=%.0f max=%.0f",
                    workload.name(), median * samplesPerEpoch, median, check.epochs(), check.loss(), check.accuracy(),
                    epochsPerSecond[0] * unit, epochsPerSecond[epochsPerSecond.length - 1] * unit);
        }
    }
}
