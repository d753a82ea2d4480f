package org.backproplab.data;

import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;

/**
 * Class labels and their target encodings: one output unit holds 0/1 (or −1/+1 for a tanh,
 * identity or sign output, see {@link Activation#negativeTarget}); several output units hold a
 * one-hot row.
 */
public final class ClassLabels {
    private ClassLabels() {
    }

    /**
     * The target of the "negative" class (class 0) for a single output unit.
     *
     * @param output the output layer's activation
     * @return {@link Activation#negativeTarget}: −1 for outputs around 0 (tanh, identity, sign),
     *         0 otherwise
     */
    public static double negativeTarget(Activation output) {
        return output.negativeTarget();
    }

    /**
     * Checks that a network's output layer can hold the given number of classes: one unit per
     * class (one-hot), a single unit for two classes, or a single unit for a numeric target
     * (no classes).
     *
     * @param classCount   number of classes (0 for a numeric target)
     * @param architecture the network
     * @return what is wrong, as a phrase for a one-line message, or null when the sizes fit
     */
    public static String outputSizeProblem(int classCount, Architecture architecture) {
        int out = architecture.outputSize();
        if (classCount == 0) {
            return out == 1 ? null : "a numeric target needs 1 output unit, but the network's last layer has " + out
                    + " (list the class names to use one output unit per class)";
        }
        if (classCount == 1) {
            return "expected at least 2 classes, found 1";
        }
        if (out == classCount || (classCount == 2 && out == 1)) {
            return null;
        }
        return classCount + " classes need " + classCount + " output units (one per class)"
                + (classCount == 2 ? " or 1" : "") + ", but the network's last layer has " + out;
    }

    /**
     * Writes the target row of one class: a one-hot row for several output units, or for a
     * single unit 1 for class 1 and {@link #negativeTarget} for class 0.
     *
     * @param label        class index
     * @param architecture the network (its output size and activation)
     * @param dest         target buffer
     * @param offset       where the row starts in {@code dest}
     */
    public static void encode(int label, Architecture architecture, double[] dest, int offset) {
        int out = architecture.outputSize();
        if (out == 1) {
            dest[offset] = label == 1 ? 1.0 : negativeTarget(architecture.outputActivation());
            return;
        }
        for (int k = 0; k < out; k++) {
            dest[offset + k] = k == label ? 1.0 : 0.0;
        }
    }

    /**
     * Recovers class labels from targets when they are a classification encoding.
     *
     * @param targets    rows × outputSize
     * @param rows       samples
     * @param outputSize output units
     * @return class index per row, or null when the targets are not 0/1 or one-hot
     */
    public static int[] fromTargets(double[] targets, int rows, int outputSize) {
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            if (outputSize == 1) {
                double v = targets[r];
                if (v == 1) {
                    labels[r] = 1;
                } else if (v == 0 || v == -1) {
                    labels[r] = 0;
                } else {
                    return null;
                }
            } else {
                int hot = -1;
                for (int k = 0; k < outputSize; k++) {
                    double v = targets[r * outputSize + k];
                    if (v == 1 && hot < 0) {
                        hot = k;
                    } else if (v != 0) {
                        return null;
                    }
                }
                if (hot < 0) {
                    return null;
                }
                labels[r] = hot;
            }
        }
        return labels;
    }

    /**
     * The predicted class of one output row.
     *
     * @param outputs row-major network outputs
     * @param row     sample
     * @param outputSize output units
     * @param threshold decision threshold for a single output unit ({@link Activation#classThreshold})
     * @return class index
     */
    public static int predict(double[] outputs, int row, int outputSize, double threshold) {
        if (outputSize == 1) {
            return outputs[row] > threshold ? 1 : 0;
        }
        int best = 0;
        int o = row * outputSize;
        for (int k = 1; k < outputSize; k++) {
            if (outputs[o + k] > outputs[o + best]) {
                best = k;
            }
        }
        return best;
    }
}
