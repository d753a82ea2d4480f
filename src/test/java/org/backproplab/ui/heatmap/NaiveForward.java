package org.backproplab.ui.heatmap;

import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;

/** A textbook forward pass of one input point, written out here with Math.tanh and the logistic function. */
final class NaiveForward {
    private NaiveForward() {
    }

    /**
     * @param p     a 2-input network of tanh and sigmoid layers
     * @param layer 1..L
     * @param unit  0-based unit
     * @param x     first input
     * @param y     second input
     * @return the unit's activation at (x, y)
     */
    static double activation(Parameters p, int layer, int unit, double x, double y) {
        Architecture arch = p.architecture();
        double[] a = {x, y};
        for (int l = 0; l < layer; l++) {
            int out = arch.unitsOf(l);
            double[] w = p.weightsOf(l);
            double[] next = new double[out];
            for (int j = 0; j < out; j++) {
                double z = p.hasBiases() ? p.biasesOf(l)[j] : 0;
                for (int i = 0; i < a.length; i++) {
                    z += a[i] * w[i * out + j];
                }
                next[j] = switch (arch.activations().get(l)) {
                    case TANH -> Math.tanh(z);
                    case SIGMOID -> 1 / (1 + Math.exp(-z));
                    default -> throw new IllegalStateException("not in the test's networks");
                };
            }
            a = next;
        }
        return a[unit];
    }
}
