package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The workloads reproduce the check values BENCHMARKS.md gives for other implementations of
 * the same arithmetic from the same initial weights.
 */
class WorkloadCheckValuesTest {

    private static WorkloadTrainer.CheckResult trainFor(Workload workload, int epochs) {
        WorkloadTrainer trainer = new WorkloadTrainer(workload, workload.loadData());
        trainer.trainEpochs(epochs);
        return trainer.evaluate();
    }

    @Test
    void irisReachesLoss0742AndAccuracy960After2000Epochs() {
        WorkloadTrainer.CheckResult r = trainFor(Workload.W1, 2000);
        assertEquals(0.0742, r.loss(), 0.00005);
        assertEquals(0.960, r.accuracy(), 0.00005);
    }

    @Test
    void digitsReachLoss3651AndAccuracy9371After20Epochs() {
        WorkloadTrainer.CheckResult r = trainFor(Workload.W3, 20);
        assertEquals(0.3651, r.loss(), 0.00005);
        assertEquals(0.9371, r.accuracy(), 0.00005);
    }

    @Test
    void spiralLossIs4765After1000Epochs() {
        WorkloadTrainer.CheckResult r = trainFor(Workload.W2, 1000);
        assertEquals(0.4765, r.loss(), 0.002);
    }

    @Test
    void spiralAccuracyIsAtLeast986After3000Epochs() {
        WorkloadTrainer.CheckResult r = trainFor(Workload.W2, 3000);
        assertTrue(r.accuracy() >= 0.986, "accuracy " + r.accuracy());
    }
}
