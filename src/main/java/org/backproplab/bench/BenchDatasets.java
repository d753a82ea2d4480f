package org.backproplab.bench;

import java.util.List;
import org.backproplab.data.CsvSource;
import org.backproplab.data.CsvTable;
import org.backproplab.data.DataException;

/**
 * The three benchmark training sets exactly as BENCHMARKS.md defines them. The two CSV files are
 * read by the data layer's {@link CsvSource} from {@code datasets/} in the working directory or,
 * when absent, from the copies built into the application.
 */
public final class BenchDatasets {
    private static final List<String> IRIS_SPECIES = List.of("setosa", "versicolor", "virginica");

    private BenchDatasets() {
    }

    /**
     * W1: iris sepal_length_cm and petal_length_cm, each standardised with the mean and the
     * population standard deviation over all 150 rows; three classes one-hot in the order
     * setosa, versicolor, virginica.
     *
     * @return 150 rows × 2 features, 3 outputs
     */
    public static BenchData iris() {
        CsvTable table = readCsv("iris.csv", 5);
        int n = table.records().size();
        double[] x = new double[n * 2];
        double[] t = new double[n * 3];
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            CsvTable.Record row = table.records().get(r);
            x[2 * r] = number(table, row, 0);
            x[2 * r + 1] = number(table, row, 2);
            int k = IRIS_SPECIES.indexOf(row.fields().get(4).trim());
            if (k < 0) {
                throw new DataException(table.name() + ": line " + row.line() + ": unknown species \""
                        + row.fields().get(4) + "\"");
            }
            labels[r] = k;
            t[3 * r + k] = 1.0;
        }
        for (int c = 0; c < 2; c++) {
            // μ = (1/n) Σ x ;  σ = sqrt((1/n) Σ (x − μ)²) ;  x ← (x − μ) / σ
            double sum = 0;
            for (int r = 0; r < n; r++) {
                sum += x[2 * r + c];
            }
            double mean = sum / n;
            double squares = 0;
            for (int r = 0; r < n; r++) {
                double d = x[2 * r + c] - mean;
                squares += d * d;
            }
            double std = Math.sqrt(squares / n);
            for (int r = 0; r < n; r++) {
                x[2 * r + c] = (x[2 * r + c] - mean) / std;
            }
        }
        return new BenchData(x, t, labels, n, 2, 3);
    }

    /**
     * W2: TensorFlow Playground's {@code classifySpiralData(500, noise 0)}. For i in 0..249,
     * r = i/250·5 and t = 1.75·i/250·2π + δ, point (r sin t, r cos t); δ = 0 gives label +1,
     * δ = π label −1; row 2i is positive point i, row 2i+1 negative point i. Raw coordinates.
     *
     * @return 500 rows × 2 features, one ±1 target
     */
    public static BenchData spiral() {
        int perClass = 250;
        double[] x = new double[4 * perClass];
        double[] t = new double[2 * perClass];
        int[] labels = new int[2 * perClass];
        for (int i = 0; i < perClass; i++) {
            for (int side = 0; side < 2; side++) {
                double delta = side == 0 ? 0.0 : Math.PI;
                double radius = (double) i / perClass * 5;
                double angle = 1.75 * i / perClass * 2 * Math.PI + delta;
                int row = 2 * i + side;
                x[2 * row] = radius * Math.sin(angle);
                x[2 * row + 1] = radius * Math.cos(angle);
                t[row] = side == 0 ? 1.0 : -1.0;
                labels[row] = side == 0 ? 1 : 0;
            }
        }
        return new BenchData(x, t, labels, 2 * perClass, 2, 1);
    }

    /**
     * W3: the 8×8 digits, 64 pixels divided by 16, ten classes one-hot by digit.
     *
     * @return 1797 rows × 64 features, 10 outputs
     */
    public static BenchData digits() {
        CsvTable table = readCsv("digits8x8.csv", 65);
        int n = table.records().size();
        double[] x = new double[n * 64];
        double[] t = new double[n * 10];
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            CsvTable.Record row = table.records().get(r);
            for (int c = 0; c < 64; c++) {
                x[64 * r + c] = number(table, row, c) / 16;
            }
            double digit = number(table, row, 64);
            if (digit != Math.rint(digit) || digit < 0 || digit > 9) {
                throw new DataException(table.name() + ": line " + row.line() + ": label " + row.fields().get(64)
                        + " is not a digit 0-9");
            }
            labels[r] = (int) digit;
            t[10 * r + labels[r]] = 1.0;
        }
        return new BenchData(x, t, labels, n, 64, 10);
    }

    private static double number(CsvTable table, CsvTable.Record row, int column) {
        String field = row.fields().get(column);
        try {
            return Double.parseDouble(field.trim());
        } catch (NumberFormatException e) {
            throw new DataException(table.name() + ": line " + row.line() + ": \"" + field + "\" is not a number");
        }
    }

    // datasets/NAME in the working directory, else the copy built into the application
    private static CsvTable readCsv(String name, int columns) {
        CsvTable table = CsvSource.read("datasets/" + name, null);
        for (CsvTable.Record row : table.records()) {
            if (row.fields().size() != columns) {
                throw new DataException(table.name() + ": line " + row.line() + ": " + row.fields().size()
                        + " fields, expected " + columns);
            }
        }
        return table;
    }
}
