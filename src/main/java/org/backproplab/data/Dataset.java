package org.backproplab.data;

import java.util.List;

/**
 * An immutable set of samples, ready for the network: inputs and targets row-major, and for
 * classification the class index of each row.
 */
public final class Dataset {
    private final double[] inputs;
    private final double[] targets;
    private final int[] labels;
    private final int rows;
    private final int inputSize;
    private final int outputSize;
    private final List<String> featureNames;
    private final List<String> classNames;

    /**
     * @param inputs       rows × inputSize, row-major (copied)
     * @param targets      rows × outputSize, row-major (copied)
     * @param labels       class index per row, or null for regression (copied)
     * @param rows         number of samples
     * @param inputSize    features per sample
     * @param outputSize   target values per sample
     * @param featureNames one per feature
     * @param classNames   class names (empty for regression)
     */
    public Dataset(double[] inputs, double[] targets, int[] labels, int rows, int inputSize, int outputSize,
                   List<String> featureNames, List<String> classNames) {
        if (inputs.length != rows * inputSize || targets.length != rows * outputSize) {
            throw new IllegalArgumentException("dataset arrays do not match " + rows + " rows");
        }
        this.inputs = inputs.clone();
        this.targets = targets.clone();
        this.labels = labels == null ? null : labels.clone();
        this.rows = rows;
        this.inputSize = inputSize;
        this.outputSize = outputSize;
        this.featureNames = List.copyOf(featureNames);
        this.classNames = List.copyOf(classNames);
    }

    /** @return number of samples */
    public int rows() {
        return rows;
    }

    /** @return features per sample */
    public int inputSize() {
        return inputSize;
    }

    /** @return target values per sample */
    public int outputSize() {
        return outputSize;
    }

    /**
     * @param row sample
     * @param col feature
     * @return the feature value
     */
    public double input(int row, int col) {
        return inputs[row * inputSize + col];
    }

    /**
     * @param row sample
     * @param col output unit
     * @return the target value
     */
    public double target(int row, int col) {
        return targets[row * outputSize + col];
    }

    /**
     * Copies one sample's inputs into a buffer.
     *
     * @param row    sample
     * @param dest   destination
     * @param offset where in {@code dest}
     */
    public void copyInputs(int row, double[] dest, int offset) {
        System.arraycopy(inputs, row * inputSize, dest, offset, inputSize);
    }

    /**
     * Copies one sample's targets into a buffer.
     *
     * @param row    sample
     * @param dest   destination
     * @param offset where in {@code dest}
     */
    public void copyTargets(int row, double[] dest, int offset) {
        System.arraycopy(targets, row * outputSize, dest, offset, outputSize);
    }

    /** @return whether rows carry class labels */
    public boolean isClassification() {
        return labels != null;
    }

    /**
     * @param row sample
     * @return its class index
     */
    public int label(int row) {
        return labels[row];
    }

    /** @return feature names */
    public List<String> featureNames() {
        return featureNames;
    }

    /** @return class names (empty for regression) */
    public List<String> classNames() {
        return classNames;
    }
}
