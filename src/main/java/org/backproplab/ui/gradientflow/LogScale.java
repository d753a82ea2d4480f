package org.backproplab.ui.gradientflow;

/**
 * A base-10 logarithmic axis over whole decades, mapping a positive value to a pixel position
 * between two ends. Values at or below the lowest decade (including 0) sit on the low end.
 */
final class LogScale {
    private final int lowDecade;
    private final int highDecade;
    private final double lowPixel;
    private final double highPixel;

    /**
     * @param lowDecade  exponent of the axis' smallest value 10^low
     * @param highDecade exponent of its largest value (above low)
     * @param lowPixel   pixel of the smallest value
     * @param highPixel  pixel of the largest value
     */
    LogScale(int lowDecade, int highDecade, double lowPixel, double highPixel) {
        this.lowDecade = lowDecade;
        this.highDecade = Math.max(highDecade, lowDecade + 1);
        this.lowPixel = lowPixel;
        this.highPixel = highPixel;
    }

    /**
     * @param smallest smallest positive value to show (or NaN/∞ for none)
     * @param largest  largest value to show
     * @param lowPixel pixel of the low end
     * @param highPixel pixel of the high end
     * @return decades wide enough for both values, at least two decades
     */
    static LogScale covering(double smallest, double largest, double lowPixel, double highPixel) {
        if (!(smallest > 0) || !Double.isFinite(smallest)) {
            smallest = 1e-4;
        }
        if (!(largest > 0) || !Double.isFinite(largest)) {
            largest = 1;
        }
        int low = (int) Math.floor(Math.log10(Math.min(smallest, largest)));
        int high = (int) Math.ceil(Math.log10(Math.max(smallest, largest)));
        if (high - low < 2) {
            low = high - 2;
        }
        return new LogScale(low, high, lowPixel, highPixel);
    }

    /**
     * @param value a value
     * @return its pixel; 0, negative, NaN and values below the axis at the low end, above it at the high end
     */
    double pixel(double value) {
        if (!(value > 0)) {
            return lowPixel;
        }
        double t = (Math.log10(value) - lowDecade) / (highDecade - lowDecade);
        t = Math.max(0, Math.min(1, t));
        return lowPixel + t * (highPixel - lowPixel);
    }

    /** @return exponent of the smallest decade */
    int lowDecade() {
        return lowDecade;
    }

    /** @return exponent of the largest decade */
    int highDecade() {
        return highDecade;
    }

    /**
     * @param exponent a decade's exponent
     * @return "1e−6", "0.01", "0.1", "1", "10", "1e3"
     */
    static String decadeLabel(int exponent) {
        String s = switch (exponent) {
            case -2 -> "0.01";
            case -1 -> "0.1";
            case 0 -> "1";
            case 1 -> "10";
            case 2 -> "100";
            default -> "1e" + exponent;
        };
        return s.replace('-', '\u2212');
    }
}
