package org.backproplab.sim;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.data.ClassLabels;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Network;
import org.backproplab.engine.Workspace;

/**
 * How a network's predictions on a class data set fall: count(actual, predicted) over every row,
 * with the rows of each cell (the true class is the data's label, the predicted one the output
 * read as {@link Metrics} reads it: the largest output, or one unit against its threshold).
 * Immutable.
 */
public final class ConfusionMatrix {
    /** Rows evaluated in one forward pass (bounds the workspace of a large data set). */
    static final int CHUNK = 4096;
    private final List<String> classNames;
    private final int[][] counts;
    private final int[][][] rows;

    private ConfusionMatrix(List<String> classNames, int[][] counts, int[][][] rows) {
        this.classNames = List.copyOf(classNames);
        this.counts = counts;
        this.rows = rows;
    }

    /**
     * @param network a network (unchanged)
     * @param data    a class data set whose classes the network's outputs encode
     * @return the counts over all rows of {@code data}
     * @throws IllegalArgumentException for a regression data set
     */
    public static ConfusionMatrix of(Network network, Dataset data) {
        if (!data.isClassification()) {
            throw new IllegalArgumentException("a confusion matrix needs class labels");
        }
        int k = data.classNames().size();
        Architecture arch = network.architecture();
        double threshold = arch.outputActivation().classThreshold();
        List<List<Integer>> cells = new ArrayList<>(k * k);
        for (int i = 0; i < k * k; i++) {
            cells.add(new ArrayList<>());
        }
        Workspace ws = new Workspace(arch, Math.max(1, Math.min(CHUNK, data.rows())));
        for (int start = 0; start < data.rows(); start += CHUNK) {
            int n = Math.min(CHUNK, data.rows() - start);
            for (int r = 0; r < n; r++) {
                data.copyInputs(start + r, ws.inputBuffer(), r * arch.inputSize());
            }
            double[] out = network.forward(ws, n);
            for (int r = 0; r < n; r++) {
                int predicted = Math.min(k - 1, ClassLabels.predict(out, r, arch.outputSize(), threshold));
                cells.get(data.label(start + r) * k + predicted).add(start + r);
            }
        }
        int[][] counts = new int[k][k];
        int[][][] rows = new int[k][k][];
        for (int a = 0; a < k; a++) {
            for (int p = 0; p < k; p++) {
                List<Integer> cell = cells.get(a * k + p);
                counts[a][p] = cell.size();
                rows[a][p] = cell.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        return new ConfusionMatrix(data.classNames(), counts, rows);
    }

    /** @return the class names, in label order */
    public List<String> classNames() {
        return classNames;
    }

    /** @return number of classes */
    public int classes() {
        return counts.length;
    }

    /**
     * @param actual    true class
     * @param predicted predicted class
     * @return how many rows of class {@code actual} the network put in class {@code predicted}
     */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /**
     * @param actual    true class
     * @param predicted predicted class
     * @return those rows of the data set, ascending (a copy)
     */
    public int[] rows(int actual, int predicted) {
        return rows[actual][predicted].clone();
    }

    /**
     * @param actual a true class
     * @return rows of that class
     */
    public int rowTotal(int actual) {
        int sum = 0;
        for (int c : counts[actual]) {
            sum += c;
        }
        return sum;
    }

    /** @return rows counted */
    public int total() {
        int sum = 0;
        for (int a = 0; a < counts.length; a++) {
            sum += rowTotal(a);
        }
        return sum;
    }

    /** @return fraction on the diagonal, NaN for no rows */
    public double accuracy() {
        int right = 0;
        for (int a = 0; a < counts.length; a++) {
            right += counts[a][a];
        }
        int total = total();
        return total == 0 ? Double.NaN : (double) right / total;
    }
}
