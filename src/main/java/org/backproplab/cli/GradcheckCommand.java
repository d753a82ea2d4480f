package org.backproplab.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.backproplab.data.Dataset;
import org.backproplab.engine.GradientCheck;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Network;
import org.backproplab.input.Limits;
import org.backproplab.io.LabFile;
import org.backproplab.sim.LabRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code gradcheck LAB}: compares analytic and central-difference gradients of every
 * parameter on the lab's first batch and prints the largest relative error; exit 1 above 1e-5.
 * When comparing every parameter would take more than the command line's work limit, it compares
 * a seeded random sample and says so ({@code parameters=214 sampled_from=2410}); a check that
 * runs longer than a second reports its progress on stderr.
 */
@Command(name = "gradcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Compare analytic and central-difference gradients on the lab's first batch;"
                + " exit 1 when the largest relative error exceeds 1e-5.")
final class GradcheckCommand implements Callable<Integer> {
    /** Largest relative error that passes. */
    static final double TOLERANCE = 1e-5;
    /** Loss evaluations per compared parameter (±ε and ±2ε). */
    static final int LOSSES_PER_PARAMETER = 4;
    /** Seconds after which progress is reported on stderr. */
    static final double QUIET_SECONDS = 1;

    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "LAB", description = "the lab file (backprop-lab/1 JSON)")
    private String lab;

    private final long start;

    /**
     * @param out   where the result goes
     * @param err   where progress goes
     * @param start {@link System#nanoTime()} at the program's start
     */
    GradcheckCommand(PrintStream out, PrintStream err, long start) {
        this.out = out;
        this.err = err;
        this.start = start;
    }

    @Override
    public Integer call() {
        LabFile labFile = LabFiles.read(lab);
        LabRun run = LabFiles.start(labFile);
        Dataset train = run.data().train();
        int rows = labFile.training().effectiveBatchSize(train.rows());
        double perLoss = CommandBudget.checkGradientBatch(labFile, rows);
        int[] batch = run.session().nextBatchRows();
        double[][] x = new double[rows][train.inputSize()];
        double[][] t = new double[rows][train.outputSize()];
        for (int r = 0; r < rows; r++) {
            train.copyInputs(batch[r], x[r], 0);
            train.copyTargets(batch[r], t[r], 0);
        }
        Network net = run.session().network();
        int total = labFile.architecture().parameterCount();
        int maxChecked = (int) Math.max(1, Math.min(total, Limits.MAX_COMMAND_WORK / (LOSSES_PER_PARAMETER * perLoss)));
        GradientCheck.Result res = GradientCheck.check(net, Matrix.of(x), Matrix.of(t), labFile.training().l2(),
                maxChecked, new ProgressLine(err, start));
        boolean ok = res.maxRelativeError() <= TOLERANCE;
        String sampled = res.parametersChecked() < total ? " sampled_from=" + total : "";
        out.println("parameters=" + res.parametersChecked() + sampled + " max_relative_error=" + res.maxRelativeError()
                + " at=" + res.worstParameter() + " analytic=" + res.analytic() + " numeric=" + res.numeric()
                + " " + (ok ? "PASS" : "FAIL") + " (tolerance " + TOLERANCE + ")");
        return ok ? 0 : 1;
    }

    /**
     * Prints {@code gradcheck: 120 of 500 parameters compared} once a second, after the first
     * second of the program, and stops the check after {@link Limits#MAX_GRADCHECK_SECONDS}.
     */
    private static final class ProgressLine implements GradientCheck.Progress {
        private final PrintStream err;
        private final long start;
        private long nextReport;

        ProgressLine(PrintStream err, long start) {
            this.err = err;
            this.start = start;
            this.nextReport = start + (long) (QUIET_SECONDS * 1e9);
        }

        @Override
        public boolean checked(int checked, int total) {
            long now = System.nanoTime();
            if (now >= nextReport && checked < total) {
                err.println("gradcheck: " + checked + " of " + total + " parameters compared ("
                        + (now - start) / 1_000_000_000 + " s)");
                err.flush();
                nextReport = now + 1_000_000_000L;
            }
            if (now - start > Limits.MAX_GRADCHECK_SECONDS * 1e9 && checked < total) {
                err.println("gradcheck: stopped after " + (long) Limits.MAX_GRADCHECK_SECONDS + " s with " + checked + " of "
                        + total + " parameters compared");
                return false;
            }
            return true;
        }
    }
}
