package org.backproplab.ui.confusion;

/**
 * A cell of one of the two confusion matrices.
 *
 * @param test      whether it is the test set's matrix
 * @param actual    true class (the matrix row)
 * @param predicted predicted class (the column)
 */
record CellChoice(boolean test, int actual, int predicted) {
}
