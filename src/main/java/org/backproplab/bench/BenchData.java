package org.backproplab.bench;

/**
 * A benchmark's training set, row-major, in file or generation order.
 *
 * @param inputs     rows × inputSize
 * @param targets    rows × outputSize
 * @param labels     class index per row (for a single ±1 output: 1 for +1, 0 for −1)
 * @param rows       number of samples
 * @param inputSize  features per sample
 * @param outputSize target values per sample
 */
public record BenchData(double[] inputs, double[] targets, int[] labels, int rows, int inputSize, int outputSize) {

    /** Checks that the arrays match the stated shape. */
    public BenchData {
        if (inputs.length != rows * inputSize || targets.length != rows * outputSize || labels.length != rows) {
            throw new IllegalArgumentException("benchmark data arrays do not match " + rows + " rows");
        }
    }
}
