package org.backproplab.sim;

import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.PlaneForward;

/**
 * Every unit's activation over the input plane of a 2-input network (TensorFlow Playground's
 * neuron pictures): a side × side grid of cell centres over [xMin, xMax] × [yMin, yMax] in
 * network units, row 0 at the top (y = yMax), computed by the display-grade plane pass
 * ({@link PlaneForward}, the decision map's), so each value is the network's own activation at
 * that point to {@link PlaneForward#DISPLAY_TOLERANCE}. Immutable.
 */
public final class NeuronMaps {
    /** Largest side accepted. */
    public static final int MAX_SIDE = 256;
    private final Parameters parameters;
    private final int side;
    private final double xMin;
    private final double xMax;
    private final double yMin;
    private final double yMax;
    // values[l][u][row * side + col]: activation of unit u of non-input layer l at a cell
    private final double[][][] values;

    private NeuronMaps(Parameters parameters, int side, double xMin, double xMax, double yMin, double yMax,
                       double[][][] values) {
        this.parameters = parameters;
        this.side = side;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.values = values;
    }

    /**
     * @param parameters a 2-input network's parameters (read only, not kept mutable)
     * @param side       cells across and down (1 … {@link #MAX_SIDE})
     * @param xMin       first input at the left edge
     * @param xMax       first input at the right edge
     * @param yMin       second input at the bottom edge
     * @param yMax       second input at the top edge
     * @return the maps of every non-input layer's units
     */
    public static NeuronMaps compute(Parameters parameters, int side, double xMin, double xMax, double yMin, double yMax) {
        Architecture arch = check(parameters, side);
        int layers = arch.layerCount();
        double[][][] values = new double[layers][][];
        for (int l = 0; l < layers; l++) {
            values[l] = new double[arch.unitsOf(l)][side * side];
        }
        PlaneForward forward = new PlaneForward(parameters, xMin, xMax, side, layers);
        for (int r = 0; r < side; r++) {
            forward.forwardRow(y(r, side, yMin, yMax));
            for (int l = 0; l < layers; l++) {
                for (int u = 0; u < values[l].length; u++) {
                    System.arraycopy(forward.row(l, u), 0, values[l][u], r * side, side);
                }
            }
        }
        return new NeuronMaps(parameters, side, xMin, xMax, yMin, yMax, values);
    }

    /**
     * One unit's map alone (the large map of a hovered unit): only the layers up to the unit's
     * are computed.
     *
     * @param parameters a 2-input network's parameters (read only)
     * @param index      layer index k = l − 1 of layer l (README, "Layer numbers")
     * @param unit       0-based unit
     * @param side       cells across and down (1 … {@link #MAX_SIDE})
     * @param xMin       first input at the left edge
     * @param xMax       first input at the right edge
     * @param yMin       second input at the bottom edge
     * @param yMax       second input at the top edge
     * @return the unit's activations, row-major from the top row
     */
    public static double[] unitMap(Parameters parameters, int index, int unit, int side, double xMin, double xMax,
                                   double yMin, double yMax) {
        Architecture arch = check(parameters, side);
        if (index < 0 || index >= arch.layerCount() || unit < 0 || unit >= arch.unitsOf(index)) {
            throw new IllegalArgumentException("no unit " + unit + " in layer " + (index + 1));
        }
        double[] out = new double[side * side];
        PlaneForward forward = new PlaneForward(parameters, xMin, xMax, side, index + 1);
        for (int r = 0; r < side; r++) {
            forward.forwardRow(y(r, side, yMin, yMax));
            System.arraycopy(forward.row(index, unit), 0, out, r * side, side);
        }
        return out;
    }

    private static Architecture check(Parameters parameters, int side) {
        Architecture arch = parameters.architecture();
        if (arch.inputSize() != 2) {
            throw new IllegalArgumentException("neuron maps need 2 inputs, found " + arch.inputSize());
        }
        if (side < 1 || side > MAX_SIDE) {
            throw new IllegalArgumentException("side " + side + " outside 1…" + MAX_SIDE);
        }
        return arch;
    }

    /**
     * @param column cell column
     * @param side   cells across
     * @param xMin   left edge
     * @param xMax   right edge
     * @return the first input at the column's centre
     */
    public static double x(int column, int side, double xMin, double xMax) {
        return xMin + (column + 0.5) * (xMax - xMin) / side;
    }

    /**
     * @param row  cell row, 0 at the top
     * @param side cells down
     * @param yMin bottom edge
     * @param yMax top edge
     * @return the second input at the row's centre
     */
    public static double y(int row, int side, double yMin, double yMax) {
        return yMax - (row + 0.5) * (yMax - yMin) / side;
    }

    /** @return the parameters the maps were computed from */
    public Parameters parameters() {
        return parameters;
    }

    /** @return cells across and down */
    public int side() {
        return side;
    }

    /**
     * @param index layer index k = l − 1 of layer l (README, "Layer numbers")
     * @param unit  0-based unit
     * @param row   cell row, 0 at the top
     * @param col   cell column
     * @return the unit's activation at that cell's centre
     */
    public double value(int index, int unit, int row, int col) {
        return values[index][unit][row * side + col];
    }

    /**
     * @param index layer index k = l − 1 of layer l (README, "Layer numbers")
     * @param unit  0-based unit
     * @return the unit's activations over the grid, row-major from the top row (a new array)
     */
    public double[] unitValues(int index, int unit) {
        return values[index][unit].clone();
    }

    /** @return {xMin, xMax, yMin, yMax} */
    public double[] bounds() {
        return new double[] {xMin, xMax, yMin, yMax};
    }
}
