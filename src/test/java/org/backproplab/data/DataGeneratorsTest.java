package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.engine.SplitMix64;
import org.junit.jupiter.api.Test;

/** The generators follow TensorFlow Playground's formulas (src/dataset.ts). */
class DataGeneratorsTest {

    private static DataGenerators.Points gen(String name, int n, double noise, long seed) {
        return DataGenerators.generate(name, n, noise, new SplitMix64(seed));
    }

    /** Angle difference reduced to (−π, π]. */
    private static double angleGap(double a, double b) {
        double d = Math.IEEEremainder(a - b, 2 * Math.PI);
        return Math.abs(d);
    }

    @Test
    void spiralPointsLieOnTheirArmWithoutNoise() {
        DataGenerators.Points p = gen("spiral", 200, 0, 1);
        int n = 100;
        for (int i = 0; i < n; i++) {
            // arm +1: r = 5 i / n, x = r sin t, y = r cos t with t = 1.75 · 2π · i / n
            double r = 5.0 * i / n;
            double t = 3.5 * Math.PI * i / n;
            assertEquals(r, Math.hypot(p.x()[i], p.y()[i]), 1e-12);
            assertEquals(1, p.label()[i]);
            // arm −1: the same radius, angle shifted by π
            assertEquals(r, Math.hypot(p.x()[n + i], p.y()[n + i]), 1e-12);
            assertEquals(0, p.label()[n + i]);
            if (i > 0) {
                assertTrue(angleGap(Math.atan2(p.x()[i], p.y()[i]), t) < 1e-9);
                assertTrue(angleGap(Math.atan2(p.x()[n + i], p.y()[n + i]), t + Math.PI) < 1e-9);
            }
        }
        assertEquals(4.95, Math.hypot(p.x()[99], p.y()[99]), 1e-12, "the last point is at r = 5·99/100");
    }

    @Test
    void spiralNoiseMovesEachCoordinateByAtMostTheNoiseLevel() {
        DataGenerators.Points clean = gen("spiral", 100, 0, 1);
        DataGenerators.Points noisy = gen("spiral", 100, 0.4, 1);
        double largest = 0;
        for (int i = 0; i < 100; i++) {
            // noise: u(−1, 1) · noise on each coordinate
            double dx = Math.abs(noisy.x()[i] - clean.x()[i]);
            double dy = Math.abs(noisy.y()[i] - clean.y()[i]);
            assertTrue(dx <= 0.4 && dy <= 0.4);
            largest = Math.max(largest, Math.max(dx, dy));
        }
        assertTrue(largest > 0.3, "noise of 0.4 should use most of its range, largest shift " + largest);
    }

    @Test
    void circleLabelIsInsideHalfRadiusWithoutNoise() {
        DataGenerators.Points p = gen("circle", 400, 0, 3);
        for (int i = 0; i < 400; i++) {
            double r = Math.hypot(p.x()[i], p.y()[i]);
            if (i < 200) {
                assertTrue(r <= 2.5, "inner points have r in [0, R/2]");
            } else {
                assertTrue(r >= 3.5 && r <= 5, "outer points have r in [0.7R, R], found " + r);
            }
            assertEquals(r < 2.5 ? 1 : 0, p.label()[i]);
        }
    }

    @Test
    void circleNoiseFlipsSomeLabelsNearTheBoundary() {
        DataGenerators.Points p = gen("circle", 400, 0.5, 3);
        int flipped = 0;
        for (int i = 0; i < 400; i++) {
            int byRadius = Math.hypot(p.x()[i], p.y()[i]) < 2.5 ? 1 : 0;
            flipped += byRadius != p.label()[i] ? 1 : 0;
        }
        assertTrue(flipped > 20, "noise 0.5 moves points by up to 2.5 before labelling, flipped " + flipped);
    }

    @Test
    void xorLabelIsTheSignOfTheProductAndPointsKeepClearOfTheAxes() {
        DataGenerators.Points p = gen("xor", 500, 0, 5);
        for (int i = 0; i < 500; i++) {
            double x = p.x()[i];
            double y = p.y()[i];
            assertTrue(Math.abs(x) >= 0.3 && Math.abs(x) <= 5.3);
            assertTrue(Math.abs(y) >= 0.3 && Math.abs(y) <= 5.3);
            assertEquals(x * y >= 0 ? 1 : 0, p.label()[i]);
        }
    }

    @Test
    void gaussClustersHaveTheirCentresAndPlaygroundVariance() {
        // noise 0 → variance 0.5; noise 0.5 → variance 4 (Playground's map of [0, 0.5] onto [0.5, 4])
        double[][] cases = {{0, 0.5}, {0.5, 4}};
        for (double[] c : cases) {
            DataGenerators.Points p = gen("gauss", 8000, c[0], 11);
            double sx = 0;
            double sxx = 0;
            for (int i = 0; i < 4000; i++) {
                assertEquals(1, p.label()[i]);
                assertEquals(0, p.label()[4000 + i]);
                sx += p.x()[i];
                sxx += (p.x()[4000 + i] + 2) * (p.x()[4000 + i] + 2);
            }
            // standard error of the mean sqrt(v/4000) ≤ 0.032; of the variance ≈ v·sqrt(2/4000) ≤ 0.09
            assertEquals(2.0, sx / 4000, 0.13);
            assertEquals(c[1], sxx / 4000, c[1] * 0.1);
        }
    }

    @Test
    void oddCountGivesTheExtraPointToThePositiveClass() {
        DataGenerators.Points p = gen("gauss", 5, 0, 1);
        int positives = 0;
        for (int label : p.label()) {
            positives += label;
        }
        assertEquals(3, positives);
    }

    @Test
    void sameSeedSamePoints() {
        DataGenerators.Points a = gen("circle", 50, 0.2, 8);
        DataGenerators.Points b = gen("circle", 50, 0.2, 8);
        assertEquals(a.x()[49], b.x()[49]);
        assertEquals(a.y()[17], b.y()[17]);
    }

    @Test
    void unknownGeneratorIsNamed() {
        DataException e = assertThrows(DataException.class, () -> gen("moons", 10, 0, 1));
        assertTrue(e.getMessage().contains("\"moons\""));
    }
}
