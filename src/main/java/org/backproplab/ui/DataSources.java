package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.data.DataSpec;
import org.backproplab.data.RegressionGenerators;

/**
 * The settings panel's data sources and what each means for the network's ends: the lab's own
 * data, Iris, the 8×8 digits (64 inputs, 10 classes), the class generators (2 inputs, 2 classes)
 * and the regression generators (a numeric target: one identity output with the squared loss by
 * default).
 */
final class DataSources {
    static final String LAB_DATA = "Lab's own data";
    static final String IRIS = "Iris (CSV)";
    static final String DIGITS = "Digits 8×8 (CSV)";
    static final List<String> CLASS_GENERATORS = List.of("circle", "xor", "gauss", "spiral");
    /** The digits' pixel columns p00 … p77 (row, column). */
    static final List<String> DIGIT_PIXELS = pixels();

    private DataSources() {
    }

    /** @return every source, in menu order */
    static List<String> all() {
        List<String> all = new ArrayList<>(List.of(LAB_DATA, IRIS, DIGITS));
        all.addAll(CLASS_GENERATORS);
        all.addAll(RegressionGenerators.NAMES);
        return all;
    }

    /** @param source a source @return whether it is a generator (points, noise) */
    static boolean isGenerator(String source) {
        return CLASS_GENERATORS.contains(source) || RegressionGenerators.isRegression(source);
    }

    /**
     * @param standardize  whether to standardise the pixels
     * @param testFraction share held out
     * @return the digits data set: 64 pixel features, the 10 digits as classes
     */
    static DataSpec digits(boolean standardize, double testFraction) {
        List<String> classes = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            classes.add(Integer.toString(d));
        }
        return new DataSpec.Csv("datasets/digits8x8.csv", DIGIT_PIXELS, "digit", classes, standardize, testFraction, 1);
    }

    private static List<String> pixels() {
        List<String> names = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                names.add("p" + r + c);
            }
        }
        return List.copyOf(names);
    }
}
