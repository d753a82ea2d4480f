package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/** Each neuron map holds the unit's activation at the grid's cell centres. */
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
                        assertEquals(pass.layers().get(l).activation().get(0, u), value, 1e-6);
                        assertEquals(naive[u], value, 1e-6);
                    }
                }
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
