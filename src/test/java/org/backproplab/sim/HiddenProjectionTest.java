package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Network;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/** A layer's points on its first two principal components, checked by power iteration. */
class HiddenProjectionTest {

    @Test
    void pcaCoordinatesEqualPowerIterationOnTheCovarianceUpToSign() {
        // given the Iris 2-8-8-3 lesson after two epochs; its second hidden layer has 8 units
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/iris-softmax-mlp.lab.json")));
        run.session().runEpoch();
        run.session().runEpoch();
        Network network = run.session().network();
        Dataset train = run.data().train();
        Dataset test = run.data().test();
        HiddenProjection pca = HiddenProjection.of(network, 1, train, test);
        assertTrue(pca.principal());

        // independently: activations row by row through computePass, their covariance, and its
        // two leading eigenvectors by power iteration with deflation
        int n = train.rows();
        int units = 8;
        double[][] a = new double[n][];
        for (int r = 0; r < n; r++) {
            a[r] = layerTwo(network, train, r);
        }
        double[] mean = new double[units];
        for (double[] row : a) {
            for (int j = 0; j < units; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] cov = new double[units][units];
        for (double[] row : a) {
            for (int i = 0; i < units; i++) {
                for (int j = 0; j < units; j++) {
                    cov[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]) / n;
                }
            }
        }
        double trace = 0;
        for (int i = 0; i < units; i++) {
            trace += cov[i][i];
        }
        for (int k = 0; k < 2; k++) {
            double[] v = powerIteration(cov);
            double lambda = rayleigh(cov, v);
            assertEquals(lambda / trace, pca.explainedVariance(k), 1e-8);
            double sign = 0;
            for (int r = 0; r < n; r++) {
                double expected = 0;
                for (int j = 0; j < units; j++) {
                    expected += (a[r][j] - mean[j]) * v[j];
                }
                if (sign == 0 && Math.abs(expected) > 1e-3) {
                    sign = Math.signum(pca.coordinate(false, r, k) / expected);
                }
                assertEquals(expected, sign * pca.coordinate(false, r, k), 1e-6, "row " + r + " axis " + k);
            }
            for (int r = 0; r < test.rows(); r++) {
                double[] t = layerTwo(network, test, r);
                double expected = 0;
                for (int j = 0; j < units; j++) {
                    expected += (t[j] - mean[j]) * v[j];
                }
                assertEquals(expected, sign * pca.coordinate(true, r, k), 1e-6);
            }
            // deflate: C ← C − λ v vᵀ
            for (int i = 0; i < units; i++) {
                for (int j = 0; j < units; j++) {
                    cov[i][j] -= lambda * v[i] * v[j];
                }
            }
        }
    }

    @Test
    void aTwoUnitLayerIsShownOnItsOwnAxes() {
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/xor-2-2-1.lab.json")));
        Network network = run.session().network();
        HiddenProjection p = HiddenProjection.of(network, 0, run.data().train(), run.data().test());
        for (int r = 0; r < 4; r++) {
            Matrix x = Matrix.of(new double[][] {{run.data().train().input(r, 0), run.data().train().input(r, 1)}});
            Matrix h = network.computePass(x, Matrix.of(new double[][] {{0}}), 0).layers().get(0).activation();
            assertEquals(h.get(0, 0), p.coordinate(false, r, 0), 1e-12);
            assertEquals(h.get(0, 1), p.coordinate(false, r, 1), 1e-12);
        }
        assertTrue(!p.principal() && Double.isNaN(p.explainedVariance(0)));
    }

    private static double[] layerTwo(Network network, Dataset data, int r) {
        Matrix x = Matrix.of(new double[][] {{data.input(r, 0), data.input(r, 1)}});
        Matrix t = Matrix.of(new double[][] {{data.target(r, 0), data.target(r, 1), data.target(r, 2)}});
        return network.computePass(x, t, 0).layers().get(1).activation().row(0);
    }

    private static double[] powerIteration(double[][] c) {
        int n = c.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 1.0 / Math.sqrt(n) + 0.01 * i;
        }
        for (int it = 0; it < 20000; it++) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    w[i] += c[i][j] * v[j];
                }
            }
            double norm = 0;
            for (double x : w) {
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < n; i++) {
                w[i] /= norm;
            }
            v = w;
        }
        return v;
    }

    private static double rayleigh(double[][] c, double[] v) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                s += v[i] * c[i][j] * v[j];
            }
        }
        return s;
    }
}
