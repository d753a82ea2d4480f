package org.backproplab.engine;

import java.util.List;

/**
 * The immutable record of one forward and backward pass over a batch: per layer z, a, dJ/da,
 * δ, dJ/dW and dJ/db (first hidden layer first), the batch-averaged loss (including any L2
 * term) and dJ/dx for the inputs. Nothing in a Pass changes after it is made.
 *
 * @param inputs       the batch's inputs (batch × input units)
 * @param targets      the batch's targets (batch × output units)
 * @param layers       one entry per non-input layer
 * @param loss         J averaged over the batch, L2 term included
 * @param dLossDInput  dJ/dx (batch × input units)
 */
public record Pass(Matrix inputs, Matrix targets, List<LayerTrace> layers, double loss, Matrix dLossDInput) {

    /** Freezes the layer list. */
    public Pass {
        layers = List.copyOf(layers);
    }

    /** @return the network output a_L */
    public Matrix output() {
        return layers.get(layers.size() - 1).activation();
    }
}
