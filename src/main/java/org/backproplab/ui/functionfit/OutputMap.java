package org.backproplab.ui.functionfit;

import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Workspace;

/**
 * One output of a two-input network over a grid of the input plane, for the
 * regression heatmap: cell (i, j) holds y at x₁ = x1[i], x₂ = x2[j] (original units, standardised
 * for the network when the data were), computed with the engine's forward pass.
 *
 * @param x1     column positions, increasing
 * @param x2     row positions, increasing
 * @param output output[j * x1.length + i] = y(x1[i], x2[j])
 */
public record OutputMap(double[] x1, double[] x2, double[] output) {

    /**
     * @param parameters   the network's (two inputs, one output; read only)
     * @param standardizer the data's transform, or null
     * @param range        {x1 from, x1 to, x2 from, x2 to} in original units
     * @param cells        positions along each axis (≥ 2)
     * @return the map
     */
    public static OutputMap compute(Parameters parameters, Standardizer standardizer, double[] range, int cells) {
        return compute(parameters, standardizer, range, cells, 0);
    }

    /**
     * @param parameters   the network's (two inputs; read only)
     * @param standardizer the data's transform, or null
     * @param range        {x1 from, x1 to, x2 from, x2 to} in original units
     * @param cells        positions along each axis (≥ 2)
     * @param unit         the output unit to map (0-based)
     * @return the map of that output unit
     */
    public static OutputMap compute(Parameters parameters, Standardizer standardizer, double[] range, int cells,
                                    int unit) {
        double[] a = new double[cells];
        double[] b = new double[cells];
        for (int i = 0; i < cells; i++) {
            a[i] = range[0] + (range[1] - range[0]) * i / (cells - 1);
            b[i] = range[2] + (range[3] - range[2]) * i / (cells - 1);
        }
        Workspace ws = new Workspace(parameters.architecture(), cells * cells);
        double[] in = ws.inputBuffer();
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int r = j * cells + i;
                in[2 * r] = standardizer == null ? a[i] : standardizer.apply(0, a[i]);
                in[2 * r + 1] = standardizer == null ? b[j] : standardizer.apply(1, b[j]);
            }
        }
        int outputs = parameters.architecture().outputSize();
        double[] all = new Network(parameters).forward(ws, cells * cells);
        double[] y = new double[cells * cells];
        for (int r = 0; r < y.length; r++) {
            y[r] = all[r * outputs + unit];
        }
        return new OutputMap(a, b, y);
    }

    /**
     * @param train        training set
     * @param test         test set
     * @param standardizer the data's transform, or null
     * @return {x1 from, x1 to, x2 from, x2 to}: the data's range in original units with 5 % room
     */
    public static double[] range(Dataset train, Dataset test, Standardizer standardizer) {
        double[] out = new double[4];
        for (int f = 0; f < 2; f++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Dataset d : new Dataset[] {train, test}) {
                for (int r = 0; r < d.rows(); r++) {
                    double v = standardizer == null ? d.input(r, f) : standardizer.invert(f, d.input(r, f));
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (!(hi > lo)) {
                lo = Double.isFinite(lo) ? lo - 1 : -1;
                hi = lo + 2;
            }
            double pad = 0.05 * (hi - lo);
            out[2 * f] = lo - pad;
            out[2 * f + 1] = hi + pad;
        }
        return out;
    }
}
