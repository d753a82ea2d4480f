package org.backproplab.data;

/**
 * Class labels and their target encodings: one output unit holds 0/1 (or −1/+1 for a tanh
 * output); several output units hold a one-hot row.
 */
public final class ClassLabels {
    private ClassLabels() {
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
     * @param threshold decision threshold for a single output unit (0.5 for sigmoid/step, 0 for tanh/identity)
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
