package org.backproplab.ui.functionfit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Parameters;
import org.junit.jupiter.api.Test;

/** The regression heatmap's values are the network's outputs at the grid's points, in original units. */
class OutputMapTest {

    @Test
    void aLinearNeuronsMapIsItsPlaneWorkedOutByHand() {
        Architecture arch = new Architecture(List.of(2, 1), List.of(Activation.IDENTITY), true, Loss.SQUARED);
        Parameters p = new Parameters(arch);
        p.weightsOf(0)[0] = 0.5;
        p.weightsOf(0)[1] = -2;
        p.biasesOf(0)[0] = 0.25;
        Standardizer st = new Standardizer(new double[] {1, -3}, new double[] {2, 0.5});
        OutputMap map = OutputMap.compute(p, st, new double[] {-1, 3, -4, -2}, 5);
        for (int j = 0; j < 5; j++) {
            for (int i = 0; i < 5; i++) {
                double a = -1 + i;
                double b = -4 + 0.5 * j;
                // y = 0.5 (a − 1)/2 − 2 (b + 3)/0.5 + 0.25
                double expected = 0.5 * (a - 1) / 2 - 2 * (b + 3) / 0.5 + 0.25;
                assertEquals(a, map.x1()[i], 1e-15);
                assertEquals(b, map.x2()[j], 1e-15);
                assertEquals(expected, map.output()[j * 5 + i], 1e-12, "cell " + i + ", " + j);
            }
        }
    }

    @Test
    void coloursRunFromBlueThroughWhiteToOrange() {
        assertEquals(javafx.scene.paint.Color.WHITE, OutputMapView.colour(0, 1));
        assertEquals(javafx.scene.paint.Color.web("#2166ac"), OutputMapView.colour(-5, 1));
        assertEquals(javafx.scene.paint.Color.web("#e66101"), OutputMapView.colour(2, 2));
    }
}
