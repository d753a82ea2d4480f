package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.Hyperparameters;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view-model's live learning rate, momentum and L2: no restart, the lab (hence Save) takes
 * the values, and Step Back across the change brings the earlier ones back into the lab.
 */
class LiveSettingsTest {
    private final MainViewModel vm = new MainViewModel(LabRun.start(LabReader.read(WindowFixture.LECTURE)));

    @AfterEach
    void close() {
        vm.close();
    }

    private Snapshot settle() throws Exception {
        vm.run().flush().get(10, TimeUnit.SECONDS);
        vm.pull();
        return vm.snapshotProperty().get();
    }

    private void step(Granularity g) throws Exception {
        vm.run().stepForward(g);
        settle();
    }

    @Test
    void aLiveChangeKeepsThePositionAndSaysWhatChanged() throws Exception {
        step(Granularity.ITERATION);
        step(Granularity.ITERATION);
        vm.setHyperparameters(new Hyperparameters(0.5, 0, 0.01));
        Snapshot s = settle();
        assertEquals(2, s.iteration(), "still after two iterations, now READY for the third");
        assertEquals(new Hyperparameters(0.5, 0, 0.01), s.hyperparameters());
        String notice = vm.noticeProperty().get();
        assertTrue(notice.startsWith("Learning rate 0.1 → 0.5, L2 0.0 → 0.01 without a restart"), notice);
        assertEquals(0.5, vm.labProperty().get().training().learningRate());
    }

    @Test
    void stepBackAcrossTheChangeBringsTheEarlierValuesBackIntoTheLab() throws Exception {
        step(Granularity.ITERATION);
        vm.setHyperparameters(new Hyperparameters(0.5, 0, 0.01));
        settle();
        step(Granularity.ITERATION);
        assertEquals(0.5, vm.labProperty().get().training().learningRate());

        vm.granularityProperty().set(Granularity.ITERATION);
        vm.stepBack();
        Snapshot back = settle();
        assertEquals(0, back.iteration());
        assertEquals(new Hyperparameters(0.1, 0, 0), back.hyperparameters());
        assertEquals(0.1, vm.labProperty().get().training().learningRate());
        assertEquals(0.0, vm.labProperty().get().training().l2());
    }

    @Test
    void savingAfterALiveChangeWritesTheCurrentValues(@TempDir Path dir) throws Exception {
        step(Granularity.ITERATION);
        vm.setHyperparameters(new Hyperparameters(0.25, 0, 0.002));
        settle();
        Path file = dir.resolve("changed.lab.json");
        vm.save(file);

        LabFile back = LabReader.read(file);
        assertEquals(0.25, back.training().learningRate());
        assertEquals(0.002, back.training().l2());
        assertEquals(vm.snapshotProperty().get().parameters(), back.parameters());
    }

    @Test
    void resetKeepsTheChangedValues() throws Exception {
        step(Granularity.ITERATION);
        vm.setHyperparameters(new Hyperparameters(0.25, 0, 0));
        settle();
        vm.reset();
        Snapshot s = settle();
        assertEquals(0, s.iteration());
        assertEquals(new Hyperparameters(0.25, 0, 0), s.hyperparameters());
        assertEquals(0.25, vm.labProperty().get().training().learningRate());
    }
}
