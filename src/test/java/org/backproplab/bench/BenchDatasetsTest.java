package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark data sets follow the definitions of BENCHMARKS.md. */
class BenchDatasetsTest {

    @Test
    void irisFeaturesAreStandardisedWithPopulationStd() {
        BenchData d = BenchDatasets.iris();
        assertEquals(150, d.rows());
        for (int c = 0; c < 2; c++) {
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < d.rows(); r++) {
                double v = d.inputs()[2 * r + c];
                sum += v;
                squares += v * v;
            }
            assertEquals(0.0, sum / d.rows(), 1e-12);
            assertEquals(1.0, squares / d.rows(), 1e-12);
        }
        // Row 1 is 5.1,3.5,1.4,0.2,setosa: sepal length mean 5.843333, population std 0.825301
        // (sample std 0.828066 · sqrt(149/150)); petal length mean 3.758, population std 1.759404.
        assertEquals((5.1 - 5.843333333) / 0.8253012918, d.inputs()[0], 1e-8);
        assertEquals((1.4 - 3.758) / 1.7594040657, d.inputs()[1], 1e-8);
        assertArrayEquals(new double[] {1, 0, 0}, java.util.Arrays.copyOfRange(d.targets(), 0, 3));
        assertArrayEquals(new double[] {0, 0, 1}, java.util.Arrays.copyOfRange(d.targets(), 447, 450));
    }

    @Test
    void spiralRowsInterleaveThePositiveAndNegativeArms() {
        BenchData d = BenchDatasets.spiral();
        assertEquals(500, d.rows());
        // i = 1: r = 0.02, t = 1.75 · 2π / 250 = 0.0439823; positive (r sin t, r cos t), negative mirrored
        double r = 0.02;
        double t = 0.04398229715;
        assertEquals(r * Math.sin(t), d.inputs()[4], 1e-12);
        assertEquals(r * Math.cos(t), d.inputs()[5], 1e-12);
        assertEquals(-r * Math.sin(t), d.inputs()[6], 1e-12);
        assertEquals(-r * Math.cos(t), d.inputs()[7], 1e-12);
        assertEquals(1.0, d.targets()[2]);
        assertEquals(-1.0, d.targets()[3]);
    }

    @Test
    void digitsPixelsAreDividedBy16() {
        BenchData d = BenchDatasets.digits();
        assertEquals(1797, d.rows());
        assertEquals(64, d.inputSize());
        // first row of digits8x8.csv: 0,0,5,13,9,1,0,0,... label 0
        assertEquals(5 / 16.0, d.inputs()[2]);
        assertEquals(13 / 16.0, d.inputs()[3]);
        assertEquals(0, d.labels()[0]);
        assertEquals(1.0, d.targets()[0]);
    }
}
