package org.backproplab.ui.views;

import java.util.Arrays;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.PlaneForward;

/**
 * The decision map's classification of each cell: the display-grade forward pass over the plane
 * one row at a time ({@link PlaneForward}), then each column's class and confidence from the
 * output units. Agrees with {@code Network.forward} to {@link PlaneForward#DISPLAY_TOLERANCE}.
 */
final class GridEvaluator {
    private final Architecture arch;
    private final PlaneForward forward;
    private final int columns;
    // per column of the current row: the largest output
    private final double[] top;

    private GridEvaluator(Parameters parameters, double xMin, double xMax, int columns) {
        arch = parameters.architecture();
        forward = new PlaneForward(parameters, xMin, xMax, columns, arch.layerCount());
        this.columns = columns;
        top = new double[columns];
    }

    /**
     * @param parameters a 2-input network's parameters (read only)
     * @param xMin       smallest first input (network units)
     * @param xMax       largest first input
     * @param yMin       smallest second input
     * @param yMax       largest second input
     * @param columns    cells across
     * @param rows       cells down
     * @return the predicted class and confidence per cell, row 0 at the top (y = yMax)
     */
    static DecisionGrid evaluate(Parameters parameters, double xMin, double xMax, double yMin, double yMax,
                                 int columns, int rows) {
        GridEvaluator e = new GridEvaluator(parameters, xMin, xMax, columns);
        int[] classes = new int[columns * rows];
        double[] confidence = new double[columns * rows];
        for (int r = 0; r < rows; r++) {
            // cell centres: y runs from yMax (top row) down to yMin
            double y = yMax - (r + 0.5) * (yMax - yMin) / rows;
            e.forward.forwardRow(y);
            e.classify(classes, confidence, r * columns);
        }
        return new DecisionGrid(columns, rows, classes, confidence);
    }

    // class and confidence (as DecisionGrid defines them) of each column of the current row
    private void classify(int[] classes, double[] confidence, int offset) {
        int last = arch.layerCount() - 1;
        int outputs = arch.outputSize();
        Activation g = arch.outputActivation();
        if (outputs == 1) {
            double threshold = g.classThreshold();
            double span = g.certainDistance();
            double[] a = forward.row(last, 0);
            for (int c = 0; c < columns; c++) {
                classes[offset + c] = a[c] > threshold ? 1 : 0;
                confidence[offset + c] = Math.min(1, Math.abs(a[c] - threshold) / span);
            }
            return;
        }
        // the first largest output, as ClassLabels.predict picks it
        System.arraycopy(forward.row(last, 0), 0, top, 0, columns);
        Arrays.fill(classes, offset, offset + columns, 0);
        for (int k = 1; k < outputs; k++) {
            double[] o = forward.row(last, k);
            for (int c = 0; c < columns; c++) {
                if (o[c] > top[c]) {
                    top[c] = o[c];
                    classes[offset + c] = k;
                }
            }
        }
        // a softmax's largest probability runs from 1/K (undecided) to 1 (certain)
        double chance = g.isElementwise() ? 0 : 1.0 / outputs;
        for (int c = 0; c < columns; c++) {
            confidence[offset + c] = Math.max(0, Math.min(1, (top[c] - chance) / (1 - chance)));
        }
    }
}
