package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.PlaneForward;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * Each neuron map holds the unit's activation at the grid's cell centres, from the display-grade
 * plane pass: equal to the exact forward pass within the documented display tolerance.
 */
class NeuronMapsTest {

    @Test
    void mapValuesEqualTheForwardPassAtEveryGridPoint() {
        // given the spiral lesson's 2-8-8-8-1 tanh network after some training
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/spiral-deep.lab.json")));
        for (int i = 0; i < 50; i++) {
            run.session().iterate(false);
        }
        Parameters p = run.session().network().parameters().copy();
        Architecture arch = p.architecture();
        int side = 9;
        NeuronMaps maps = NeuronMaps.compute(p, side, -3, 5, -4, 2);
        Network network = new Network(p);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                // the cell centre, worked out here: x from −3 in steps of 8/9, y from 2 down in steps of 6/9
                double x = -3 + (c + 0.5) * 8.0 / side;
                double y = 2 - (r + 0.5) * 6.0 / side;
                var pass = network.computePass(Matrix.of(new double[][] {{x, y}}), Matrix.of(new double[][] {{0}}), 0);
                double[] naive = {x, y};
                for (int l = 0; l < arch.layerCount(); l++) {
                    naive = naiveLayer(p, l, naive);
                    for (int u = 0; u < arch.unitsOf(l); u++) {
                        double value = maps.value(l, u, r, c);
                        assertEquals(pass.layers().get(l).activation().get(0, u), value, PlaneForward.DISPLAY_TOLERANCE);
                        assertEquals(naive[u], value, PlaneForward.DISPLAY_TOLERANCE);
                    }
                }
            }
        }
    }

    @Test
    void oneUnitsMapAloneEqualsItsMapAmongAllAndTheTextbookPass() {
        // given the spiral lesson after some training, the third unit of hidden layer 2 over a 7 × 7 grid
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/spiral-deep.lab.json")));
        for (int i = 0; i < 30; i++) {
            run.session().iterate(false);
        }
        Parameters p = run.session().network().parameters().copy();
        double[] alone = NeuronMaps.unitMap(p, 1, 2, 7, -2, 2, -1, 3);
        NeuronMaps all = NeuronMaps.compute(p, 7, -2, 2, -1, 3);
        for (int r = 0; r < 7; r++) {
            for (int c = 0; c < 7; c++) {
                double x = -2 + (c + 0.5) * 4.0 / 7;
                double y = 3 - (r + 0.5) * 4.0 / 7;
                double[] a = naiveLayer(p, 1, naiveLayer(p, 0, new double[] {x, y}));
                assertEquals(a[2], alone[r * 7 + c], PlaneForward.DISPLAY_TOLERANCE);
                assertEquals(all.value(1, 2, r, c), alone[r * 7 + c], 0);
            }
        }
    }

    // a = g(a_prev · W + b) with a textbook loop and Math.tanh / the logistic function
    private static double[] naiveLayer(Parameters p, int l, double[] in) {
        Architecture arch = p.architecture();
        int out = arch.unitsOf(l);
        double[] w = p.weightsOf(l);
        double[] a = new double[out];
        for (int j = 0; j < out; j++) {
            double z = p.hasBiases() ? p.biasesOf(l)[j] : 0;
            for (int i = 0; i < in.length; i++) {
                z += in[i] * w[i * out + j];
            }
            a[j] = switch (arch.activations().get(l)) {
                case TANH -> Math.tanh(z);
                case SIGMOID -> 1 / (1 + Math.exp(-z));
                default -> throw new IllegalStateException();
            };
        }
        return a;
    }
}
