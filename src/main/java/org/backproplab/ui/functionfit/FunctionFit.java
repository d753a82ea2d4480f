package org.backproplab.ui.functionfit;

import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Workspace;

/**
 * The curves of a one-input, one-output network over an x range: y(x) = the network's output,
 * and for each unit j of the last hidden layer its contribution w_j · h_j(x) to the output's
 * pre-activation (so that, for an identity output, y = Σ_j w_j h_j(x) + b). Computed with the
 * engine's forward pass; x in the data's original units, standardised for the network when the
 * data were.
 *
 * @param x             the sample positions, original units, increasing
 * @param y             the network's output at each x
 * @param contributions contributions[j][i] = w_j · h_j(x_i) of last-hidden unit j (empty without hidden layers)
 */
public record FunctionFit(double[] x, double[] y, double[][] contributions) {

    /**
     * @param arch a network shape
     * @return whether it has one input and one output (the function-fit view applies)
     */
    public static boolean applies(Architecture arch) {
        return arch.inputSize() == 1 && arch.outputSize() == 1;
    }

    /**
     * @param parameters   the network's parameters (read only)
     * @param standardizer the data's transform, or null for raw inputs
     * @param from         first x, original units
     * @param to           last x, original units (&gt; from)
     * @param samples      number of positions (≥ 2)
     * @return the curves
     */
    public static FunctionFit compute(Parameters parameters, Standardizer standardizer, double from, double to,
                                      int samples) {
        Architecture arch = parameters.architecture();
        Workspace ws = new Workspace(arch, samples);
        double[] input = ws.inputBuffer();
        double[] xs = new double[samples];
        for (int i = 0; i < samples; i++) {
            xs[i] = from + (to - from) * i / (samples - 1);
            input[i] = standardizer == null ? xs[i] : standardizer.apply(0, xs[i]);
        }
        Network network = new Network(parameters);
        double[] y = network.forward(ws, samples).clone();
        int last = arch.layerCount() - 1;
        double[][] contributions = new double[last == 0 ? 0 : arch.unitsOf(last - 1)][samples];
        if (last > 0) {
            double[] h = ws.activationBuffer(last - 1);
            double[] w = parameters.weightsOf(last);
            int units = contributions.length;
            for (int j = 0; j < units; j++) {
                for (int i = 0; i < samples; i++) {
                    contributions[j][i] = w[j] * h[i * units + j];
                }
            }
        }
        return new FunctionFit(xs, y, contributions);
    }

    /**
     * The x range to show: the data's (training and test) in original units, with 5 % room.
     *
     * @param train        training set
     * @param test         test set
     * @param standardizer the data's transform, or null
     * @return {from, to}
     */
    public static double[] range(Dataset train, Dataset test, Standardizer standardizer) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Dataset d : new Dataset[] {train, test}) {
            for (int r = 0; r < d.rows(); r++) {
                double v = standardizer == null ? d.input(r, 0) : standardizer.invert(0, d.input(r, 0));
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            lo = Double.isFinite(lo) ? lo - 1 : -1;
            hi = lo + 2;
        }
        double pad = 0.05 * (hi - lo);
        return new double[] {lo - pad, hi + pad};
    }
}
