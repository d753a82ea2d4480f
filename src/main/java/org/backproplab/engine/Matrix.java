package org.backproplab.engine;

import java.util.Arrays;

/**
 * An immutable dense matrix of doubles, stored row-major. Used for every quantity a
 * {@link Pass} records, so that a pass can be shared with other threads and views safely.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] values;

    private Matrix(int rows, int cols, double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.values = values;
    }

    /**
     * Copies {@code rows × cols} values starting at {@code offset} of a row-major array.
     *
     * @param rows   number of rows
     * @param cols   number of columns
     * @param source row-major values
     * @param offset index of element (0, 0) in {@code source}
     * @return a matrix independent of {@code source}
     */
    public static Matrix copyOf(int rows, int cols, double[] source, int offset) {
        return new Matrix(rows, cols, Arrays.copyOfRange(source, offset, offset + rows * cols));
    }

    /**
     * Copies a rectangular array.
     *
     * @param data rows of equal length
     * @return a matrix independent of {@code data}
     */
    public static Matrix of(double[][] data) {
        int r = data.length;
        int c = r == 0 ? 0 : data[0].length;
        double[] v = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (data[i].length != c) {
                throw new IllegalArgumentException("row " + i + " has " + data[i].length + " values, expected " + c);
            }
            System.arraycopy(data[i], 0, v, i * c, c);
        }
        return new Matrix(r, c, v);
    }

    /** @return number of rows */
    public int rows() {
        return rows;
    }

    /** @return number of columns */
    public int cols() {
        return cols;
    }

    /**
     * @param row row index
     * @param col column index
     * @return the element at (row, col)
     */
    public double get(int row, int col) {
        return values[row * cols + col];
    }

    /** @return a fresh row-major copy of the values */
    public double[] toRowMajor() {
        return values.clone();
    }

    /** @return a fresh rectangular copy of the values */
    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(values, i * cols, (i + 1) * cols);
        }
        return out;
    }

    /**
     * @param row row index
     * @return a copy of one row
     */
    public double[] row(int row) {
        return Arrays.copyOfRange(values, row * cols, (row + 1) * cols);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(toArray());
    }
}
