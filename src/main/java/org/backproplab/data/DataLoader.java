package org.backproplab.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.SplitMix64;
import org.backproplab.input.Limits;

/**
 * Turns a {@link DataSpec} into training and test sets shaped for a network.
 * <ul>
 *   <li>Inline rows are training data (and test data when the file holds test rows), taken as
 *       written; named classes require class targets.</li>
 *   <li>A CSV file ({@link CsvSource} finds it) gives the chosen feature columns and the target
 *       column; with {@code classes} only rows of those classes are kept, class i being the
 *       i-th name.</li>
 *   <li>A generator ({@link DataGenerators}) draws its points from {@code SplitMix64(seed)} and
 *       then, as Playground does, puts them in a random order with the same generator.</li>
 * </ul>
 * Then the rows are split by {@link TrainTestSplit} (for a generator seeded with the next draw
 * of its generator), features are standardised when asked with a {@link Standardizer} fitted on
 * the training rows only, and class targets are encoded for the output layer: one-hot for one
 * unit per class; for a single unit 1 for class 1 and 0 for class 0 (−1 with a tanh or
 * identity output, see {@link ClassLabels#negativeTarget}).
 */
public final class DataLoader {
    private DataLoader() {
    }

    /**
     * @param spec         where the data comes from
     * @param architecture the network the data is for (input size, output size and activation)
     * @param labDir       folder of the lab file (relative CSV paths resolve against it first), or null
     * @return the loaded split
     * @throws DataException naming the file, the place and the problem
     */
    public static DataSplit load(DataSpec spec, Architecture architecture, Path labDir) {
        if (spec instanceof DataSpec.Inline inline) {
            return inline(inline, architecture);
        }
        if (spec instanceof DataSpec.Csv csv) {
            if (csv.features().size() != architecture.inputSize()) {
                throw new DataException("data.features: expected " + architecture.inputSize()
                        + " column names (the network's input units), found " + csv.features().size());
            }
            if (!csv.classes().isEmpty()) {
                checkOutputs(csv.classes().size(), architecture, "data.classes");
            }
            CsvRecords records = CsvSource.open(csv.csv(), labDir);
            long units = totalUnits(architecture);
            int maxRows = (int) Math.min(Limits.MAX_ROWS, Limits.MAX_ACTIVATIONS / units);
            String why = maxRows == Limits.MAX_ROWS ? "the limit of a data set"
                    : "the limit for this network: rows × " + units + " units ≤ " + Limits.MAX_ACTIVATIONS;
            RawData raw = CsvColumns.select(records, csv, maxRows, why);
            if (csv.classes().isEmpty()) {
                checkOutputs(raw.classNames().size(), architecture, records.name() + ": column \"" + csv.target()
                        + "\" (classes in order of first appearance)");
            }
            TrainTestSplit split = TrainTestSplit.of(raw.rows(), csv.testFraction(), csv.seed());
            return finish(raw, split, csv.standardize(), architecture, records.name());
        }
        DataSpec.Generator gen = (DataSpec.Generator) spec;
        if (RegressionGenerators.isRegression(gen.generator())) {
            return regression(gen, architecture);
        }
        if (architecture.inputSize() != 2) {
            throw new DataException("data.generator: generated points have 2 features, the network has "
                    + architecture.inputSize() + " inputs");
        }
        checkOutputs(2, architecture, "data.generator");
        SplitMix64 rng = new SplitMix64(gen.seed());
        RawData raw = generated(gen, rng);
        TrainTestSplit split = TrainTestSplit.of(raw.rows(), gen.testFraction(), rng.nextLong());
        return finish(raw, split, false, architecture, "data.generator \"" + gen.generator() + "\"");
    }

    /**
     * @param architecture a network
     * @return the units of all its layers, input layer included
     */
    static long totalUnits(Architecture architecture) {
        long total = 0;
        for (int size : architecture.sizes()) {
            total += size;
        }
        return total;
    }

    /**
     * @param like a dataset whose shape and names to copy
     * @return a dataset with no rows
     */
    public static Dataset empty(Dataset like) {
        return new Dataset(new double[0], new double[0], like.isClassification() ? new int[0] : null, 0,
                like.inputSize(), like.outputSize(), like.featureNames(), like.classNames());
    }

    private static void checkOutputs(int classCount, Architecture architecture, String field) {
        String problem = ClassLabels.outputSizeProblem(classCount, architecture);
        if (problem != null) {
            throw new DataException(field + ": " + problem);
        }
    }

    // a regression generator's points, shuffled with the same generator as the 2-D sets
    private static DataSplit regression(DataSpec.Generator gen, Architecture architecture) {
        String name = gen.generator();
        int cols = RegressionGenerators.features(name);
        if (architecture.inputSize() != cols || architecture.outputSize() != 1) {
            throw new DataException("data.generator: \"" + name + "\" gives " + cols + " feature" + (cols == 1 ? "" : "s")
                    + " and 1 target, the network has " + architecture.inputSize() + " inputs and "
                    + architecture.outputSize() + " outputs");
        }
        SplitMix64 rng = new SplitMix64(gen.seed());
        RegressionGenerators.Values v = RegressionGenerators.generate(name, gen.points(), gen.noise(), rng);
        int n = v.targets().length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng.shuffleInPlace(order);
        double[] inputs = new double[n * cols];
        double[] values = new double[n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(v.inputs(), order[r] * cols, inputs, r * cols, cols);
            values[r] = v.targets()[order[r]];
        }
        List<String> names = cols == 1 ? List.of("x") : List.of("x1", "x2");
        RawData raw = new RawData(inputs, n, null, values, names, List.of());
        TrainTestSplit split = TrainTestSplit.of(n, gen.testFraction(), rng.nextLong());
        return finish(raw, split, false, architecture, "data.generator \"" + name + "\"");
    }

    private static RawData generated(DataSpec.Generator gen, SplitMix64 rng) {
        DataGenerators.Points p = DataGenerators.generate(gen.generator(), gen.points(), gen.noise(), rng);
        int n = p.label().length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        rng.shuffleInPlace(order);
        double[] inputs = new double[2 * n];
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            inputs[2 * r] = p.x()[order[r]];
            inputs[2 * r + 1] = p.y()[order[r]];
            labels[r] = p.label()[order[r]];
        }
        return new RawData(inputs, n, labels, null, List.of("x1", "x2"), List.of("negative", "positive"));
    }

    private static DataSplit finish(RawData raw, TrainTestSplit split, boolean standardize, Architecture arch,
                                    String source) {
        if (split.train().length == 0) {
            throw new DataException(source + ": the training set is empty (" + raw.rows() + " rows, "
                    + split.test().length + " held out for testing; lower data.testFraction)");
        }
        int cols = raw.columns();
        double[] trainInputs = rowsOf(raw.inputs(), cols, split.train());
        double[] testInputs = rowsOf(raw.inputs(), cols, split.test());
        Standardizer standardizer = null;
        if (standardize) {
            standardizer = Standardizer.fit(trainInputs, split.train().length, cols);
            trainInputs = standardizer.applyToRows(trainInputs, split.train().length, cols);
            testInputs = standardizer.applyToRows(testInputs, split.test().length, cols);
        }
        return new DataSplit(dataset(raw, split.train(), trainInputs, arch), dataset(raw, split.test(), testInputs, arch),
                standardizer);
    }

    private static double[] rowsOf(double[] inputs, int cols, int[] rows) {
        double[] out = new double[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(inputs, rows[r] * cols, out, r * cols, cols);
        }
        return out;
    }

    private static Dataset dataset(RawData raw, int[] rows, double[] inputs, Architecture arch) {
        int out = arch.outputSize();
        double[] targets = new double[rows.length * out];
        int[] labels = raw.labels() == null ? null : new int[rows.length];
        for (int r = 0; r < rows.length; r++) {
            if (labels != null) {
                labels[r] = raw.labels()[rows[r]];
                ClassLabels.encode(labels[r], arch, targets, r * out);
            } else {
                targets[r] = raw.values()[rows[r]];
            }
        }
        return new Dataset(inputs, targets, labels, rows.length, raw.columns(), out, raw.featureNames(),
                raw.classNames());
    }

    private static DataSplit inline(DataSpec.Inline spec, Architecture arch) {
        int in = arch.inputSize();
        int out = arch.outputSize();
        int rows = spec.inputs().length;
        int testRows = spec.testInputs().length;
        double[] x = flat(spec.inputs(), in);
        double[] t = flat(spec.targets(), out);
        double[] testX = flat(spec.testInputs(), in);
        double[] testT = flat(spec.testTargets(), out);
        int[] labels = ClassLabels.fromTargets(t, rows, out);
        int[] testLabels = ClassLabels.fromTargets(testT, testRows, out);
        boolean classification = labels != null && testLabels != null;
        if (!spec.classes().isEmpty() && !classification) {
            throw new DataException("data.targets: with data.classes every target must encode a class (0/1, or one-hot)");
        }
        List<String> features = new ArrayList<>(spec.features());
        for (int i = features.size(); i < in; i++) {
            features.add("x" + (i + 1));
        }
        List<String> classes = new ArrayList<>(spec.classes());
        for (int c = classes.size(); classification && c < Math.max(2, out); c++) {
            classes.add("class " + c);
        }
        Standardizer standardizer = null;
        if (spec.standardize() && rows > 0) {
            standardizer = Standardizer.fit(x, rows, in);
            x = standardizer.applyToRows(x, rows, in);
            testX = standardizer.applyToRows(testX, testRows, in);
        }
        Dataset train = new Dataset(x, t, classification ? labels : null, rows, in, out, features,
                classification ? classes : List.of());
        Dataset test = new Dataset(testX, testT, classification ? testLabels : null, testRows, in, out, features,
                classification ? classes : List.of());
        return new DataSplit(train, test, standardizer);
    }

    // rows of equal length, row-major
    private static double[] flat(double[][] rows, int columns) {
        double[] out = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, out, r * columns, columns);
        }
        return out;
    }
}
