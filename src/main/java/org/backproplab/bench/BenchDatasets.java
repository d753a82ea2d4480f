package org.backproplab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.data.DataException;

/**
 * The three benchmark training sets exactly as BENCHMARKS.md defines them. The two CSV files are
 * read from {@code datasets/} in the working directory or, when absent, from the {@code /datasets/}
 * resources packed into the application; a tiny parser for these two known files suffices.
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
        List<String[]> rows = readCsv("iris.csv", 5);
        int n = rows.size();
        double[] x = new double[n * 2];
        double[] t = new double[n * 3];
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            String[] f = rows.get(r);
            x[2 * r] = number(f[0], "iris.csv", r);
            x[2 * r + 1] = number(f[2], "iris.csv", r);
            int k = IRIS_SPECIES.indexOf(f[4].trim());
            if (k < 0) {
                throw new DataException("iris.csv line " + (r + 2) + ": unknown species \"" + f[4] + "\"");
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
        List<String[]> rows = readCsv("digits8x8.csv", 65);
        int n = rows.size();
        double[] x = new double[n * 64];
        double[] t = new double[n * 10];
        int[] labels = new int[n];
        for (int r = 0; r < n; r++) {
            String[] f = rows.get(r);
            for (int c = 0; c < 64; c++) {
                x[64 * r + c] = number(f[c], "digits8x8.csv", r) / 16;
            }
            double digit = number(f[64], "digits8x8.csv", r);
            if (digit != Math.rint(digit) || digit < 0 || digit > 9) {
                throw new DataException("digits8x8.csv line " + (r + 2) + ": label " + f[64] + " is not a digit 0-9");
            }
            labels[r] = (int) digit;
            t[10 * r + labels[r]] = 1.0;
        }
        return new BenchData(x, t, labels, n, 64, 10);
    }

    private static double number(String field, String file, int row) {
        try {
            return Double.parseDouble(field.trim());
        } catch (NumberFormatException e) {
            throw new DataException(file + " line " + (row + 2) + ": \"" + field + "\" is not a number");
        }
    }

    // The data rows (header skipped), each checked to have exactly `columns` fields.
    private static List<String[]> readCsv(String name, int columns) {
        try (BufferedReader in = open(name)) {
            List<String[]> rows = new ArrayList<>();
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != columns) {
                    throw new DataException(name + " line " + (rows.size() + 2) + ": " + fields.length
                            + " fields, expected " + columns);
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new DataException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static BufferedReader open(String name) throws IOException {
        Path file = Path.of("datasets", name);
        if (Files.isRegularFile(file)) {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }
        InputStream resource = BenchDatasets.class.getResourceAsStream("/datasets/" + name);
        if (resource == null) {
            throw new DataException(file + ": benchmark dataset not found (run from the project folder)");
        }
        return new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8));
    }
}
