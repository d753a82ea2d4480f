package org.backproplab.engine;

/**
 * Everything one forward and backward pass computed for one non-input layer. Matrices are
 * batch × units, except the weight gradient, which is in × out like the weights.
 *
 * @param preActivation        z = a_prev · W + b
 * @param activation           a = g(z)
 * @param dLossDActivation     dJ/da
 * @param dLossDPreActivation  δ = dJ/dz
 * @param dLossDWeights        dJ/dW = a_prevᵀ · δ (+ λW with L2)
 * @param dLossDBiases         dJ/db = Σ_rows δ, or null without biases
 */
public record LayerTrace(Matrix preActivation, Matrix activation, Matrix dLossDActivation,
                         Matrix dLossDPreActivation, Matrix dLossDWeights, double[] dLossDBiases) {

    /** Copies the bias gradient so the record stays immutable. */
    public LayerTrace {
        dLossDBiases = dLossDBiases == null ? null : dLossDBiases.clone();
    }

    /** @return a copy of dJ/db, or null without biases */
    @Override
    public double[] dLossDBiases() {
        return dLossDBiases == null ? null : dLossDBiases.clone();
    }

    /** Equal when every matrix and the bias gradient hold the same values (not the same arrays). */
    @Override
    public boolean equals(Object o) {
        return o instanceof LayerTrace t && preActivation.equals(t.preActivation) && activation.equals(t.activation)
                && dLossDActivation.equals(t.dLossDActivation) && dLossDPreActivation.equals(t.dLossDPreActivation)
                && dLossDWeights.equals(t.dLossDWeights) && java.util.Arrays.equals(dLossDBiases, t.dLossDBiases);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(preActivation, activation, dLossDActivation, dLossDPreActivation, dLossDWeights)
                * 31 + java.util.Arrays.hashCode(dLossDBiases);
    }
}
