package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backproplab.engine.Matrix;
import org.junit.jupiter.api.Test;

/** How the readout writes the first sample's outputs and ∂J/∂y. */
class ReadoutBarTest {
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @Test
    void upToFourUnitsAreWrittenInFull() {
        Matrix three = Matrix.copyOf(1, 3, new double[] {0.0065, 0.9685, 0.025}, 0);
        assertEquals("0.0065  0.9685  0.0250", ReadoutBar.firstRow(three, List.of("setosa", "versicolor", "virginica")));
    }

    @Test
    void tenDigitsShowTheThreeLargestByClassAndTheTargetsGradientAmongZeros() {
        // given softmax outputs whose largest entries are the classes 7, 1 and 4
        double[] y = {0.001, 0.03, 0.002, 0.003, 0.01, 0.004, 0.005, 0.93, 0.009, 0.006};
        assertEquals("7: 0.9300  1: 0.0300  4: 0.0100 …", ReadoutBar.firstRow(Matrix.copyOf(1, 10, y, 0), DIGITS));
        // and ∂J/∂y = −t/(n·y), nonzero for the target class 3 only: it is shown, the zeros are not
        double[] g = new double[10];
        g[3] = -0.1234;
        assertEquals("3: −0.1234 …", ReadoutBar.firstRow(Matrix.copyOf(1, 10, g, 0), DIGITS));
        // without class names the units are numbered from 1
        assertEquals("#4: −0.1234 …", ReadoutBar.firstRow(Matrix.copyOf(1, 10, g, 0), List.of()));
    }
}
