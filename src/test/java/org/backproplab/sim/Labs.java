package org.backproplab.sim;

import java.nio.file.Path;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;

/** Lab files shared by the sim tests. */
final class Labs {
    private Labs() {
    }

    /** @return the lecture's 2-3-1 sigmoid example (reference lab in the test resources) */
    static LabRun lecture() {
        return LabRun.start(LabReader.read(Path.of("src/test/resources/reference/lecture-2-3-1-sigmoid.lab.json")));
    }

    /**
     * @param learningRate α
     * @return ten samples, batches of 3 (the last epoch batch has 1), shuffled every epoch,
     *         momentum, biases, 2-4-3-1 tanh/tanh/sigmoid
     */
    static LabRun shuffled(double learningRate) {
        return shuffled(learningRate, "sigmoid", "bce");
    }

    /**
     * @param learningRate α
     * @param output       output activation
     * @param loss         loss name
     * @return the {@link #shuffled(double)} lab with another output layer and loss
     */
    static LabRun shuffled(double learningRate, String output, String loss) {
        LabFile lab = LabReader.parse("""
                {"format": "backprop-lab/1", "title": "shuffled",
                 "network": {"layers": [2, 4, 3, 1], "activations": ["tanh", "tanh", "%s"],
                             "bias": true, "loss": "%s"},
                 "init": {"scheme": "xavier", "seed": 7},
                 "data": {"inputs": [[0.1, 0.9], [0.8, 0.2], [0.5, 0.5], [0.9, 0.9], [0.2, 0.1],
                                     [0.3, 0.7], [0.7, 0.3], [0.6, 0.9], [0.1, 0.2], [0.95, 0.05]],
                          "targets": [[1], [0], [1], [0], [1], [1], [0], [0], [1], [0]]},
                 "training": {"optimizer": {"type": "momentum", "learningRate": %s, "beta": 0.9},
                              "batchSize": 3, "shuffle": true, "seed": 11, "epochs": 100000}}
                """.formatted(output, loss, learningRate), "shuffled", null);
        return LabRun.start(lab);
    }
}
