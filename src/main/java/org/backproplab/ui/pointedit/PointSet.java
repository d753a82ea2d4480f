package org.backproplab.ui.pointedit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import org.backproplab.data.ClassLabels;
import org.backproplab.data.DataSpec;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Architecture;

/**
 * The data being edited by clicks, in the data's original units (the plane's axes): training
 * rows, held-out test rows (kept as they were), the feature and class names and whether the
 * network sees the features standardised. Immutable; each edit gives a new set, and
 * {@link #toSpec()} writes it as the lab file's inline data.
 *
 * @param inputs      training inputs, one row per point, original units
 * @param targets     training targets, one row per point, as the output layer needs them
 * @param testInputs  test inputs, original units
 * @param testTargets test targets
 * @param features    feature names
 * @param classes     class names (empty for regression)
 * @param standardize whether the network sees standardised features
 */
public record PointSet(double[][] inputs, double[][] targets, double[][] testInputs, double[][] testTargets,
                       List<String> features, List<String> classes, boolean standardize) {

    /** Significant digits kept of a value recovered from standardised units (drops 5.1000000000000005's noise). */
    private static final MathContext DIGITS = new MathContext(12);

    /** Freezes the lists. */
    public PointSet {
        features = List.copyOf(features);
        classes = List.copyOf(classes);
    }

    /**
     * The points of a lab's data: the inline rows as written, or the rows of any other source
     * (a CSV, a generator) taken from its loaded split, brought back to original units.
     *
     * @param spec the lab's data spec
     * @param data its loaded split
     * @return the points
     */
    public static PointSet of(DataSpec spec, DataSplit data) {
        Dataset train = data.train();
        List<String> classes = train.isClassification() ? train.classNames() : List.of();
        if (spec instanceof DataSpec.Inline inline) {
            return new PointSet(inline.inputs(), inline.targets(), inline.testInputs(), inline.testTargets(),
                    train.featureNames(), classes, inline.standardize());
        }
        Standardizer st = data.standardizer();
        return new PointSet(rows(train, st, true), rows(train, null, false), rows(data.test(), st, true),
                rows(data.test(), null, false), train.featureNames(), classes, st != null);
    }

    // a dataset's inputs (in original units) or targets as rows
    private static double[][] rows(Dataset d, Standardizer st, boolean inputs) {
        int cols = inputs ? d.inputSize() : d.outputSize();
        double[][] out = new double[d.rows()][cols];
        for (int r = 0; r < d.rows(); r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = !inputs ? d.target(r, c) : st == null ? d.input(r, c) : round(st.invert(c, d.input(r, c)));
            }
        }
        return out;
    }

    private static double round(double v) {
        return Double.isFinite(v) && v != 0 ? new BigDecimal(v).round(DIGITS).doubleValue() : v;
    }

    /** @return training points */
    public int rows() {
        return inputs.length;
    }

    /**
     * @param x            the point's inputs, original units
     * @param label        its class
     * @param architecture the network (its output encoding)
     * @return this set with a training point of that class added at the end
     */
    public PointSet withClassPoint(double[] x, int label, Architecture architecture) {
        double[] t = new double[architecture.outputSize()];
        ClassLabels.encode(label, architecture, t, 0);
        return withPoint(x, t);
    }

    /**
     * @param x      the point's inputs, original units
     * @param target its target row
     * @return this set with a training point added at the end
     */
    public PointSet withPoint(double[] x, double[] target) {
        double[][] in = Arrays.copyOf(inputs, inputs.length + 1);
        double[][] t = Arrays.copyOf(targets, targets.length + 1);
        in[inputs.length] = x.clone();
        t[targets.length] = target.clone();
        return new PointSet(in, t, testInputs, testTargets, features, classes, standardize);
    }

    /**
     * The training point nearest to a position, measured on the screen: each coordinate's
     * difference is divided by the data units per pixel of its axis.
     *
     * @param at        the position: the first two inputs (for a 1-D plot: x), original units
     * @param perPixel  data units per pixel of each of those coordinates
     * @param useTarget whether the second coordinate is the first target (a function plot of (x, y))
     * @return the row, or −1 when there are no training points
     */
    public int nearest(double[] at, double[] perPixel, boolean useTarget) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int r = 0; r < inputs.length; r++) {
            double dx = (inputs[r][0] - at[0]) / perPixel[0];
            double dy = ((useTarget ? targets[r][0] : inputs[r][1]) - at[1]) / perPixel[1];
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = r;
            }
        }
        return best;
    }

    /**
     * @param row a training row
     * @return this set without it
     */
    public PointSet without(int row) {
        double[][] in = new double[inputs.length - 1][];
        double[][] t = new double[targets.length - 1][];
        for (int r = 0, k = 0; r < inputs.length; r++) {
            if (r != row) {
                in[k] = inputs[r];
                t[k++] = targets[r];
            }
        }
        return new PointSet(in, t, testInputs, testTargets, features, classes, standardize);
    }

    /** @return an empty set of the same names (no training and no test points) */
    public PointSet cleared() {
        return new PointSet(new double[0][], new double[0][], new double[0][], new double[0][], features, classes,
                standardize);
    }

    /** @return the set as a lab file's inline data */
    public DataSpec.Inline toSpec() {
        return new DataSpec.Inline(inputs, targets, features, classes, standardize, testInputs, testTargets);
    }
}
