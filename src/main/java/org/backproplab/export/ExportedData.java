package org.backproplab.export;

import org.backproplab.data.DataSpec;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;

/**
 * The data section of an exported script: the training and test rows exactly as the app feeds
 * them to the network (after the split and, when asked, standardisation), their targets, and
 * for classification the class index of each row.
 */
final class ExportedData {
    private ExportedData() {
    }

    /**
     * @param spec where the lab's data comes from (for the comment)
     * @param data the loaded data
     * @param py   where to write
     */
    static void write(DataSpec spec, DataSplit data, PythonText py) {
        Dataset train = data.train();
        NumpyScript.section("data, as the app uses it", py);
        py.line("# From " + NumpyScript.describe(spec) + ":");
        py.line("# " + train.rows() + " training rows and " + data.test().rows() + " test rows; features "
                + String.join(", ", train.featureNames()) + ".");
        Standardizer s = data.standardizer();
        if (s != null) {
            py.line("# The features are standardised, x' = (x − μ)/σ, with the mean μ and population standard");
            py.line("# deviation σ of the training rows (the values below are x'):");
            for (int j = 0; j < train.inputSize(); j++) {
                py.line("#   " + NumpyScript.standardizerComment(s, train, j));
            }
        }
        if (train.isClassification()) {
            py.line("# Classes " + String.join(", ", train.classNames()) + " (0, 1, …); the targets T encode them "
                    + (train.outputSize() == 1 ? "in one output unit." : "one-hot."));
        } else {
            py.line("# A numeric target (regression): T holds the target values.");
        }
        py.line("");
        set("train", train, py);
        set("test", data.test(), py);
    }

    private static void set(String name, Dataset d, PythonText py) {
        py.matrix("X_" + name, inputs(d), d.rows(), d.inputSize(), null);
        py.matrix("T_" + name, targets(d), d.rows(), d.outputSize(), null);
        if (d.isClassification()) {
            String[] labels = new String[d.rows()];
            for (int r = 0; r < labels.length; r++) {
                labels[r] = Integer.toString(d.label(r));
            }
            py.vector("labels_" + name, labels, "the class index of each row");
        } else {
            py.line("labels_" + name + " = None  # regression: no classes");
        }
        py.line("");
    }

    private static double[] inputs(Dataset d) {
        double[] x = new double[d.rows() * d.inputSize()];
        for (int r = 0; r < d.rows(); r++) {
            d.copyInputs(r, x, r * d.inputSize());
        }
        return x;
    }

    private static double[] targets(Dataset d) {
        double[] t = new double[d.rows() * d.outputSize()];
        for (int r = 0; r < d.rows(); r++) {
            d.copyTargets(r, t, r * d.outputSize());
        }
        return t;
    }
}
