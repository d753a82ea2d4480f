package org.backproplab.ui.heatmap;

import org.backproplab.engine.Activation;
import org.backproplab.ui.views.NumberText;
import org.backproplab.ui.views.Palette;

/**
 * The colour scale of every neuron map, the decision map's own ({@link Palette#regionArgb}):
 * a unit's activation as a level in [−1, 1], negative levels in the first class' colour and
 * positive ones in the second's, mixed into white by 18 % near the unit's midpoint (0 for tanh,
 * ½ for sigmoid) up to 70 % at its ends. A single sigmoid output unit's map is therefore exactly
 * the decision map. A ReLU-like unit's map runs from 0 to its largest |a| on the plane.
 */
final class MapShading {
    private MapShading() {
    }

    /**
     * @param g       the unit's activation
     * @param a       its value
     * @param largest the largest |a| on the map
     * @return the value as a level in [−1, 1]: a for tanh, 2a − 1 for sigmoid, softmax and step,
     *         a / largest for the unbounded ones
     */
    static double signedLevel(Activation g, double a, double largest) {
        double t = switch (g) {
            case TANH, SIGN -> a;
            case SIGMOID, SOFTMAX, STEP -> 2 * a - 1;
            default -> a / largest;
        };
        return Math.max(-1, Math.min(1, t));
    }

    /**
     * @param level −1 … 1
     * @return its opaque ARGB pixel on the decision map's scale
     */
    static int argb(double level) {
        return level < 0 ? Palette.regionArgb(0, -level) : Palette.regionArgb(1, level);
    }

    /**
     * @param g      the unit's activation
     * @param values the unit's activations, row-major
     * @return their pixels, row-major
     */
    static int[] shade(Activation g, double[] values) {
        double largest = largest(values);
        int[] argb = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            argb[i] = argb(signedLevel(g, values[i], largest));
        }
        return argb;
    }

    /**
     * @param values activations
     * @return the largest |a| among them (at least 1e-12)
     */
    static double largest(double[] values) {
        double largest = 1e-12;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    /**
     * @param g       the unit's activation
     * @param largest the largest |a| on the map
     * @return the activations at the two ends of the scale (levels −1 and 1), as text
     */
    static String[] ends(Activation g, double largest) {
        return switch (g) {
            case TANH, SIGN -> new String[] {NumberText.short4(-1), NumberText.short4(1)};
            case SIGMOID, SOFTMAX, STEP -> new String[] {"0", "1"};
            default -> new String[] {NumberText.short4(-largest), NumberText.short4(largest)};
        };
    }
}
