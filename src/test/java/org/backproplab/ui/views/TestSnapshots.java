package org.backproplab.ui.views;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.TrainingSession;

/** Snapshots for the view tests, built from lab files through the real engine. */
final class TestSnapshots {
    private TestSnapshots() {
    }

    static Path lectureLab() {
        try {
            return Path.of(TestSnapshots.class.getResource("/reference/lecture-2-3-1-sigmoid.lab.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The lecture's 2-3-1 example during its first iteration.
     *
     * @param step phase step 0..6
     */
    static Snapshot lecture(int step) {
        LabRun run = LabRun.start(LabReader.read(lectureLab()));
        TrainingSession session = run.session();
        Parameters before = session.network().parameters().copy();
        Pass pass = session.iterate(true);
        Parameters after = session.network().parameters().copy();
        Architecture arch = before.architecture();
        PhaseCursor phase = new PhaseCursor(step, arch.layerCount());
        return new Snapshot(arch, phase.updated() ? after : before, pass, phase, 0, 0, 0, 1, new int[] {0},
                run.data(), List.of(), phase.updated() ? List.of(pass.loss()) : List.of(), false, true, "");
    }

    /** A snapshot with explicit parameters, no pass, and the given data (phase READY). */
    static Snapshot ofParameters(Parameters parameters, DataSplit data, int[] batchRows) {
        Architecture arch = parameters.architecture();
        return new Snapshot(arch, parameters, null, new PhaseCursor(0, arch.layerCount()), 0, 0, 0, 1, batchRows,
                data, List.of(), List.of(), false, true, "");
    }

    /** One sigmoid unit on two inputs with weights (w1, w2) and bias b. */
    static Parameters singleSigmoid(double w1, double w2, double b) {
        Architecture arch = new Architecture(List.of(2, 1), List.of(Activation.SIGMOID), true, Loss.BCE);
        Parameters p = new Parameters(arch);
        p.weightsOf(0)[0] = w1;
        p.weightsOf(0)[1] = w2;
        p.biasesOf(0)[0] = b;
        return p;
    }

    /**
     * Two-class points in the plane: class 1 where x1 > 0.
     *
     * @param standardizer transform to attach (the points are already in network units)
     */
    static DataSplit twoClassPlane(Standardizer standardizer) {
        double[] x = {-2, -1, -1, 1.5, 1, 0.5, 2, -0.5};
        double[] t = {0, 0, 1, 1};
        Dataset train = new Dataset(x, t, new int[] {0, 0, 1, 1}, 4, 2, 1, List.of("sepal_length_cm", "petal_length_cm"),
                List.of("setosa", "versicolor"));
        Dataset test = new Dataset(new double[] {-1.5, 0, 1.2, -0.3}, new double[] {0, 1}, new int[] {0, 1}, 2, 2, 1,
                List.of("sepal_length_cm", "petal_length_cm"), List.of("setosa", "versicolor"));
        return new DataSplit(train, test, standardizer);
    }
}
