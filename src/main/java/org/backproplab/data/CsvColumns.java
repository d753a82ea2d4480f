package org.backproplab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Picks a lab's columns out of a {@link CsvTable}: the feature columns as numbers and the target
 * column as a class index (rows of classes not listed are left out) or as a number. Every problem
 * names the file, the line and the column.
 */
final class CsvColumns {
    /** A decimal number as written in a CSV file (no hex, no type suffixes). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private CsvColumns() {
    }

    /**
     * @param table   the file's rows
     * @param spec    which columns and classes
     * @return the selected rows in file order
     * @throws DataException for an unknown column or class, a bad value, or no rows left
     */
    static RawData select(CsvTable table, DataSpec.Csv spec) {
        int[] featureColumns = new int[spec.features().size()];
        for (int i = 0; i < featureColumns.length; i++) {
            featureColumns[i] = column(table, spec.features().get(i), "data.features[" + i + "]");
        }
        int targetColumn = column(table, spec.target(), "data.target");
        if (table.records().isEmpty()) {
            throw new DataException(table.name() + ": the dataset is empty (no data rows after the header)");
        }
        List<String> classes = spec.classes().isEmpty() ? inferredClasses(table, targetColumn) : spec.classes();
        boolean classification = !classes.isEmpty();
        int n = table.records().size();
        double[] inputs = new double[n * featureColumns.length];
        int[] labels = new int[n];
        double[] values = new double[n];
        boolean[] seen = new boolean[classes.size()];
        int kept = 0;
        for (CsvTable.Record rec : table.records()) {
            String targetText = rec.fields().get(targetColumn);
            if (classification) {
                int label = classes.indexOf(targetText);
                if (label < 0) {
                    continue;
                }
                seen[label] = true;
                labels[kept] = label;
            }
            for (int i = 0; i < featureColumns.length; i++) {
                inputs[kept * featureColumns.length + i] = number(table, rec, featureColumns[i], "");
            }
            if (!classification) {
                values[kept] = number(table, rec, targetColumn, "");
            }
            kept++;
        }
        for (int c = 0; c < classes.size(); c++) {
            if (!seen[c]) {
                throw new DataException(table.name() + ": column \"" + spec.target() + "\": class \"" + classes.get(c)
                        + "\" (data.classes[" + c + "]) does not occur; the values are " + distinct(table, targetColumn));
            }
        }
        double[] x = new double[kept * featureColumns.length];
        System.arraycopy(inputs, 0, x, 0, x.length);
        return new RawData(x, kept, classification ? Arrays.copyOf(labels, kept) : null,
                classification ? null : Arrays.copyOf(values, kept), spec.features(), classes);
    }

    /**
     * The classes of a target column given without {@code classes}: its distinct values in order
     * of first appearance when any value is not a number (a text column), none (a numeric target,
     * regression) otherwise.
     */
    private static List<String> inferredClasses(CsvTable table, int column) {
        boolean text = false;
        for (CsvTable.Record rec : table.records()) {
            String v = rec.fields().get(column);
            if (!v.isEmpty() && !NUMBER.matcher(v).matches() && !NOT_FINITE.matcher(v).matches()) {
                text = true;
                break;
            }
        }
        if (!text) {
            return List.of();
        }
        Set<String> seen = new java.util.LinkedHashSet<>();
        for (CsvTable.Record rec : table.records()) {
            String v = rec.fields().get(column);
            if (v.isEmpty()) {
                throw new DataException(table.name() + ": line " + rec.line() + ", column \"" + table.header().get(column)
                        + "\": the value is missing (expected a class name)");
            }
            seen.add(v);
        }
        return List.copyOf(seen);
    }

    private static int column(CsvTable table, String name, String field) {
        int index = table.columnIndex(name);
        if (index < 0) {
            throw new DataException(table.name() + ": no column \"" + name + "\" (named in " + field
                    + "); the header has " + quoteAll(table.header()));
        }
        return index;
    }

    private static double number(CsvTable table, CsvTable.Record rec, int column, String hint) {
        String text = rec.fields().get(column);
        String where = table.name() + ": line " + rec.line() + ", column \"" + table.header().get(column) + "\": ";
        if (text.isEmpty()) {
            throw new DataException(where + "the value is missing (expected a number)");
        }
        if (NOT_FINITE.matcher(text).matches()) {
            throw new DataException(where + "\"" + text
                    + "\" is not a finite number (NaN and infinity are not allowed in data)");
        }
        if (!NUMBER.matcher(text).matches()) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            throw new DataException(where + "\"" + shown + "\" is not a number" + hint);
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw new DataException(where + "\"" + text + "\" is too large for a double");
        }
        return v;
    }

    private static String distinct(CsvTable table, int column) {
        Set<String> values = new TreeSet<>();
        for (CsvTable.Record rec : table.records()) {
            values.add(rec.fields().get(column));
            if (values.size() > 20) {
                break;
            }
        }
        return quoteAll(new ArrayList<>(values));
    }

    private static String quoteAll(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
        }
        return sb.toString();
    }
}
