package org.backproplab.export;

import java.util.Locale;
import org.backproplab.engine.SplitMix64;

/**
 * Random small inline labs in {@code backprop-lab/1} JSON: 1–4 inputs, up to two hidden layers of
 * 1–5 units (identity, sigmoid, tanh, relu, leaky_relu or softplus), an output and loss from every valid pairing with
 * fitting targets, sgd, momentum or Nesterov, L2 or none, any batch size, shuffled or not.
 */
final class RandomLabs {
    private static final String[] HIDDEN = {"identity", "sigmoid", "tanh", "relu", "leaky_relu", "softplus"};
    // output activation, loss, units (0: 1 to 3 regression outputs), classification
    private static final String[][] OUTPUTS = {
        {"sigmoid", "bce"}, {"softmax", "ce"}, {"softmax", "bce"}, {"identity", "squared"}, {"tanh", "squared"},
        {"sigmoid", "squared"}, {"softmax", "squared"}, {"step", "perceptron"}, {"relu", "squared"}, {"sign", "perceptron"},
        {"leaky_relu", "squared"}, {"softplus", "squared"},
    };
    private static final String[] OPTIMIZERS = {"sgd", "momentum", "nesterov"};

    private final SplitMix64 rng;

    RandomLabs(long seed) {
        rng = new SplitMix64(seed);
    }

    /** @return the next lab's JSON */
    String next() {
        int inputs = 1 + rng.nextInt(4);
        int hidden = rng.nextInt(3);
        String[] out = OUTPUTS[rng.nextInt(OUTPUTS.length)];
        boolean softmax = out[0].equals("softmax");
        int outputs = softmax ? 2 + rng.nextInt(3) : out[1].equals("squared") ? 1 + rng.nextInt(3) : 1;
        StringBuilder layers = new StringBuilder().append(inputs);
        StringBuilder activations = new StringBuilder();
        for (int h = 0; h < hidden; h++) {
            layers.append(", ").append(1 + rng.nextInt(5));
            activations.append('"').append(HIDDEN[rng.nextInt(HIDDEN.length)]).append("\", ");
        }
        layers.append(", ").append(outputs);
        activations.append('"').append(out[0]).append('"');
        int rows = 5 + rng.nextInt(11);
        StringBuilder x = new StringBuilder();
        StringBuilder t = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            x.append(r == 0 ? "[" : ", [");
            for (int i = 0; i < inputs; i++) {
                x.append(i == 0 ? "" : ", ").append(number(2 * rng.nextGaussian()));
            }
            x.append(']');
            t.append(r == 0 ? "" : ", ").append(target(out, outputs));
        }
        String optimizer = OPTIMIZERS[rng.nextInt(OPTIMIZERS.length)];
        String momentum = switch (optimizer) {
            case "momentum" -> ", \"beta\": " + number(0.5 + 0.45 * rng.nextDouble());
            case "nesterov" -> ", \"momentum\": " + number(0.5 + 0.45 * rng.nextDouble());
            default -> "";
        };
        String l2 = rng.nextInt(2) == 0 ? "" : ", \"regularization\": {\"l2\": " + number(0.05 * rng.nextDouble()) + "}";
        return String.format(Locale.ROOT, """
                {"format": "backprop-lab/1", "title": "random",
                 "network": {"layers": [%s], "activations": [%s], "bias": %b, "loss": "%s"},
                 "init": {"scheme": "xavier", "seed": %d},
                 "data": {"inputs": [%s], "targets": [%s]},
                 "training": {"optimizer": {"type": "%s", "learningRate": %s%s}%s,
                              "batchSize": %d, "epochs": 5, "seed": %d, "shuffle": %b}}
                """, layers, activations, rng.nextInt(4) != 0, out[1], rng.nextInt(1000), x, t, optimizer,
                number(0.02 + 0.2 * rng.nextDouble()), momentum, l2, rng.nextInt(rows + 1), rng.nextInt(1000),
                rng.nextInt(2) == 0);
    }

    private String target(String[] out, int outputs) {
        StringBuilder sb = new StringBuilder("[");
        if (out[1].equals("squared") && !out[0].equals("softmax")) {
            for (int k = 0; k < outputs; k++) {
                sb.append(k == 0 ? "" : ", ").append(number(rng.nextGaussian()));
            }
        } else if (outputs == 1) {
            int label = rng.nextInt(2);
            sb.append(out[0].equals("sign") && label == 0 ? -1 : label);
        } else {
            int hot = rng.nextInt(outputs);
            for (int k = 0; k < outputs; k++) {
                sb.append(k == 0 ? "" : ", ").append(k == hot ? 1 : 0);
            }
        }
        return sb.append(']').toString();
    }

    private static String number(double v) {
        return Double.toString(v);
    }
}
