package org.backproplab.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.backproplab.engine.Loss;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Metrics;
import org.backproplab.sim.TrainingSession;

/**
 * {@code train LAB [--epochs N]}: trains and prints one CSV row per epoch,
 * {@code epoch,train_loss,train_accuracy,test_loss,test_accuracy} (plus {@code errors} for the
 * perceptron rule: samples misclassified during that epoch). Empty cells stand for values that
 * do not apply (no test set, regression).
 */
final class TrainCommand {
    private TrainCommand() {
    }

    static int run(Arguments args, PrintStream out) {
        LabFile lab = LabReader.read(Path.of(args.onlyPositional("lab file")));
        LabRun run = LabRun.start(lab);
        TrainingSession session = run.session();
        int epochs = args.intOption("--epochs", lab.training().epochs(), 1);
        boolean perceptron = lab.architecture().loss() == Loss.PERCEPTRON;
        StringBuilder sb = new StringBuilder("epoch,train_loss,train_accuracy,test_loss,test_accuracy");
        out.println(perceptron ? sb.append(",errors") : sb);
        for (int e = 1; e <= epochs; e++) {
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
