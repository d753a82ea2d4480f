package org.backproplab.ui.views;

/**
 * Samples another view asked to be picked out in the data views (e.g. a cell of the confusion
 * matrix): rows of the training or of the test set, with what they are.
 *
 * @param test  whether the rows are test rows (else training rows)
 * @param rows  the rows
 * @param label what they are, e.g. "training: versicolor predicted virginica"
 */
public record SampleHighlight(boolean test, int[] rows, String label) {

    /** Copies the rows. */
    public SampleHighlight {
        rows = rows.clone();
    }

    /** @return a copy of the rows */
    @Override
    public int[] rows() {
        return rows.clone();
    }
}
