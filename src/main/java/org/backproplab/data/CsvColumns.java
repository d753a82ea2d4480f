package org.backproplab.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.backproplab.input.Limits;
import org.backproplab.input.OneLine;

/**
 * Picks a lab's columns out of a CSV file read record by record ({@link CsvRecords}): the feature columns as numbers and the target
 * column as a class index (rows of classes not listed are left out) or as a number. Every problem
 * names the file, the line and the column.
 */
final class CsvColumns {
    /** A decimal number as written in a CSV file (no hex, no type suffixes). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** Longest text read as a number (a double has 17 significant digits). */
    private static final int MAX_NUMBER_LENGTH = 400;
    private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private CsvColumns() {
    }

    /**
     * Reads the data records one by one, keeping only the chosen columns. Without
     * {@code classes}, a target column with any value that is not a number is a class column,
     * its classes its distinct values in order of first appearance; a numeric one is regression.
     *
     * @param csv     the file, its header read (closed here)
     * @param spec    which columns and classes
     * @param maxRows most rows the network can take ({@link org.backproplab.input.Limits})
     * @param why     what sets maxRows, for the message
     * @return the selected rows in file order
     * @throws DataException for an unknown column or class, a bad value, too many rows or none left
     */
    static RawData select(CsvRecords csv, DataSpec.Csv spec, int maxRows, String why) {
        try (csv) {
            int[] featureColumns = new int[spec.features().size()];
            for (int i = 0; i < featureColumns.length; i++) {
                featureColumns[i] = column(csv, spec.features().get(i), "data.features[" + i + "]");
            }
            int targetColumn = column(csv, spec.target(), "data.target");
            List<String> listed = spec.classes();
            boolean infer = listed.isEmpty();
            int cols = featureColumns.length;
            double[] inputs = new double[16 * cols];
            int[] labels = new int[16];
            double[] values = new double[16];
            boolean[] seen = new boolean[listed.size()];
            Set<String> distinct = new TreeSet<>();
            // inferring: the target's distinct values in order of first appearance, and the first
            // value that would fail as a number (reported only if the column turns out numeric)
            Map<String, Integer> firstSeen = new LinkedHashMap<>();
            boolean anyText = false;
            DataException notANumber = null;
            DataException missingClass = null;
            int kept = 0;
            int read = 0;
            for (CsvTable.Record rec = csv.next(); rec != null; rec = csv.next()) {
                if (++read > maxRows) {
                    throw new DataException(csv.name() + ": line " + rec.line() + ": more than " + maxRows
                            + " data rows (" + why + ")");
                }
                String targetText = rec.fields().get(targetColumn);
                if (distinct.size() <= 20) {
                    distinct.add(targetText);
                }
                if (kept == labels.length) {
                    int grown = (int) Math.min(maxRows, 2L * kept);
                    inputs = Arrays.copyOf(inputs, grown * cols);
                    labels = Arrays.copyOf(labels, grown);
                    values = Arrays.copyOf(values, grown);
                }
                if (!infer) {
                    int label = listed.indexOf(targetText);
                    if (label < 0) {
                        continue;
                    }
                    seen[label] = true;
                    labels[kept] = label;
                } else {
                    if (targetText.isEmpty() && missingClass == null) {
                        missingClass = new DataException(csv.name() + ": line " + rec.line() + ", column "
                                + OneLine.quote(csv.header().get(targetColumn)) + ": the value is missing (expected a class name)");
                    }
                    boolean numeric = isNumber(targetText);
                    anyText |= !targetText.isEmpty() && !numeric && !NOT_FINITE.matcher(targetText).matches();
                    if (firstSeen.size() <= Limits.MAX_UNITS_PER_LAYER || firstSeen.containsKey(targetText)) {
                        labels[kept] = firstSeen.computeIfAbsent(targetText, t -> firstSeen.size());
                    } else {
                        labels[kept] = -1;
                    }
                    try {
                        values[kept] = number(csv, rec, targetColumn, "");
                    } catch (DataException e) {
                        notANumber = notANumber == null ? e : notANumber;
                    }
                }
                for (int i = 0; i < cols; i++) {
                    inputs[kept * cols + i] = number(csv, rec, featureColumns[i], "");
                }
                kept++;
            }
            if (read == 0) {
                throw new DataException(csv.name() + ": the dataset is empty (no data rows after the header)");
            }
            for (int c = 0; c < listed.size(); c++) {
                if (!seen[c]) {
                    throw new DataException(csv.name() + ": column " + OneLine.quote(spec.target()) + ": class "
                            + OneLine.quote(listed.get(c)) + " (data.classes[" + c + "]) does not occur; the values are "
                            + quoteAll(new ArrayList<>(distinct)));
                }
            }
            List<String> classes = listed;
            if (infer && anyText) {
                if (missingClass != null) {
                    throw missingClass;
                }
                if (firstSeen.size() > Limits.MAX_UNITS_PER_LAYER) {
                    throw new DataException(csv.name() + ": column " + OneLine.quote(spec.target()) + ": more than "
                            + Limits.MAX_UNITS_PER_LAYER + " different classes (a layer's unit limit)");
                }
                classes = List.copyOf(firstSeen.keySet());
            } else if (infer && notANumber != null) {
                throw notANumber;
            }
            boolean classification = !classes.isEmpty();
            return new RawData(Arrays.copyOf(inputs, kept * cols), kept, classification ? Arrays.copyOf(labels, kept) : null,
                    classification ? null : Arrays.copyOf(values, kept), spec.features(), classes);
        }
    }

    private static boolean isNumber(String text) {
        return text.length() <= MAX_NUMBER_LENGTH && NUMBER.matcher(text).matches();
    }

    private static int column(CsvRecords csv, String name, String field) {
        int index = csv.header().indexOf(name);
        if (index < 0) {
            throw new DataException(csv.name() + ": no column " + OneLine.quote(name) + " (named in " + field
                    + "); the header has " + quoteAll(csv.header()));
        }
        return index;
    }

    private static double number(CsvRecords csv, CsvTable.Record rec, int column, String hint) {
        String text = rec.fields().get(column);
        String where = csv.name() + ": line " + rec.line() + ", column " + OneLine.quote(csv.header().get(column)) + ": ";
        if (text.isEmpty()) {
            throw new DataException(where + "the value is missing (expected a number)");
        }
        if (NOT_FINITE.matcher(text).matches()) {
            throw new DataException(where + OneLine.quote(text)
                    + " is not a finite number (NaN and infinity are not allowed in data)");
        }
        // the length first: the pattern would take quadratic time on a long run of digits
        if (text.length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(text).matches()) {
            throw new DataException(where + OneLine.quote(text) + " is not a number" + hint);
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw new DataException(where + OneLine.quote(text) + " is too large for a double");
        }
        return v;
    }

    private static String quoteAll(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i == 50) {
                return sb.append(", … (").append(names.size()).append(" in all)").toString();
            }
            sb.append(i == 0 ? "" : ", ").append(OneLine.quote(names.get(i)));
        }
        return sb.toString();
    }
}
