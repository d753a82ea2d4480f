package org.backproplab.engine;

import java.util.List;
import org.backproplab.input.Limits;

/**
 * The shape of a network: unit counts (input first), one activation per non-input layer,
 * whether layers have biases, and the loss. Validated on construction.
 *
 * @param sizes       unit counts, input layer first (at least two entries, each ≥ 1)
 * @param activations one per non-input layer; softmax only on the last
 * @param bias        whether every non-input layer has a bias vector
 * @param loss        the loss on the output layer
 */
public record Architecture(List<Integer> sizes, List<Activation> activations, boolean bias, Loss loss) {

    /** Validates and freezes the lists. */
    public Architecture {
        sizes = List.copyOf(sizes);
        activations = List.copyOf(activations);
        if (sizes.size() < 2) {
            throw new IllegalArgumentException("layers needs at least an input and an output size, got " + sizes.size());
        }
        if (Limits.layersProblem(sizes.size()) != null) {
            throw new IllegalArgumentException(Limits.layersProblem(sizes.size()));
        }
        long[] units = new long[sizes.size()];
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) < 1) {
                throw new IllegalArgumentException("layer " + i + " has " + sizes.get(i) + " units; every layer needs at least 1");
            }
            if (Limits.unitsProblem(sizes.get(i)) != null) {
                throw new IllegalArgumentException("layer " + i + ": " + Limits.unitsProblem(sizes.get(i)));
            }
            units[i] = sizes.get(i);
        }
        // checked before any Parameters or Workspace array of this shape is allocated
        if (Limits.parametersProblem(units, bias) != null) {
            throw new IllegalArgumentException(Limits.parametersProblem(units, bias));
        }
        if (activations.size() != sizes.size() - 1) {
            throw new IllegalArgumentException("activations has " + activations.size() + " entries; expected "
                    + (sizes.size() - 1) + " (one per non-input layer)");
        }
        for (int l = 0; l < activations.size() - 1; l++) {
            if (activations.get(l) == Activation.SOFTMAX) {
                throw new IllegalArgumentException("softmax is allowed only on the last layer, found on layer " + (l + 1));
            }
        }
        Activation out = activations.get(activations.size() - 1);
        if (loss == Loss.CE && out != Activation.SOFTMAX) {
            throw new IllegalArgumentException("loss ce needs a softmax output layer, found " + out.id());
        }
        if (loss == Loss.BCE && out != Activation.SIGMOID && out != Activation.SOFTMAX) {
            throw new IllegalArgumentException("loss bce needs a sigmoid (or softmax) output layer, found " + out.id());
        }
        if (loss == Loss.PERCEPTRON && out != Activation.STEP && out != Activation.SIGN) {
            throw new IllegalArgumentException("loss perceptron needs a step or sign output layer, found " + out.id());
        }
    }

    /** @return number of non-input layers L */
    public int layerCount() {
        return sizes.size() - 1;
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return units feeding the layer
     */
    public int inputsOf(int index) {
        return sizes.get(index);
    }

    /**
     * @param index layer index k = l − 1 of layer l = 1 … L (README, "Layer numbers")
     * @return units of the layer
     */
    public int unitsOf(int index) {
        return sizes.get(index + 1);
    }

    /** @return input dimension */
    public int inputSize() {
        return sizes.get(0);
    }

    /** @return output dimension */
    public int outputSize() {
        return sizes.get(sizes.size() - 1);
    }

    /** @return the output layer's activation */
    public Activation outputActivation() {
        return activations.get(activations.size() - 1);
    }

    /** @return total number of weights and biases */
    public int parameterCount() {
        int n = 0;
        for (int l = 0; l < layerCount(); l++) {
            n += inputsOf(l) * unitsOf(l) + (bias ? unitsOf(l) : 0);
        }
        return n;
    }
}
