package org.backproplab.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Fisher's Iris data set as the app ships it ({@code datasets/iris.csv}): its columns, its
 * classes, how a lab's data is recognised as Iris, and the CSV description of a choice of two
 * features and a subset of the classes.
 */
public final class IrisData {
    /** The data set's path, resolved like any lab's CSV (lab folder, working folder, built in). */
    public static final String CSV = "datasets/iris.csv";
    /** The class column. */
    public static final String TARGET = "species";
    /** The four measurements, in the file's order. */
    public static final List<String> FEATURES = List.of("sepal_length_cm", "sepal_width_cm", "petal_length_cm",
            "petal_width_cm");
    /** The three species, in the file's order. */
    public static final List<String> CLASSES = List.of("setosa", "versicolor", "virginica");

    private IrisData() {
    }

    /**
     * Whether a lab's data is an Iris CSV: a CSV whose file name contains "iris" (any case), as
     * {@code iris.csv} and copies such as {@code Iris-2019.csv} do.
     *
     * @param data a lab's data
     * @return whether the settings show it as Iris
     */
    public static boolean isIris(DataSpec data) {
        if (!(data instanceof DataSpec.Csv csv)) {
            return false;
        }
        Path name = Path.of(csv.csv()).getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).contains("iris");
    }

    /**
     * The data description of an Iris choice (seed 1 for the split).
     *
     * @param features     the two features, x then y
     * @param classes      the classes to keep, at least two
     * @param standardize  whether to standardise the features
     * @param testFraction share of rows held out
     * @return the CSV description
     * @throws IllegalArgumentException with the sentence the settings panel shows, for fewer than
     *                                  two classes or the same feature twice
     */
    public static DataSpec.Csv spec(List<String> features, List<String> classes, boolean standardize,
                                    double testFraction) {
        if (classes.size() < 2) {
            throw new IllegalArgumentException("Choose at least two Iris classes.");
        }
        if (features.size() != 2 || features.get(0).equals(features.get(1))) {
            throw new IllegalArgumentException("Choose two different Iris features.");
        }
        return new DataSpec.Csv(CSV, features, TARGET, classes, standardize, testFraction, 1);
    }
}
