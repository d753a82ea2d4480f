package org.backproplab.ui.functionfit;

/** Axis ticks of the package's plots: a 1-2-5 step and tick values free of floating-point noise. */
final class Ticks {
    private Ticks() {
    }

    /**
     * @param lo    axis start
     * @param hi    axis end
     * @param count about how many ticks fit
     * @return a step of 1, 2 or 5 times a power of ten
     */
    static double step(double lo, double hi, int count) {
        double raw = (hi - lo) / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
    }

    /**
     * @param value a tick value
     * @param step  the tick step
     * @return the value rounded to the step's digits (0.30000000000000004 → 0.3)
     */
    static double round(double value, double step) {
        double digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
        double f = Math.pow(10, digits);
        return Math.round(value * f) / f;
    }
}
