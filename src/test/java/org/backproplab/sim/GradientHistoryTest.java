package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backproplab.engine.LayerGradientSizes;
import org.backproplab.engine.LayerTrace;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Pass;
import org.junit.jupiter.api.Test;

class GradientHistoryTest {

    private static LayerGradientSizes sizes(double w) {
        Matrix x = Matrix.of(new double[][] {{w}});
        return LayerGradientSizes.of(new Pass(x, x, List.of(new LayerTrace(x, x, x, x, x, null)), 0, x));
    }

    private static List<Long> iterations(GradientHistory h) {
        return h.entries().stream().map(GradientHistory.Entry::iteration).toList();
    }

    @Test
    void steppingBackAndOnReplacesTheIterationsFromThereOn() {
        GradientHistory h = new GradientHistory(10);
        for (long i = 1; i <= 5; i++) {
            h.add(i, sizes(i));
        }
        h.add(3, sizes(30));
        assertEquals(List.of(1L, 2L, 3L), iterations(h));
        assertEquals(30, h.entries().get(2).sizes().weightRms(0), 0);
        h.keepUpTo(1);
        assertEquals(List.of(1L), iterations(h));
    }

    @Test
    void beyondItsCapacityTheOlderHalfIsThinned() {
        GradientHistory h = new GradientHistory(8);
        for (long i = 1; i <= 9; i++) {
            h.add(i, sizes(i));
        }
        // 9 entries > 8: of the older half (1, 2, 3, 4) every second goes
        assertEquals(List.of(1L, 3L, 5L, 6L, 7L, 8L, 9L), iterations(h));
    }
}
