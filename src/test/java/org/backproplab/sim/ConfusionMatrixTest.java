package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Network;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    @Test
    void irisCountsEqualAHandCountOfEachRowsLargestOutput() {
        LabRun run = LabRun.start(LabReader.read(Path.of("assets", "lessons", "iris-softmax-mlp.lab.json")));
        run.session().runEpoch();
        run.session().runEpoch();
        Network network = run.session().network();
        for (Dataset data : List.of(run.data().train(), run.data().test())) {
            // by hand: one sample at a time through computePass, its largest output by a plain loop
            int[][] hand = new int[3][3];
            List<List<Integer>> handRows = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                handRows.add(new ArrayList<>());
            }
            for (int r = 0; r < data.rows(); r++) {
                double[][] x = {{data.input(r, 0), data.input(r, 1)}};
                double[][] t = {{data.target(r, 0), data.target(r, 1), data.target(r, 2)}};
                Matrix y = network.computePass(Matrix.of(x), Matrix.of(t), 0).output();
                int best = 0;
                for (int k = 1; k < 3; k++) {
                    if (y.get(0, k) > y.get(0, best)) {
                        best = k;
                    }
                }
                int actual = data.target(r, 0) == 1 ? 0 : data.target(r, 1) == 1 ? 1 : 2;
                hand[actual][best]++;
                handRows.get(actual * 3 + best).add(r);
            }
            ConfusionMatrix m = ConfusionMatrix.of(network, data);
            assertEquals(List.of("setosa", "versicolor", "virginica"), m.classNames());
            for (int a = 0; a < 3; a++) {
                for (int p = 0; p < 3; p++) {
                    assertEquals(hand[a][p], m.count(a, p), "cell " + a + "," + p);
                    assertArrayEquals(handRows.get(a * 3 + p).stream().mapToInt(Integer::intValue).toArray(),
                            m.rows(a, p));
                }
            }
            assertEquals(data.rows(), m.total());
            assertEquals(Metrics.evaluate(network, data, 0).accuracy(), m.accuracy(), 1e-12);
        }
        // after two epochs the network is not perfect yet: some counts sit off the diagonal
        ConfusionMatrix train = ConfusionMatrix.of(network, run.data().train());
        assertTrue(train.accuracy() < 1 && train.accuracy() > 0.3, "accuracy " + train.accuracy());
    }

    @Test
    void aSingleOutputUnitSplitsAtItsThreshold() {
        LabRun run = LabRun.start(LabReader.parse("""
                {"format": "backprop-lab/1", "title": "t",
                 "network": {"layers": [1, 1], "activations": ["sigmoid"], "bias": false, "loss": "bce"},
                 "parameters": {"weights": [[[1.0]]], "biases": null},
                 "data": {"inputs": [[-2], [-1], [0.5], [3], [-0.5]], "targets": [[0], [1], [1], [0], [0]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}}}
                """, "t", null));
        // σ(x) > 0.5 exactly for x > 0: predictions 0, 0, 1, 1, 0 against targets 0, 1, 1, 0, 0
        ConfusionMatrix m = ConfusionMatrix.of(run.session().network(), run.data().train());
        assertEquals(2, m.count(0, 0));
        assertEquals(1, m.count(0, 1));
        assertEquals(1, m.count(1, 0));
        assertEquals(1, m.count(1, 1));
        assertArrayEquals(new int[] {3}, m.rows(0, 1));
        assertEquals(0.6, m.accuracy(), 1e-15);
    }
}
