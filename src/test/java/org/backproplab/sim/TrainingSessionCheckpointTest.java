package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * A session restored from a checkpoint replays exactly what it did the first time: parameters,
 * optimiser velocities, data order (with shuffling) and losses, bit for bit.
 */
class TrainingSessionCheckpointTest {

    /** A 2-3-2 tanh/softmax lab on 10 inline samples, batches of 3 (the last one 1), shuffled. */
    static LabFile lab(String optimizer) {
        StringBuilder inputs = new StringBuilder();
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            double x = Math.sin(1.7 * i);
            double y = Math.cos(0.9 * i + 0.3);
            inputs.append(i == 0 ? "" : ",").append('[').append(x).append(',').append(y).append(']');
            targets.append(i == 0 ? "" : ",").append(x * y > 0 ? "[1,0]" : "[0,1]");
        }
        String json = """
                {"format": "backprop-lab/1",
                 "network": {"layers": [2, 3, 2], "activations": ["tanh", "softmax"], "bias": true, "loss": "ce"},
                 "init": {"scheme": "xavier", "seed": 5},
                 "data": {"inputs": [%s], "targets": [%s]},
                 "training": {"optimizer": %s, "regularization": {"l2": 0.01},
                              "batchSize": 3, "epochs": 5, "seed": 11, "shuffle": true}}
                """.formatted(inputs, targets, optimizer);
        return LabReader.parse(json, "checkpoint-test.lab.json", null);
    }

    /** What one iteration leaves behind, as exact bit patterns. */
    record Trace(List<String> states) {
        static Trace run(TrainingSession s, int iterations) {
            List<String> out = new ArrayList<>();
            for (int k = 0; k < iterations; k++) {
                String rows = Arrays.toString(s.nextBatchRows());
                double loss = s.iterate(true).loss();
                TrainingSession.Checkpoint c = s.checkpoint();
                StringBuilder sb = new StringBuilder(rows).append(" loss=").append(Double.doubleToRawLongBits(loss));
                Parameters p = c.parameters();
                for (int l = 0; l < p.architecture().layerCount(); l++) {
                    sb.append(" W").append(bits(p.weightsOf(l))).append(" b").append(bits(p.biasesOf(l)))
                            .append(" vW").append(bits(c.optimizer().velocity(2 * l)))
                            .append(" vb").append(bits(c.optimizer().velocity(2 * l + 1)));
                }
                sb.append(" order=").append(Arrays.toString(c.order())).append(" epoch=").append(c.epoch())
                        .append(" it=").append(c.iteration()).append(" rng=").append(c.rngState());
                out.add(sb.toString());
            }
            return new Trace(out);
        }

        static String bits(double[] v) {
            if (v == null) {
                return "null";
            }
            long[] b = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                b[i] = Double.doubleToRawLongBits(v[i]);
            }
            return Arrays.toString(b);
        }
    }

    static void replaysBitForBit(String optimizer) {
        LabRun run = LabRun.start(lab(optimizer));
        TrainingSession s = run.session();
        Trace.run(s, 7);
        TrainingSession.Checkpoint mark = s.checkpoint();
        Trace first = Trace.run(s, 11);
        s.restoreInPlace(mark);
        Trace second = Trace.run(s, 11);
        assertEquals(first, second);
        // the 18 iterations cover more than 4 epochs of 4 batches, so the order was reshuffled
        assertTrue(s.epoch() >= 4, "epochs " + s.epoch());
        // restoring again still works: the checkpoint was not changed by training after it
        s.restoreInPlace(mark);
        assertEquals(first, Trace.run(s, 11));
    }

    @Test
    void momentumSessionRestoredFromCheckpointReplaysBitForBit() {
        replaysBitForBit("{\"type\": \"momentum\", \"learningRate\": 0.3, \"beta\": 0.8}");
    }

    @Test
    void nesterovSessionRestoredFromCheckpointReplaysBitForBit() {
        replaysBitForBit("{\"type\": \"nesterov\", \"learningRate\": 0.3, \"momentum\": 0.7}");
    }

    @Test
    void sgdSessionRestoredFromCheckpointReplaysBitForBit() {
        replaysBitForBit("{\"type\": \"sgd\", \"learningRate\": 0.5}");
    }

    @Test
    void shufflingVisitsEveryRowOncePerEpochInANewOrder() {
        TrainingSession s = LabRun.start(lab("{\"type\": \"sgd\", \"learningRate\": 0.5}")).session();
        List<String> orders = new ArrayList<>();
        for (int e = 0; e < 3; e++) {
            int[] seen = new int[10];
            StringBuilder order = new StringBuilder();
            for (int b = 0; b < s.iterationsPerEpoch(); b++) {
                for (int row : s.nextBatchRows()) {
                    seen[row]++;
                    order.append(row).append(' ');
                }
                s.iterate(false);
            }
            int[] once = new int[10];
            Arrays.fill(once, 1);
            assertArrayEquals(once, seen, "epoch " + e);
            orders.add(order.toString());
        }
        assertEquals(4, s.iterationsPerEpoch(), "10 rows in batches of 3");
        assertNotEquals(orders.get(0), orders.get(1));
        assertNotEquals(orders.get(1), orders.get(2));
    }
}
