package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.junit.jupiter.api.Test;

/**
 * Learning rate, momentum and L2 change between iterations without a restart; the history holds
 * the values in force, so Step Back across a change restores the earlier ones.
 */
class StepperHyperparametersTest {

    @Test
    void aNewLearningRateDrivesTheNextUpdate() {
        // the lecture lab: plain SGD, α = 0.1
        Stepper stepper = new Stepper(Labs.lecture(), History.DEFAULT_BUDGET_BYTES);
        stepper.forward(Granularity.ITERATION);
        stepper.setHyperparameters(new Hyperparameters(0.5, 0, 0));

        stepper.forward(Granularity.PASS);
        stepper.forward(Granularity.PASS);
        Snapshot beforeUpdate = stepper.snapshot(false);
        assertEquals(new Hyperparameters(0.5, 0, 0), beforeUpdate.hyperparameters());
        stepper.forward(Granularity.PASS);
        Snapshot afterUpdate = stepper.snapshot(false);

        Pass pass = beforeUpdate.pass();
        for (int l = 0; l < 2; l++) {
            double[] w = beforeUpdate.parameters().weightsOf(l);
            double[] g = pass.layers().get(l).dLossDWeights().toRowMajor();
            double[] updated = afterUpdate.parameters().weightsOf(l);
            for (int i = 0; i < w.length; i++) {
                // w ← w − α g with the new α
                assertEquals(w[i] - 0.5 * g[i], updated[i], 0.0, "layer " + (l + 1) + " weight " + i);
            }
        }
    }

    @Test
    void aNewL2StrengthAddsHalfLambdaTimesTheSumOfSquaredWeightsToTheLoss() {
        Stepper plain = new Stepper(Labs.lecture(), History.DEFAULT_BUDGET_BYTES);
        Stepper regularised = new Stepper(Labs.lecture(), History.DEFAULT_BUDGET_BYTES);
        plain.forward(Granularity.ITERATION);
        regularised.forward(Granularity.ITERATION);
        regularised.setHyperparameters(new Hyperparameters(0.1, 0, 0.01));
        plain.forward(Granularity.PHASE);
        regularised.forward(Granularity.PHASE);

        Parameters p = regularised.snapshot(false).parameters();
        assertEquals(plain.snapshot(false).parameters(), p);
        double sumOfSquares = 0;
        for (int l = 0; l < 2; l++) {
            for (double w : p.weightsOf(l)) {
                sumOfSquares += w * w;
            }
        }
        // J = data loss + (λ/2) Σ w²
        double difference = regularised.snapshot(false).pass().loss() - plain.snapshot(false).pass().loss();
        assertEquals(0.005 * sumOfSquares, difference, 1e-12);
    }

    @Test
    void stepBackAcrossAChangeRestoresTheEarlierValuesAndTheRunThatNeverChanged() {
        // momentum β = 0.9, α = 0.3, shuffled batches of 3, biases
        Stepper stepper = new Stepper(Labs.shuffled(0.3), History.DEFAULT_BUDGET_BYTES);
        Hyperparameters old = new Hyperparameters(0.3, 0.9, 0);
        Hyperparameters changed = new Hyperparameters(0.05, 0.5, 0.01);
        for (int i = 0; i < 40; i++) {
            stepper.playIteration(false);
        }
        assertEquals(old, stepper.snapshot(false).hyperparameters());
        stepper.setHyperparameters(changed);
        for (int i = 0; i < 20; i++) {
            stepper.playIteration(i == 19);
        }
        assertEquals(changed, stepper.snapshot(false).hyperparameters());

        // a reference trained 40 iterations, changed, then 20 more: the same state
        TrainingSession reference = Labs.shuffled(0.3).session();
        Parameters[] unchanged = new Parameters[61];
        for (int i = 1; i <= 40; i++) {
            reference.iterate(false);
            unchanged[i] = reference.network().parameters().copy();
        }
        reference.setHyperparameters(changed);
        for (int i = 41; i <= 60; i++) {
            reference.iterate(false);
        }
        assertEquals(reference.network().parameters(), stepper.snapshot(false).parameters());

        // back 19 iterations: the first with the new values (they are still in force)
        for (int i = 0; i < 19; i++) {
            stepper.back(Granularity.ITERATION);
        }
        assertEquals(40, stepper.snapshot(false).iteration());
        assertEquals(changed, stepper.snapshot(false).hyperparameters());
        // one more, across the change, then back to iteration 30 (replayed from a sparse checkpoint)
        stepper.back(Granularity.ITERATION);
        assertEquals(old, stepper.snapshot(false).hyperparameters());
        assertEquals(unchanged[40], stepper.snapshot(false).parameters());
        for (int i = 0; i < 10; i++) {
            stepper.back(Granularity.ITERATION);
        }
        assertEquals(old, stepper.snapshot(false).hyperparameters());
        assertEquals(unchanged[30], stepper.snapshot(false).parameters());

        // going forward again continues the run that never changed
        TrainingSession neverChanged = Labs.shuffled(0.3).session();
        for (int i = 0; i < 45; i++) {
            neverChanged.iterate(false);
        }
        for (int i = 0; i < 15; i++) {
            stepper.forward(Granularity.ITERATION);
        }
        assertEquals(neverChanged.network().parameters(), stepper.snapshot(false).parameters());
        assertNotEquals(reference.network().parameters(), stepper.snapshot(false).parameters());
    }

    @Test
    void outOfRangeValuesAreRefusedAndChangeNothing() {
        Stepper stepper = new Stepper(Labs.shuffled(0.3), History.DEFAULT_BUDGET_BYTES);
        assertThrows(IllegalArgumentException.class, () -> stepper.setHyperparameters(new Hyperparameters(0, 0.9, 0)));
        assertThrows(IllegalArgumentException.class, () -> stepper.setHyperparameters(new Hyperparameters(0.1, 1, 0)));
        assertThrows(IllegalArgumentException.class, () -> stepper.setHyperparameters(new Hyperparameters(0.1, 0.9, -1)));
        assertEquals(new Hyperparameters(0.3, 0.9, 0), stepper.snapshot(false).hyperparameters());
    }
}
