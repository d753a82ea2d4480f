package org.backproplab.data;

/**
 * A lab's data after loading: training and test sets (the test set may have no rows) and,
 * when features were standardised, the transform fitted on the training rows.
 *
 * @param train        training samples
 * @param test         held-out samples (possibly empty)
 * @param standardizer the fitted transform, or null when features are raw
 */
public record DataSplit(Dataset train, Dataset test, Standardizer standardizer) {
}
