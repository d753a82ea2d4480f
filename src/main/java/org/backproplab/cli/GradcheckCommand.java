package org.backproplab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.backproplab.data.Dataset;
import org.backproplab.engine.GradientCheck;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Network;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;

/**
 * {@code gradcheck LAB}: compares analytic and central-difference gradients of every
 * parameter on the lab's first batch and prints the largest relative error; exit 1 above 1e-5.
 */
final class GradcheckCommand {
    /** Largest relative error that passes. */
    static final double TOLERANCE = 1e-5;

    private GradcheckCommand() {
    }

    static int run(Arguments args, PrintStream out) {
        LabFile lab = LabReader.read(Path.of(args.onlyPositional("lab file")));
        LabRun run = LabRun.start(lab);
        Dataset train = run.data().train();
        int rows = lab.training().effectiveBatchSize(train.rows());
        int[] batch = run.session().nextBatchRows();
        double[][] x = new double[rows][train.inputSize()];
        double[][] t = new double[rows][train.outputSize()];
        for (int r = 0; r < rows; r++) {
            train.copyInputs(batch[r], x[r], 0);
            train.copyTargets(batch[r], t[r], 0);
        }
        Network net = run.session().network();
        GradientCheck.Result res = GradientCheck.check(net, Matrix.of(x), Matrix.of(t), lab.training().l2());
        boolean ok = res.maxRelativeError() <= TOLERANCE;
        out.println("parameters=" + res.parametersChecked() + " max_relative_error=" + res.maxRelativeError()
                + " at=" + res.worstParameter() + " analytic=" + res.analytic() + " numeric=" + res.numeric()
                + " " + (ok ? "PASS" : "FAIL") + " (tolerance " + TOLERANCE + ")");
        return ok ? 0 : 1;
    }
}
