package org.backproplab.ui.views;

import org.backproplab.engine.Architecture;

/**
 * Names of nodes and weights as the lecture writes them: inputs x₁, x₂; one hidden layer h₁…;
 * output y (or y₁… with several outputs); weights W (into the hidden layer) and V (into the
 * output) for a two-layer network, W⁽ˡ⁾ᵢⱼ otherwise. Indices are 1-based.
 */
public final class Notation {
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private Notation() {
    }

    /**
     * @param n a non-negative integer
     * @return it in subscript digits
     */
    public static String sub(int n) {
        return map(n, SUBSCRIPTS);
    }

    /**
     * @param n a non-negative integer
     * @return it in superscript digits
     */
    public static String sup(int n) {
        return map(n, SUPERSCRIPTS);
    }

    private static String map(int n, String digits) {
        String s = Integer.toString(n);
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }

    /**
     * @param arch  network shape
     * @param layer 0 = inputs, 1..L
     * @param unit  0-based unit
     * @return e.g. "x₁", "h₂", "y", "y₃", "h⁽²⁾₁"
     */
    public static String node(Architecture arch, int layer, int unit) {
        int layers = arch.layerCount();
        if (layer == 0) {
            return "x" + sub(unit + 1);
        }
        if (layer == layers) {
            return arch.outputSize() == 1 ? "y" : "y" + sub(unit + 1);
        }
        if (layers == 2) {
            return "h" + sub(unit + 1);
        }
        return "h⁽" + sup(layer) + "⁾" + sub(unit + 1);
    }

    /**
     * @param arch  network shape
     * @param data  the training set
     * @param layer 0 = inputs, 1..L
     * @param unit  0-based unit
     * @return the class an output unit stands for (its one-hot position), e.g. "6" for unit 7 of
     *         the digits, "versicolor" for unit 2 of Iris; null for other units, regression and a
     *         single output unit (one unit stands for both classes)
     */
    public static String outputClass(Architecture arch, org.backproplab.data.Dataset data, int layer, int unit) {
        if (layer != arch.layerCount() || arch.outputSize() < 2 || !data.isClassification()
                || unit >= data.classNames().size()) {
            return null;
        }
        return data.classNames().get(unit);
    }

    /**
     * @param arch     network shape
     * @param layer    the layer the weight feeds (1..L)
     * @param fromUnit 0-based unit in layer − 1
     * @param toUnit   0-based unit in layer
     * @return e.g. "W₁₁", "V₁", "W⁽³⁾₂₁"
     */
    public static String weight(Architecture arch, int layer, int fromUnit, int toUnit) {
        int layers = arch.layerCount();
        if (layers == 2) {
            if (layer == 2) {
                return arch.outputSize() == 1 ? "V" + sub(fromUnit + 1) : "V" + sub(fromUnit + 1) + sub(toUnit + 1);
            }
            return "W" + sub(fromUnit + 1) + sub(toUnit + 1);
        }
        if (layers == 1) {
            return arch.outputSize() == 1 ? "w" + sub(fromUnit + 1) : "w" + sub(fromUnit + 1) + sub(toUnit + 1);
        }
        return "W⁽" + sup(layer) + "⁾" + sub(fromUnit + 1) + sub(toUnit + 1);
    }

    /**
     * @param arch  network shape
     * @param layer the layer the weights feed (1..L)
     * @return the weights' letter without indices: "W", "V", "w" or "W⁽ˡ⁾"
     */
    public static String weightFamily(Architecture arch, int layer) {
        int layers = arch.layerCount();
        if (layers == 2) {
            return layer == 2 ? "V" : "W";
        }
        return layers == 1 ? "w" : "W⁽" + sup(layer) + "⁾";
    }

    /**
     * @param arch  network shape
     * @param layer 1..L
     * @param unit  0-based unit
     * @return e.g. "b₁", "b⁽²⁾₁"
     */
    public static String bias(Architecture arch, int layer, int unit) {
        return arch.layerCount() == 1 ? "b" + sub(unit + 1) : "b⁽" + sup(layer) + "⁾" + sub(unit + 1);
    }
}
