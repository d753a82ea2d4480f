package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.data.DataSpec;
import org.backproplab.data.RegressionGenerators;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Loss;

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

    /** The output layer's activation and the loss. */
    record Output(Activation activation, Loss loss) {
    }

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

    /**
     * The output layer a data source asks for, keeping the user's choice where it fits: more than
     * two classes take softmax with cross-entropy; two classes cannot take softmax (sigmoid with
     * binary cross-entropy), nor keep a regression's identity and squared loss when the data just
     * changed from a numeric target; a numeric target cannot take softmax or a cross-entropy and
     * defaults to identity with the squared loss.
     *
     * @param classCount    classes of the new data (0 for a numeric target or the lab's own data)
     * @param regression    whether the new data has a numeric target
     * @param wasRegression whether the data shown until now had one
     * @param chosen        the output the panel shows
     * @return the output to build
     */
    static Output outputFor(int classCount, boolean regression, boolean wasRegression, Output chosen) {
        Activation a = chosen.activation();
        Loss l = chosen.loss();
        if (regression) {
            boolean fits = a != Activation.SOFTMAX && l != Loss.BCE && l != Loss.CE && l != Loss.PERCEPTRON;
            return fits && wasRegression ? chosen : new Output(Activation.IDENTITY, Loss.SQUARED);
        }
        if (classCount > 2) {
            return new Output(Activation.SOFTMAX, Loss.CE);
        }
        if (classCount == 2 && (a == Activation.SOFTMAX || wasRegression && a == Activation.IDENTITY)) {
            return new Output(Activation.SIGMOID, Loss.BCE);
        }
        return chosen;
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
