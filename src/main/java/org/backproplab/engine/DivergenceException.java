package org.backproplab.engine;

/**
 * Training produced a NaN or infinite loss or parameter. The message says at which iteration,
 * in which layer and which quantity, so the user can lower the learning rate or fix the data.
 */
public final class DivergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param iteration 1-based iteration at which it happened
     * @param what      e.g. "the loss of output layer 2" or "the weights of layer 2"
     */
    public DivergenceException(long iteration, String what) {
        super("training diverged at iteration " + iteration + ": " + what
                + " became NaN or infinite (try a smaller learning rate)");
    }

    /**
     * Names the first quantity of a pass that is NaN or infinite, in the order the pass computed
     * them: forward z then a layer by layer, the loss, then backward dJ/da, δ, dJ/dW, dJ/db from
     * the output layer down, and dJ/dx.
     *
     * @param iteration 1-based iteration of the pass
     * @param pass      a pass with a non-finite value somewhere
     * @return the exception naming it (layers numbered from 1)
     */
    public static DivergenceException locate(long iteration, Pass pass) {
        return new DivergenceException(iteration, firstNonFinite(pass));
    }

    /**
     * @param pass a pass
     * @return e.g. "the pre-activations z of layer 2" for its first NaN or infinite quantity
     */
    static String firstNonFinite(Pass pass) {
        int layers = pass.layers().size();
        for (int l = 0; l < layers; l++) {
            LayerTrace t = pass.layers().get(l);
            if (!finite(t.preActivation())) {
                return "the pre-activations z of layer " + (l + 1);
            }
            if (!finite(t.activation())) {
                return "the activations a of layer " + (l + 1);
            }
        }
        if (!Double.isFinite(pass.loss())) {
            return "the loss of output layer " + layers;
        }
        for (int l = layers - 1; l >= 0; l--) {
            LayerTrace t = pass.layers().get(l);
            if (!finite(t.dLossDActivation())) {
                return "dLoss/dActivation of layer " + (l + 1);
            }
            if (!finite(t.dLossDPreActivation())) {
                return "dLoss/dPreActivation (δ) of layer " + (l + 1);
            }
            if (!finite(t.dLossDWeights())) {
                return "dLoss/dWeights of layer " + (l + 1);
            }
            double[] b = t.dLossDBiases();
            if (b != null && !Parameters.allFinite(b)) {
                return "dLoss/dBiases of layer " + (l + 1);
            }
        }
        if (!finite(pass.dLossDInput())) {
            return "dLoss/dInput";
        }
        return "a value of the pass";
    }

    private static boolean finite(Matrix m) {
        return Parameters.allFinite(m.toRowMajor());
    }
}
