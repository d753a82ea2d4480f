package org.backproplab.data;

import java.util.List;

/**
 * Samples before splitting, standardising and target encoding: features in original units and
 * either a class index or a numeric target per row.
 *
 * @param inputs       rows × features, row-major, original units
 * @param rows         number of samples
 * @param labels       class index per row, or null for a numeric target
 * @param values       numeric target per row, or null for classes
 * @param featureNames one per feature
 * @param classNames   class names in index order (empty for a numeric target)
 */
record RawData(double[] inputs, int rows, int[] labels, double[] values, List<String> featureNames,
               List<String> classNames) {

    /** @return features per row */
    int columns() {
        return featureNames.size();
    }
}
