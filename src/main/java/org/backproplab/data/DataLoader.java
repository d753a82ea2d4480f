package org.backproplab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link DataSpec} into training and test sets shaped for a network with the given
 * input and output sizes.
 */
public final class DataLoader {
    private DataLoader() {
    }

    /**
     * @param spec       where the data comes from
     * @param inputSize  the network's input units
     * @param outputSize the network's output units
     * @param labDir     folder of the lab file (relative CSV paths resolve against it first), or null
     * @return the loaded split
     * @throws DataException naming the file, the place and the problem
     */
    public static DataSplit load(DataSpec spec, int inputSize, int outputSize, Path labDir) {
        if (spec instanceof DataSpec.Inline inline) {
            Dataset train = inline(inline, inputSize, outputSize);
            return new DataSplit(train, empty(train), null);
        }
        throw new DataException("data: " + spec.getClass().getSimpleName() + " data is not supported yet");
    }

    /**
     * @param like a dataset whose shape and names to copy
     * @return a dataset with no rows
     */
    public static Dataset empty(Dataset like) {
        return new Dataset(new double[0], new double[0], like.isClassification() ? new int[0] : null, 0,
                like.inputSize(), like.outputSize(), like.featureNames(), like.classNames());
    }

    private static Dataset inline(DataSpec.Inline spec, int inputSize, int outputSize) {
        int rows = spec.inputs().length;
        double[] x = new double[rows * inputSize];
        double[] t = new double[rows * outputSize];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(spec.inputs()[r], 0, x, r * inputSize, inputSize);
            System.arraycopy(spec.targets()[r], 0, t, r * outputSize, outputSize);
        }
        int[] labels = ClassLabels.fromTargets(t, rows, outputSize);
        List<String> features = new ArrayList<>();
        for (int i = 0; i < inputSize; i++) {
            features.add("x" + (i + 1));
        }
        List<String> classes = new ArrayList<>();
        if (labels != null) {
            int k = Math.max(2, outputSize);
            for (int c = 0; c < k; c++) {
                classes.add("class " + c);
            }
        }
        return new Dataset(x, t, labels, rows, inputSize, outputSize, features, classes);
    }
}
