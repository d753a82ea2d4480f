package org.backproplab.ui.views;

import org.backproplab.data.ClassLabels;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Workspace;
import org.backproplab.sim.Metrics;

/**
 * The predicted class and its confidence on a grid over the input plane of a 2-input network,
 * computed with a forward pass on the given parameters (which it does not change) in a
 * workspace of its own. Safe to run off the FX thread: it touches no JavaFX and no shared
 * state. Row 0 is the top of the plane (largest second input).
 *
 * @param columns    cells across
 * @param rows       cells down
 * @param classes    predicted class per cell, row-major
 * @param confidence 0 (undecided) … 1 (certain) per cell
 */
record DecisionGrid(int columns, int rows, int[] classes, double[] confidence) {

    /**
     * @param parameters a 2-input network's parameters (read only)
     * @param xMin       smallest first input, in network units
     * @param xMax       largest first input
     * @param yMin       smallest second input
     * @param yMax       largest second input
     * @param columns    cells across
     * @param rows       cells down
     * @return the grid
     */
    static DecisionGrid compute(Parameters parameters, double xMin, double xMax, double yMin, double yMax,
                                int columns, int rows) {
        Architecture arch = parameters.architecture();
        if (arch.inputSize() != 2) {
            throw new IllegalArgumentException("decision regions need 2 inputs, the network has " + arch.inputSize());
        }
        Network network = new Network(parameters);
        Workspace ws = new Workspace(arch, columns);
        int outputs = arch.outputSize();
        Activation output = arch.outputActivation();
        double threshold = Metrics.threshold(output);
        int[] classes = new int[columns * rows];
        double[] confidence = new double[columns * rows];
        double[] in = ws.inputBuffer();
        for (int r = 0; r < rows; r++) {
            // cell centres: y runs from yMax (top row) down to yMin
            double y = yMax - (r + 0.5) * (yMax - yMin) / rows;
            for (int c = 0; c < columns; c++) {
                in[2 * c] = xMin + (c + 0.5) * (xMax - xMin) / columns;
                in[2 * c + 1] = y;
            }
            double[] out = network.forward(ws, columns);
            for (int c = 0; c < columns; c++) {
                int cell = r * columns + c;
                classes[cell] = ClassLabels.predict(out, c, outputs, threshold);
                confidence[cell] = confidence(out, c, outputs, output, threshold);
            }
        }
        return new DecisionGrid(columns, rows, classes, confidence);
    }

    // how far the output is from the decision boundary, scaled to [0, 1]
    private static double confidence(double[] out, int row, int outputs, Activation output, double threshold) {
        if (outputs == 1) {
            double y = out[row];
            double span = output == Activation.SIGMOID ? 0.5 : 1.0;
            return Math.min(1, Math.abs(y - threshold) / span);
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < outputs; k++) {
            best = Math.max(best, out[row * outputs + k]);
        }
        if (output == Activation.SOFTMAX) {
            // max probability from 1/K (undecided) to 1 (certain)
            double chance = 1.0 / outputs;
            return Math.max(0, Math.min(1, (best - chance) / (1 - chance)));
        }
        return Math.max(0, Math.min(1, best));
    }

    /**
     * @param column cell column
     * @param row    cell row (0 = top)
     * @return the predicted class
     */
    int classAt(int column, int row) {
        return classes[row * columns + column];
    }
}
