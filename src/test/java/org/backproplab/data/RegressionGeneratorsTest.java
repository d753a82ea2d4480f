package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.engine.SplitMix64;
import org.junit.jupiter.api.Test;

/** The regression generators' targets follow their formulas, and the loader makes them regression sets. */
class RegressionGeneratorsTest {

    @Test
    void sineWithoutNoiseIsTheSineOnMinusPiToPi() {
        RegressionGenerators.Values v = RegressionGenerators.generate("sine", 500, 0, new SplitMix64(3));
        for (int i = 0; i < 500; i++) {
            double x = v.inputs()[i];
            assertTrue(x >= -Math.PI && x < Math.PI);
            assertEquals(Math.sin(x), v.targets()[i], 0.0);
        }
    }

    @Test
    void sineNoiseHasTheAskedSpread() {
        RegressionGenerators.Values v = RegressionGenerators.generate("sine", 20000, 0.2, new SplitMix64(5));
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < 20000; i++) {
            double e = v.targets()[i] - Math.sin(v.inputs()[i]);
            sum += e;
            squares += e * e;
        }
        assertEquals(0, sum / 20000, 0.01);
        assertEquals(0.2, Math.sqrt(squares / 20000), 0.01);
    }

    @Test
    void planeWithoutNoiseIsTheSumOverTen() {
        RegressionGenerators.Values v = RegressionGenerators.generate("plane", 300, 0, new SplitMix64(7));
        for (int i = 0; i < 300; i++) {
            double a = v.inputs()[2 * i];
            double b = v.inputs()[2 * i + 1];
            assertTrue(Math.abs(a) <= 6 && Math.abs(b) <= 6);
            assertEquals((a + b) / 10, v.targets()[i], 1e-15);
        }
    }

    @Test
    void regressionGaussPeaksAtItsSixCentres() {
        RegressionGenerators.Values v = RegressionGenerators.generate("reg-gauss", 4000, 0, new SplitMix64(9));
        for (int i = 0; i < 4000; i++) {
            double a = v.inputs()[2 * i];
            double b = v.inputs()[2 * i + 1];
            // by hand: the nearest centre decides (bumps of radius 2 spaced 4 and 5 apart never overlap)
            double best = 0;
            double[][] centres = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
            for (double[] c : centres) {
                double d = Math.hypot(a - c[0], b - c[1]);
                if (d < 2) {
                    best = c[2] * (1 - d / 2);
                }
            }
            assertEquals(best, v.targets()[i], 1e-12);
        }
    }

    @Test
    void loadedSineIsARegressionSetWithTheHeldOutShare() {
        Architecture net = new Architecture(List.of(1, 4, 1), List.of(Activation.TANH, Activation.IDENTITY), true,
                Loss.SQUARED);
        DataSplit s = DataLoader.load(new DataSpec.Generator("sine", 100, 0.1, 1, 0.2), net, null);
        assertFalse(s.train().isClassification());
        assertEquals(80, s.train().rows());
        assertEquals(20, s.test().rows());
        assertEquals(List.of("x"), s.train().featureNames());
    }

    @Test
    void aTwoInputNetworkIsRefusedForTheSine() {
        Architecture net = new Architecture(List.of(2, 1), List.of(Activation.IDENTITY), true, Loss.SQUARED);
        DataException e = assertThrows(DataException.class,
                () -> DataLoader.load(new DataSpec.Generator("sine", 10, 0, 1, 0), net, null));
        assertEquals("data.generator: \"sine\" gives 1 feature and 1 target, the network has 2 inputs and 1 outputs",
                e.getMessage());
    }
}
