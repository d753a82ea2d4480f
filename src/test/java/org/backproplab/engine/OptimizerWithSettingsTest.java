package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Changing α and β keeps the velocities: the next update uses the old v with the new values. */
class OptimizerWithSettingsTest {

    @Test
    void newLearningRateAndMomentumApplyToTheKeptVelocity() {
        Optimizer first = new Optimizer(Optimizer.Kind.MOMENTUM, 0.1, 0.9);
        double[] w = {0.0};
        first.updateInPlace(0, w, new double[] {1.0});
        // v = 0.9·0 + 0.1·1 = 0.1; w = 0 − 0.1·0.1 = −0.01
        assertEquals(-0.01, w[0], 1e-15);

        Optimizer changed = first.withSettings(0.5, 0.5);
        assertEquals(0.5, changed.learningRate());
        assertEquals(0.5, changed.momentum());
        assertArrayEquals(new double[] {0.1}, changed.velocity(0), 1e-15);
        changed.updateInPlace(0, w, new double[] {1.0});
        // v = 0.5·0.1 + 0.5·1 = 0.55; w = −0.01 − 0.5·0.55 = −0.285
        assertEquals(-0.285, w[0], 1e-15);
        assertArrayEquals(new double[] {0.1}, first.velocity(0), 1e-15, "the original keeps its velocity");
    }
}
