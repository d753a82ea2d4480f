package org.backproplab.ui.views;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Optimizer;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.backproplab.sim.Metrics;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.TrainingSession;

/**
 * A 3-class Iris softmax MLP (sepal length, petal length → 6 tanh → 3 softmax) trained with the
 * real engine, for view tests and screenshots. Reads datasets/iris.csv from the project root.
 */
final class IrisRun {
    private final DataSplit data;
    private final TrainingSession session;
    private final List<Snapshot.EpochMetrics> epochs = new ArrayList<>();
    private final List<Double> iterationLosses = new ArrayList<>();

    IrisRun(int hidden, long seed) {
        data = load();
        Architecture arch = new Architecture(List.of(2, hidden, 3), List.of(Activation.TANH, Activation.SOFTMAX), true,
                Loss.CE);
        Parameters p = new Initializer("xavier", seed, 0).initialise(arch);
        session = new TrainingSession(p, new Optimizer(Optimizer.Kind.MOMENTUM, 0.1, 0.9), data.train(), 16, 0, true, seed);
    }

    DataSplit data() {
        return data;
    }

    /** Trains whole epochs, recording metrics and batch losses as the training run would. */
    void trainEpochs(int count) {
        for (int e = 0; e < count; e++) {
            int target = session.epoch() + 1;
            while (session.epoch() < target) {
                iterationLosses.add(session.iterate(true).loss());
            }
            epochs.add(new Snapshot.EpochMetrics(session.epoch(), Metrics.evaluate(session.network(), data.train(), 0),
                    Metrics.evaluate(session.network(), data.test(), 0)));
        }
    }

    /** The next iteration, shown at a phase step. */
    Snapshot snapshotAt(int step) {
        int[] rows = session.nextBatchRows();
        Parameters before = session.network().parameters().copy();
        long iteration = session.iteration();
        int epoch = session.epoch();
        int batch = session.batchIndex();
        Pass pass = session.iterate(true);
        PhaseCursor phase = new PhaseCursor(step, 2);
        if (phase.updated()) {
            iterationLosses.add(pass.loss());
        }
        Snapshot s = new Snapshot(before.architecture(), phase.updated() ? session.network().parameters().copy() : before,
                pass, phase, iteration, epoch, batch, session.iterationsPerEpoch(), rows, data, epochs,
                iterationLosses, false, false, "");
        if (!phase.updated()) {
            // the session has completed the iteration: later snapshots include its loss
            iterationLosses.add(pass.loss());
        }
        return s;
    }

    private static DataSplit load() {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("datasets", "iris.csv"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> classes = List.of("setosa", "versicolor", "virginica");
        int n = lines.size() - 1;
        double[] x = new double[2 * n];
        int[] label = new int[n];
        for (int r = 0; r < n; r++) {
            String[] f = lines.get(r + 1).split(",");
            x[2 * r] = Double.parseDouble(f[0]);
            x[2 * r + 1] = Double.parseDouble(f[2]);
            label[r] = classes.indexOf(f[4].trim());
        }
        // every fifth row is a test row
        double[] mean = new double[2];
        double[] std = new double[2];
        int trainRows = n - n / 5;
        for (int f = 0; f < 2; f++) {
            double s = 0;
            double s2 = 0;
            for (int r = 0; r < n; r++) {
                if (r % 5 != 4) {
                    s += x[2 * r + f];
                    s2 += x[2 * r + f] * x[2 * r + f];
                }
            }
            mean[f] = s / trainRows;
            std[f] = Math.sqrt(s2 / trainRows - mean[f] * mean[f]);
        }
        Standardizer st = new Standardizer(mean, std);
        return new DataSplit(subset(x, label, st, true, classes), subset(x, label, st, false, classes), st);
    }

    private static Dataset subset(double[] x, int[] label, Standardizer st, boolean train, List<String> classes) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < label.length; r++) {
            if ((r % 5 != 4) == train) {
                rows.add(r);
            }
        }
        double[] in = new double[2 * rows.size()];
        double[] t = new double[3 * rows.size()];
        int[] labels = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            int r = rows.get(i);
            in[2 * i] = st.apply(0, x[2 * r]);
            in[2 * i + 1] = st.apply(1, x[2 * r + 1]);
            t[3 * i + label[r]] = 1;
            labels[i] = label[r];
        }
        return new Dataset(in, t, labels, rows.size(), 2, 3, List.of("sepal_length_cm", "petal_length_cm"), classes);
    }
}
