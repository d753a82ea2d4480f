package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/** Editing a bias between steps: the next forward pass uses it and Step Back undoes it exactly. */
class StepperBiasEditTest {

    /** The lecture's 2-3-1 sigmoid network with biases b¹ = (0.1, −0.2, 0.3), b² = 0.05. */
    private static LabRun biased() {
        return LabRun.start(LabReader.parse("""
                {"format": "backprop-lab/1", "title": "biased",
                 "network": {"layers": [2, 3, 1], "activations": ["sigmoid", "sigmoid"], "bias": true, "loss": "bce"},
                 "parameters": {"weights": [[[1.0, -1.0, 3.0], [2.0, 2.0, -1.0]], [[0.1], [0.5], [-0.1]]],
                                "biases": [[0.1, -0.2, 0.3], [0.05]]},
                 "data": {"inputs": [[5.0, 3.0]], "targets": [[1.0]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 0, "seed": 1}}
                """, "biased", null));
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void editedBiasesAreUsedByTheNextForwardPass() {
        Stepper stepper = new Stepper(biased(), History.DEFAULT_BUDGET_BYTES);
        stepper.editBias(1, 1, 0.75);
        stepper.editBias(2, 0, -0.5);
        assertEquals(0.75, stepper.snapshot(false).parameters().biasesOf(0)[1]);

        stepper.forward(Granularity.PASS);
        Pass pass = stepper.snapshot(false).pass();
        // z¹ = x·W¹ + b¹ with x = (5, 3): (5 + 6 + 0.1, −5 + 6 + 0.75, 15 − 3 + 0.3)
        double[] z1 = pass.layers().get(0).preActivation().row(0);
        assertEquals(11.1, z1[0], 1e-12);
        assertEquals(1.75, z1[1], 1e-12);
        assertEquals(12.3, z1[2], 1e-12);
        // z² = 0.1 σ(11.1) + 0.5 σ(1.75) − 0.1 σ(12.3) − 0.5
        double z2 = 0.1 * sigmoid(11.1) + 0.5 * sigmoid(1.75) - 0.1 * sigmoid(12.3) - 0.5;
        assertEquals(z2, pass.layers().get(1).preActivation().get(0, 0), 1e-12);
    }

    @Test
    void stepBackAfterABiasEditRestoresTheOldBiasBitForBit() {
        Stepper stepper = new Stepper(biased(), History.DEFAULT_BUDGET_BYTES);
        stepper.forward(Granularity.ITERATION);
        Parameters afterFirst = stepper.snapshot(false).parameters().copy();
        double old = afterFirst.biasesOf(0)[1];

        stepper.editBias(1, 1, 0.75);
        Snapshot edited = stepper.snapshot(false);
        assertEquals(1, edited.iteration());
        assertEquals(0, edited.phase().step());
        assertEquals(0.75, edited.parameters().biasesOf(0)[1]);

        stepper.back(Granularity.ITERATION);
        Parameters back = stepper.snapshot(false).parameters();
        assertEquals(Double.doubleToRawLongBits(old), Double.doubleToRawLongBits(back.biasesOf(0)[1]));
        assertEquals(afterFirst, back);

        // going on from there is the run that was never edited
        TrainingSession reference = biased().session();
        reference.iterate(false);
        reference.iterate(false);
        stepper.forward(Granularity.ITERATION);
        assertEquals(reference.network().parameters(), stepper.snapshot(false).parameters());
    }

    @Test
    void aBiasEditedMidIterationRecomputesThePassFromTheSameBase() {
        Stepper stepper = new Stepper(biased(), History.DEFAULT_BUDGET_BYTES);
        stepper.forward(Granularity.PHASE);
        stepper.editBias(1, 0, -11.0);
        Snapshot s = stepper.snapshot(false);
        assertEquals(1, s.phase().step());
        // z¹₁ = 5·1 + 3·2 − 11 = 0
        assertEquals(0.0, s.pass().layers().get(0).preActivation().get(0, 0), 1e-12);
    }

    @Test
    void aNetworkWithoutBiasesRefusesABiasEdit() {
        Stepper stepper = new Stepper(Labs.lecture(), History.DEFAULT_BUDGET_BYTES);
        assertThrows(IllegalArgumentException.class, () -> stepper.editBias(1, 0, 1.0));
    }
}
