package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.LabRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File ▸ Save lab through the view-model: the lecture's 2-3-1 example after one iteration is
 * saved, read back with {@link LabReader}, and its weights compared with the hand-computed SGD
 * update V ← V − α (y − t) h (sigmoid output with BCE, t = 1, α = 0.1).
 */
class SaveLabTest {
    private static final double[] X = {5, 3};
    private static final double[][] W = {{1, -1, 3}, {2, 2, -1}};
    private static final double[] V = {0.1, 0.5, -0.1};
    private static final double ALPHA = 0.1;

    private final MainViewModel vm = new MainViewModel(LabRun.start(LabReader.read(WindowFixture.LECTURE)));

    @AfterEach
    void close() {
        vm.close();
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private void oneIteration() throws Exception {
        vm.run().stepForward(Granularity.ITERATION);
        vm.run().flush().get(10, TimeUnit.SECONDS);
        vm.pull();
    }

    @Test
    void savedCurrentWeightsReadBackAsTheWeightsAfterOneHandComputedUpdate(@TempDir Path dir) throws Exception {
        oneIteration();
        Path file = dir.resolve("continue.lab.json");
        vm.save(file);

        LabFile back = LabReader.read(file);
        double[] h = new double[3];
        double z2 = 0;
        for (int j = 0; j < 3; j++) {
            h[j] = sigmoid(X[0] * W[0][j] + X[1] * W[1][j]);
            z2 += V[j] * h[j];
        }
        double outputError = sigmoid(z2) - 1; // ∂J/∂z₂ for sigmoid + BCE, t = 1
        double[] saved = back.parameters().weightsOf(1);
        for (int j = 0; j < 3; j++) {
            assertEquals(V[j] - ALPHA * outputError * h[j], saved[j], 1e-12, "V" + (j + 1));
        }
        assertArrayEquals(vm.snapshotProperty().get().parameters().weightsOf(0), back.parameters().weightsOf(0));
        assertArrayEquals(vm.snapshotProperty().get().parameters().weightsOf(1), saved);
        assertEquals(vm.labProperty().get().title(), back.title());
    }

    @Test
    void savingTheStartingWeightsKeepsTheLecturesWeights(@TempDir Path dir) throws Exception {
        oneIteration();
        vm.saveCurrentWeightsProperty().set(false);
        Path file = dir.resolve("start.lab.json");
        vm.save(file);

        double[] w = LabReader.read(file).parameters().weightsOf(0);
        assertArrayEquals(new double[] {1, -1, 3, 2, 2, -1}, w);
        assertArrayEquals(V, LabReader.read(file).parameters().weightsOf(1));
    }

    @Test
    void saveReplacesAnExistingFileAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab.json");
        Files.writeString(file, "old text");
        vm.save(file);

        assertArrayEquals(V, LabReader.read(file).parameters().weightsOf(1));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
        assertEquals(file.toAbsolutePath(), vm.labPathProperty().get());
    }

    @Test
    void aFolderThatDoesNotExistGivesOneLineNamingTheFile(@TempDir Path dir) {
        Path file = dir.resolve("missing").resolve("lab.json");
        LabException e = assertThrows(LabException.class, () -> vm.save(file));
        assertEquals(file.toAbsolutePath() + ": cannot save: the folder does not exist", e.getMessage());
    }
}
