package org.backproplab.ui;

/** How the window writes numbers: four decimals, a true minus sign, scientific when tiny. */
public final class Numbers {
    private Numbers() {
    }

    /**
     * @param v a value
     * @return e.g. "0.5270", "−1.6938", "−3.42e−6", "—" for NaN
     */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        String s;
        double a = Math.abs(v);
        if (v == 0 || (a >= 1e-3 && a < 1e5)) {
            s = String.format("%.4f", v);
        } else {
            s = String.format("%.2e", v).replace("e-0", "e-").replace("e+0", "e").replace("e+", "e");
        }
        return s.replace('-', '\u2212');
    }

    /**
     * @param fraction a fraction in [0, 1]
     * @return e.g. "93.3 %", or "—"
     */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : String.format("%.1f %%", 100 * fraction);
    }
}
