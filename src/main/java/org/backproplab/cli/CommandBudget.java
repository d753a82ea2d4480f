package org.backproplab.cli;

import java.util.Locale;
import org.backproplab.data.Dataset;
import org.backproplab.input.Limits;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;
import org.backproplab.sim.LabRun;

/**
 * How much work a command-line run asks for, checked against {@link Limits#MAX_COMMAND_WORK}
 * (sample × parameter steps) and {@link Limits#MAX_TRACE_NUMBERS} before it starts, so that
 * no command runs for minutes or prints gigabytes; a breach is the usual one-line error
 * naming the file and the setting to lower.
 */
final class CommandBudget {
    private CommandBudget() {
    }

    /**
     * @param lab                the lab
     * @param iterationsPerEpoch minibatches per epoch
     * @return the lab's epochs × iterations per epoch, without overflow
     */
    static long defaultSteps(LabFile lab, int iterationsPerEpoch) {
        return (long) lab.training().epochs() * iterationsPerEpoch;
    }

    /**
     * @param lab   the lab
     * @param run   its data and session
     * @param steps iterations to trace
     * @throws LabException when the trace would be too long or too large
     */
    static void checkTrace(LabFile lab, LabRun run, long steps, boolean fromOption) {
        String field = fromOption ? "--steps" : "training.epochs";
        int batch = lab.training().effectiveBatchSize(run.data().train().rows());
        long parameters = lab.architecture().parameterCount();
        long units = units(lab);
        double numbers = (double) steps * (4.0 * batch * units + 2.0 * parameters);
        if (numbers > Limits.MAX_TRACE_NUMBERS) {
            throw new LabException(lab.source() + ": " + field + ": " + steps + " steps of " + batch + " samples would print "
                    + amount(numbers) + " numbers, more than the trace limit of " + amount(Limits.MAX_TRACE_NUMBERS)
                    + " (lower --steps, training.epochs or training.batchSize)");
        }
        checkWork(lab, field, steps * Limits.passWork(batch, parameters, units),
                steps + " steps of " + batch + " samples × " + parameters + " parameters");
    }

    /**
     * @param lab        the lab
     * @param run        its data and session
     * @param epochs     epochs to train
     * @param fromOption whether the epochs come from {@code --epochs}
     * @throws LabException when the training would take too long
     */
    static void checkTraining(LabFile lab, LabRun run, int epochs, boolean fromOption) {
        Dataset train = run.data().train();
        Dataset test = run.data().test();
        long parameters = lab.architecture().parameterCount();
        // each epoch trains on the training rows and then evaluates both sets
        double perEpoch = Limits.passWork(2L * train.rows() + test.rows(), parameters, units(lab));
        checkWork(lab, fromOption ? "--epochs" : "training.epochs", epochs * perEpoch,
                epochs + " epochs of " + train.rows() + " samples × " + parameters + " parameters");
    }

    /**
     * @param lab  the lab
     * @param rows samples of the checked batch
     * @return the batch's work per loss evaluation; refused when even one parameter's check is too much
     */
    static double checkGradientBatch(LabFile lab, int rows) {
        long parameters = lab.architecture().parameterCount();
        double perLoss = Limits.passWork(rows, parameters, units(lab));
        checkWork(lab, "training.batchSize", 8 * perLoss + 3 * perLoss,
                "a batch of " + rows + " samples × " + parameters + " parameters");
        return perLoss;
    }

    private static long units(LabFile lab) {
        long units = 0;
        for (int size : lab.architecture().sizes()) {
            units += size;
        }
        return units;
    }

    private static void checkWork(LabFile lab, String field, double work, String what) {
        if (work > Limits.MAX_COMMAND_WORK) {
            throw new LabException(lab.source() + ": " + field + ": " + what + " is " + amount(work)
                    + " sample-parameter steps, more than the command line's limit of " + amount(Limits.MAX_COMMAND_WORK)
                    + " (about ten seconds of work; lower " + field + ")");
        }
    }

    static String amount(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
