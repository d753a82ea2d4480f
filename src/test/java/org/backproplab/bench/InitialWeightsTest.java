package org.backproplab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.engine.Parameters;
import org.junit.jupiter.api.Test;

/** The workloads start from BENCHMARKS.md's Glorot-uniform weights: one SplitMix64 stream, seed 42. */
class InitialWeightsTest {

    // SplitMix64 written out independently of the engine's class.
    private static long state = 42;

    private static double nextU() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return (z >>> 11) * 0x1.0p-53;
    }

    @Test
    void weightsFollowOneStreamThroughTheLayersAndBiasesAreZero() {
        state = 42;
        Parameters p = new WorkloadTrainer(Workload.W2, Workload.W2.loadData()).network().parameters();
        int[] sizes = {2, 8, 8, 8, 1};
        for (int l = 0; l < 4; l++) {
            double limit = Math.sqrt(6.0 / (sizes[l] + sizes[l + 1]));
            double[] w = p.weightsOf(l);
            assertEquals(sizes[l] * sizes[l + 1], w.length);
            for (double v : w) {
                assertEquals((2 * nextU() - 1) * limit, v, 0.0);
            }
            for (double b : p.biasesOf(l)) {
                assertEquals(0.0, b);
            }
        }
    }

    @Test
    void firstDrawOfSeed42IsTheKnownSplitMix64Output() {
        // SplitMix64(42).nextLong() = 0xBDD732262FEB6E95, computed separately with Python integers
        state = 42;
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        assertEquals(0xBDD732262FEB6E95L, z ^ (z >>> 31));
    }
}
