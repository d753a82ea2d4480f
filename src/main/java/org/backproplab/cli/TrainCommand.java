package org.backproplab.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.backproplab.engine.Loss;
import org.backproplab.io.LabFile;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Metrics;
import org.backproplab.sim.TrainingSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code train LAB [--epochs N]}: trains and prints one CSV row per epoch,
 * {@code epoch,train_loss,train_accuracy,test_loss,test_accuracy} (plus {@code errors} for the
 * perceptron rule: samples misclassified during that epoch). Empty cells stand for values that
 * do not apply (no test set, regression).
 */
@Command(name = "train", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Train and print one CSV row per epoch: epoch,train_loss,train_accuracy,test_loss,"
                + "test_accuracy (and errors for the perceptron rule).")
final class TrainCommand implements Callable<Integer> {
    private final PrintStream out;

    @Parameters(paramLabel = "LAB", description = "the lab file (backprop-lab/1 JSON)")
    private String lab;

    @Option(names = "--epochs", paramLabel = "N", converter = OptionTypes.PositiveCount.class,
            description = "epochs to train (default: the lab's training.epochs)")
    private Integer epochs;

    TrainCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        LabFile labFile = LabFiles.read(lab);
        LabRun run = LabFiles.start(labFile);
        TrainingSession session = run.session();
        int n = epochs != null ? epochs : labFile.training().epochs();
        CommandBudget.checkTraining(labFile, run, n, epochs != null);
        boolean perceptron = labFile.architecture().loss() == Loss.PERCEPTRON;
        StringBuilder sb = new StringBuilder("epoch,train_loss,train_accuracy,test_loss,test_accuracy");
        out.println(perceptron ? sb.append(",errors") : sb);
        for (int e = 1; e <= n; e++) {
            int errors = session.runEpoch();
            Metrics train = Metrics.evaluate(session.network(), run.data().train(), session.l2());
            Metrics test = Metrics.evaluate(session.network(), run.data().test(), session.l2());
            StringBuilder row = new StringBuilder().append(e)
                    .append(',').append(cell(train.loss())).append(',').append(cell(train.accuracy()))
                    .append(',').append(cell(test.loss())).append(',').append(cell(test.accuracy()));
            if (perceptron) {
                row.append(',').append(errors);
            }
            out.println(row);
        }
        out.flush();
        return 0;
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
