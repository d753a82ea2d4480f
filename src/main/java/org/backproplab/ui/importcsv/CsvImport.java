package org.backproplab.ui.importcsv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.backproplab.data.CsvTable;
import org.backproplab.data.DataException;
import org.backproplab.data.DataLoader;
import org.backproplab.data.DataSpec;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.OutputLayer;
import org.backproplab.io.LabFile;

/**
 * The import's choices and what they make: which columns are numeric, the values of a text
 * column, and the lab that trains on the chosen columns. The network's input size follows the
 * features and its output the target (one unit per class, one sigmoid unit for two classes, one
 * identity unit for a numeric target); its hidden layers are kept.
 */
public final class CsvImport {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvImport() {
    }

    /**
     * @param table  a parsed file
     * @param column a column index
     * @return whether every value of the column is a number
     */
    public static boolean numeric(CsvTable table, int column) {
        for (CsvTable.Record r : table.records()) {
            if (!NUMBER.matcher(r.fields().get(column)).matches()) {
                return false;
            }
        }
        return !table.records().isEmpty();
    }

    /**
     * @param table  a parsed file
     * @param column a column index
     * @return its distinct values in order of first appearance (at most 50)
     */
    public static List<String> values(CsvTable table, int column) {
        Set<String> seen = new LinkedHashSet<>();
        for (CsvTable.Record r : table.records()) {
            seen.add(r.fields().get(column));
            if (seen.size() >= 50) {
                break;
            }
        }
        return new ArrayList<>(seen);
    }

    /**
     * The lab of a choice, checked by loading its data.
     *
     * @param current      the lab now running (its hidden layers, training settings and title)
     * @param csv          the file's path as the lab will name it
     * @param features     feature columns (numbers)
     * @param target       target column
     * @param classes      classes to keep for a text target (empty for a numeric one)
     * @param standardize  whether to standardise the features
     * @param testFraction fraction held out
     * @return the new lab
     * @throws DataException with the problem (file, line, column) when the choice cannot be trained
     */
    public static LabFile lab(LabFile current, String csv, List<String> features, String target, List<String> classes,
                              boolean standardize, double testFraction) {
        if (features.isEmpty()) {
            throw new DataException(csv + ": choose at least one feature column (a column of numbers)");
        }
        if (features.contains(target)) {
            throw new DataException(csv + ": column \"" + target + "\" cannot be both a feature and the target");
        }
        if (classes.size() == 1) {
            throw new DataException(csv + ": column \"" + target + "\": choose at least 2 classes, found 1");
        }
        Architecture old = current.architecture();
        List<Integer> sizes = new ArrayList<>();
        List<Activation> activations = new ArrayList<>();
        sizes.add(features.size());
        for (int l = 0; l < old.layerCount() - 1; l++) {
            sizes.add(old.unitsOf(l));
            activations.add(old.activations().get(l));
        }
        OutputLayer output = OutputLayer.defaultFor(classes.size());
        sizes.add(output.units());
        activations.add(output.activation());
        Architecture arch = new Architecture(sizes, activations, old.bias(), output.loss());
        DataSpec.Csv spec = new DataSpec.Csv(csv, features, target, classes, standardize, testFraction, 1);
        Initializer init = current.init() != null ? current.init() : new Initializer(Initializer.DEFAULT_SCHEME, 1, 0);
        LabFile lab = new LabFile(current.title(), arch, null, init, spec, current.training(), null)
                .withTitle(title(csv, features, target));
        DataLoader.load(spec, arch, null);
        return lab;
    }

    private static String title(String csv, List<String> features, String target) {
        String file = csv.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        return file + ": " + target + " from " + String.join(", ", features);
    }
}
