package org.backproplab.engine;

/**
 * The size of each layer's gradient in one pass, the numbers behind "vanishing" and "exploding"
 * gradients: per non-input layer l (index 0 = first hidden layer), the root mean square of the
 * weight gradient ∂J/∂W_l (over its in × out entries) and of the sensitivity δ_l = ∂J/∂z_l
 * (over its batch × units entries).
 *
 * <pre>
 *   RMS(M) = sqrt( (1 / (rows·cols)) · Σ_ij M_ij² )
 * </pre>
 */
public final class LayerGradientSizes {
    private final double[] weightRms;
    private final double[] deltaRms;

    private LayerGradientSizes(double[] weightRms, double[] deltaRms) {
        this.weightRms = weightRms;
        this.deltaRms = deltaRms;
    }

    /**
     * @param pass a forward and backward pass
     * @return the RMS of ∂J/∂W_l and of δ_l for every non-input layer of the pass
     */
    public static LayerGradientSizes of(Pass pass) {
        int layers = pass.layers().size();
        double[] w = new double[layers];
        double[] d = new double[layers];
        for (int l = 0; l < layers; l++) {
            LayerTrace t = pass.layers().get(l);
            w[l] = rms(t.dLossDWeights());
            d[l] = rms(t.dLossDPreActivation());
        }
        return new LayerGradientSizes(w, d);
    }

    /**
     * @param m a matrix
     * @return sqrt of the mean of its squared entries, 0 for an empty matrix
     */
    public static double rms(Matrix m) {
        int n = m.rows() * m.cols();
        if (n == 0) {
            return 0;
        }
        double sum = 0;
        for (int r = 0; r < m.rows(); r++) {
            for (int c = 0; c < m.cols(); c++) {
                double v = m.get(r, c);
                sum += v * v;
            }
        }
        return Math.sqrt(sum / n);
    }

    /** @return number of non-input layers */
    public int layers() {
        return weightRms.length;
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return RMS of ∂J/∂W of that layer
     */
    public double weightRms(int index) {
        return weightRms[index];
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return RMS of δ = ∂J/∂z of that layer
     */
    public double deltaRms(int index) {
        return deltaRms[index];
    }

    /**
     * @return the ratio of the first layer's RMS ∂J/∂W to the last layer's: far below 1 when
     *         gradients vanish towards the input, far above when they explode (NaN if the last is 0)
     */
    public double firstToLastWeightRatio() {
        double last = weightRms[weightRms.length - 1];
        return last == 0 ? Double.NaN : weightRms[0] / last;
    }

    /**
     * @return the ratio of the first layer's RMS δ to the last layer's (NaN if the last is 0):
     *         how much the sensitivity grows or shrinks on its way back to the input
     */
    public double firstToLastDeltaRatio() {
        double last = deltaRms[deltaRms.length - 1];
        return last == 0 ? Double.NaN : deltaRms[0] / last;
    }
}
