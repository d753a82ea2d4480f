package org.backproplab.sim;

import org.backproplab.data.Dataset;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Network;
import org.backproplab.engine.Workspace;
import org.ejml.simple.SimpleMatrix;
import org.ejml.simple.SimpleSVD;

/**
 * The training (and test) points in the space of one layer: each row's activations of that
 * layer, on the layer's own axes when it has one or two units, else on the first two principal
 * components of the training set's activations (the centred activations' right singular
 * vectors, by EJML's SVD). Test rows are placed with the training set's mean and axes. Each
 * axis' sign is fixed so that its largest component is positive, so the picture does not flip
 * while training. Immutable.
 */
public final class HiddenProjection {
    private final double[][] train;
    private final double[][] test;
    private final double[] explained;
    private final boolean principal;

    private HiddenProjection(double[][] train, double[][] test, double[] explained, boolean principal) {
        this.train = train;
        this.test = test;
        this.explained = explained;
        this.principal = principal;
    }

    /**
     * @param network a network (unchanged)
     * @param layer   non-input layer index, 0 = first hidden layer
     * @param train   the training set (its activations define the axes)
     * @param test    the test set (may be empty)
     * @return both sets' coordinates
     */
    public static HiddenProjection of(Network network, int layer, Dataset train, Dataset test) {
        double[][] a = activations(network, layer, train);
        double[][] b = activations(network, layer, test);
        int units = network.architecture().unitsOf(layer);
        if (units <= 2) {
            return new HiddenProjection(pad(a), pad(b), new double[] {Double.NaN, Double.NaN}, false);
        }
        int n = a.length;
        double[] mean = new double[units];
        for (double[] row : a) {
            for (int j = 0; j < units; j++) {
                mean[j] += row[j] / n;
            }
        }
        // X_c = X − mean = U Σ Vᵀ; the principal axes are V's first two columns
        SimpleMatrix centred = new SimpleMatrix(n, units);
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < units; j++) {
                centred.set(r, j, a[r][j] - mean[j]);
            }
        }
        SimpleSVD<SimpleMatrix> svd = centred.svd(true);
        SimpleMatrix v = svd.getV();
        double[] sigma = svd.getSingularValues();
        int[] order = descending(sigma);
        double total = 0;
        for (double s : sigma) {
            total += s * s;
        }
        double[][] axes = new double[2][units];
        double[] explained = new double[2];
        for (int k = 0; k < 2; k++) {
            int col = order[k];
            int largest = 0;
            for (int j = 0; j < units; j++) {
                axes[k][j] = v.get(j, col);
                if (Math.abs(axes[k][j]) > Math.abs(axes[k][largest])) {
                    largest = j;
                }
            }
            if (axes[k][largest] < 0) {
                for (int j = 0; j < units; j++) {
                    axes[k][j] = -axes[k][j];
                }
            }
            explained[k] = total == 0 ? 0 : sigma[col] * sigma[col] / total;
        }
        return new HiddenProjection(project(a, mean, axes), project(b, mean, axes), explained, true);
    }

    private static int[] descending(double[] sigma) {
        Integer[] idx = new Integer[sigma.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (x, y) -> Double.compare(sigma[y], sigma[x]));
        int[] out = new int[Math.max(2, idx.length)];
        for (int i = 0; i < idx.length; i++) {
            out[i] = idx[i];
        }
        return out;
    }

    private static double[][] project(double[][] rows, double[] mean, double[][] axes) {
        double[][] out = new double[rows.length][2];
        for (int r = 0; r < rows.length; r++) {
            for (int k = 0; k < 2; k++) {
                double dot = 0;
                for (int j = 0; j < mean.length; j++) {
                    dot += (rows[r][j] - mean[j]) * axes[k][j];
                }
                out[r][k] = dot;
            }
        }
        return out;
    }

    // one unit: its value across, 0 up
    private static double[][] pad(double[][] rows) {
        double[][] out = new double[rows.length][2];
        for (int r = 0; r < rows.length; r++) {
            out[r][0] = rows[r][0];
            out[r][1] = rows[r].length > 1 ? rows[r][1] : 0;
        }
        return out;
    }

    private static double[][] activations(Network network, int layer, Dataset data) {
        Architecture arch = network.architecture();
        int units = arch.unitsOf(layer);
        double[][] out = new double[data.rows()][units];
        int chunk = ConfusionMatrix.CHUNK;
        Workspace ws = new Workspace(arch, Math.max(1, Math.min(chunk, data.rows())));
        for (int start = 0; start < data.rows(); start += chunk) {
            int n = Math.min(chunk, data.rows() - start);
            for (int r = 0; r < n; r++) {
                data.copyInputs(start + r, ws.inputBuffer(), r * arch.inputSize());
            }
            network.forward(ws, n);
            double[] a = ws.activationBuffer(layer);
            for (int r = 0; r < n; r++) {
                System.arraycopy(a, r * units, out[start + r], 0, units);
            }
        }
        return out;
    }

    /**
     * @param test  whether a test row
     * @param row   the row
     * @param axis  0 across, 1 up
     * @return that row's coordinate
     */
    public double coordinate(boolean test, int row, int axis) {
        return (test ? this.test : train)[row][axis];
    }

    /** @return rows of the training set */
    public int trainRows() {
        return train.length;
    }

    /** @return rows of the test set */
    public int testRows() {
        return test.length;
    }

    /** @return whether the axes are principal components (else the layer's own units) */
    public boolean principal() {
        return principal;
    }

    /**
     * @param axis 0 or 1
     * @return the share of the training activations' variance along that principal axis, NaN
     *         for a layer's own axes
     */
    public double explainedVariance(int axis) {
        return explained[axis];
    }
}
