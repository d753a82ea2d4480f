package org.backproplab.engine;

/**
 * The output layer a problem asks for: its unit count, activation and loss. The rules the
 * settings panel and the CSV import apply when the data changes: two classes take one sigmoid
 * unit with binary cross-entropy, more classes one softmax unit per class with softmax
 * cross-entropy, a numeric (regression) target one identity unit with the squared error.
 *
 * @param units      output units
 * @param activation the output activation
 * @param loss       the loss
 */
public record OutputLayer(int units, Activation activation, Loss loss) {

    /**
     * The default output layer for a target.
     *
     * @param classes the target's class count, 0 for a numeric (regression) target
     * @return identity + squared for 0 classes, 1 sigmoid + bce for 2, softmax + ce for more
     * @throws IllegalArgumentException for 1 class or a negative count
     */
    public static OutputLayer defaultFor(int classes) {
        if (classes == 0) {
            return new OutputLayer(1, Activation.IDENTITY, Loss.SQUARED);
        }
        if (classes == 2) {
            return new OutputLayer(1, Activation.SIGMOID, Loss.BCE);
        }
        if (classes > 2) {
            return new OutputLayer(classes, Activation.SOFTMAX, Loss.CE);
        }
        throw new IllegalArgumentException("a class target needs at least 2 classes, found " + classes);
    }

    /**
     * The output layer for a class count, keeping what the user chose where it fits: more than two
     * classes need softmax + ce on one unit per class; two classes need one unit, and a softmax
     * chosen there becomes sigmoid + bce (a softmax of one unit is constant); any other choice
     * stays.
     *
     * @param classes the data's class count, or 0 when the data keeps the lab's own outputs
     * @param chosen  the units, activation and loss chosen (the lab's, or the panel's)
     * @return the output layer to build
     */
    public static OutputLayer adjustedFor(int classes, OutputLayer chosen) {
        if (classes > 2) {
            return new OutputLayer(classes, Activation.SOFTMAX, Loss.CE);
        }
        if (classes == 2) {
            return chosen.activation() == Activation.SOFTMAX ? new OutputLayer(1, Activation.SIGMOID, Loss.BCE)
                    : new OutputLayer(1, chosen.activation(), chosen.loss());
        }
        return chosen;
    }

    /**
     * The output layer when the data source changes, keeping the user's choice where it fits:
     * {@link #adjustedFor} for class data, plus two rules about numeric targets. A numeric
     * (regression) target takes one unit and cannot take softmax or a classification loss
     * (identity with the squared error instead; so does a first switch from class data, whose
     * output was chosen for classes); two classes replacing a regression do not keep its
     * identity output (sigmoid with binary cross-entropy).
     *
     * @param classes       classes of the new data (0 for a numeric target or the lab's own data)
     * @param regression    whether the new data has a numeric target
     * @param wasRegression whether the data shown until now had one
     * @param chosen        the output chosen (the panel's activation and loss, the lab's units)
     * @return the output layer to build
     */
    public static OutputLayer forData(int classes, boolean regression, boolean wasRegression, OutputLayer chosen) {
        Activation a = chosen.activation();
        Loss l = chosen.loss();
        if (regression) {
            boolean fits = a != Activation.SOFTMAX && l != Loss.BCE && l != Loss.CE && l != Loss.PERCEPTRON;
            return fits && wasRegression ? new OutputLayer(1, a, l) : new OutputLayer(1, Activation.IDENTITY, Loss.SQUARED);
        }
        if (classes == 2 && wasRegression && a == Activation.IDENTITY) {
            return new OutputLayer(1, Activation.SIGMOID, Loss.BCE);
        }
        return adjustedFor(classes, chosen);
    }
}
