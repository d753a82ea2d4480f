package org.backproplab.data;

import java.util.List;

/**
 * Where a lab's data comes from, as written in its lab file: inline rows, a CSV file, or a
 * 2-D generator. {@link DataLoader} turns a spec into a {@link DataSplit}.
 */
public sealed interface DataSpec {

    /**
     * Rows written in the lab file itself, in their original units: the training rows and,
     * optionally, held-out test rows; optionally the feature and class names and whether to
     * standardise (fitted on the training rows, as for a CSV). Points clicked into the window are
     * saved this way.
     *
     * @param inputs      one row per training sample
     * @param targets     one row per training sample, as many columns as the output layer
     * @param features    feature names, one per input (empty: x1, x2, …)
     * @param classes     class names (empty: "class 0", … when the targets encode classes, else
     *                    regression); when given, the targets must encode classes
     * @param standardize whether to standardise the features (fitted on the training rows)
     * @param testInputs  held-out rows (may be empty)
     * @param testTargets their targets
     */
    record Inline(double[][] inputs, double[][] targets, List<String> features, List<String> classes,
                  boolean standardize, double[][] testInputs, double[][] testTargets) implements DataSpec {
        /** Null lists and test rows read as empty; the lists are frozen. */
        public Inline {
            features = features == null ? List.of() : List.copyOf(features);
            classes = classes == null ? List.of() : List.copyOf(classes);
            testInputs = testInputs == null ? new double[0][] : testInputs;
            testTargets = testTargets == null ? new double[0][] : testTargets;
        }

        /**
         * Training rows only, unnamed and not standardised.
         *
         * @param inputs  one row per sample
         * @param targets one row per sample
         */
        public Inline(double[][] inputs, double[][] targets) {
            this(inputs, targets, List.of(), List.of(), false, null, null);
        }

        /** Equal when every value, name and flag is equal. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Inline other && java.util.Arrays.deepEquals(inputs, other.inputs)
                    && java.util.Arrays.deepEquals(targets, other.targets) && features.equals(other.features)
                    && classes.equals(other.classes) && standardize == other.standardize
                    && java.util.Arrays.deepEquals(testInputs, other.testInputs)
                    && java.util.Arrays.deepEquals(testTargets, other.testTargets);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.deepHashCode(inputs) * 31 + java.util.Arrays.deepHashCode(targets);
        }

        @Override
        public String toString() {
            return "Inline[" + inputs.length + " rows" + (testInputs.length > 0 ? ", " + testInputs.length + " test" : "")
                    + "]";
        }
    }

    /**
     * A CSV file with a header row.
     *
     * @param csv          path as written (relative: tried against the lab file's folder, the
     *                     current directory, then the built-in datasets; see {@link CsvSource})
     * @param features     feature column names
     * @param target       target column name
     * @param classes      class names to keep, in target-index order (empty: for a text target column its
     *                     distinct values in order of first appearance, for a numeric one regression)
     * @param standardize  whether to standardise features (fit on the training part)
     * @param testFraction fraction of rows held out for testing, in [0, 1)
     * @param seed         seed of the train/test split
     */
    record Csv(String csv, List<String> features, String target, List<String> classes, boolean standardize,
               double testFraction, long seed) implements DataSpec {
        /** Freezes the lists. */
        public Csv {
            features = List.copyOf(features);
            classes = List.copyOf(classes);
        }
    }

    /**
     * A TensorFlow-Playground 2-D generator.
     *
     * @param generator    circle, xor, gauss or spiral (classes), or sine, plane or reg-gauss (regression,
     *                     see {@link RegressionGenerators})
     * @param points       number of points
     * @param noise        Playground's noise argument (its slider's percentage / 100), in [0, 1];
     *                     see {@link DataGenerators} for how each generator scales it
     * @param seed         generator seed
     * @param testFraction fraction held out for testing
     */
    record Generator(String generator, int points, double noise, long seed, double testFraction) implements DataSpec {
    }
}
