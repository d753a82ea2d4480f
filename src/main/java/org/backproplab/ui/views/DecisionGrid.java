package org.backproplab.ui.views;

import org.backproplab.engine.Parameters;

/**
 * The predicted class and its confidence on a grid over the input plane of a 2-input network,
 * computed by {@link GridEvaluator} from the given parameters (which it does not change) with
 * buffers of its own. Safe to run off the FX thread: it touches no JavaFX and no shared
 * state. Row 0 is the top of the plane (largest second input).
 *
 * @param columns    cells across
 * @param rows       cells down
 * @param classes    predicted class per cell, row-major
 * @param confidence 0 (undecided) … 1 (certain) per cell: for one output unit |y − threshold|
 *                   over 0.5 (sigmoid) or 1 (others); for a softmax output the largest
 *                   probability, from 1/K (0) to 1 (1); for other outputs the largest output,
 *                   clamped to [0, 1]
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
        int inputs = parameters.architecture().inputSize();
        if (inputs != 2) {
            throw new IllegalArgumentException("decision regions need 2 inputs, the network has " + inputs);
        }
        return GridEvaluator.evaluate(parameters, xMin, xMax, yMin, yMax, columns, rows);
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
