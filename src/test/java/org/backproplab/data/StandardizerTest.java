package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StandardizerTest {

    @Test
    void fitsPopulationMeanAndStandardDeviation() {
        // columns a = 1, 2, 3 and b = 10, 20, 60
        // a: μ = 2, σ = sqrt((1 + 0 + 1)/3) = sqrt(2/3) = 0.816496580927726
        // b: μ = 30, σ = sqrt((400 + 100 + 900)/3) = sqrt(1400/3) = 21.602468994692867
        Standardizer s = Standardizer.fit(new double[] {1, 10, 2, 20, 3, 60}, 3, 2);
        assertArrayEquals(new double[] {2, 30}, s.mean(), 1e-15);
        assertArrayEquals(new double[] {0.816496580927726, 21.602468994692867}, s.std(), 1e-14);
        double[] z = s.applyToRows(new double[] {1, 10, 2, 20, 3, 60}, 3, 2);
        // (1 − 2)/0.8165 = −1.2247448713915890, (10 − 30)/21.6025 = −0.9258200997725514, ...
        assertArrayEquals(new double[] {-1.224744871391589, -0.9258200997725514, 0, -0.4629100498862757,
                1.224744871391589, 1.3887301496588271}, z, 1e-14);
    }

    @Test
    void constantFeatureGetsUnitStandardDeviation() {
        Standardizer s = Standardizer.fit(new double[] {4, 4, 4}, 3, 1);
        assertEquals(1.0, s.std()[0]);
        assertEquals(0.0, s.apply(0, 4));
    }

    @Test
    void invertUndoesApply() {
        Standardizer s = new Standardizer(new double[] {5.0}, new double[] {2.0});
        assertEquals(1.5, s.apply(0, 8.0));
        assertEquals(8.0, s.invert(0, 1.5));
    }
}
