package org.backproplab.ui.views;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How the views write numbers: four significant digits, scientific notation for very small or
 * very large magnitudes (−3.421e−6), and the typographic minus sign (U+2212) everywhere.
 */
public final class NumberText {
    /** The minus sign used in every displayed number. */
    public static final char MINUS = '\u2212';

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private NumberText() {
    }

    /**
     * @param value any double
     * @return e.g. "−1.694", "0.5270", "−3.421e−6", "5", "0.1", "2e−6", "0", "NaN", "∞"
     */
    public static String short4(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\u221E" : MINUS + "\u221E";
        }
        if (value == 0) {
            return "0";
        }
        // values with at most four significant digits (5, 0.1, −0.25) are shown as written
        BigDecimal shortest = BigDecimal.valueOf(value).stripTrailingZeros();
        BigDecimal rounded = shortest.precision() <= 4 ? shortest : shortest.round(FOUR_DIGITS);
        double magnitude = Math.abs(rounded.doubleValue());
        String text;
        if (magnitude >= 1e-3 && magnitude < 1e5) {
            text = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        } else {
            // m × 10^e with 1 ≤ |m| < 10 and four significant digits in m
            int exponent = rounded.precision() - rounded.scale() - 1;
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            int digits = shortest.precision() <= 4 ? Math.max(0, mantissa.scale()) : 3;
            text = mantissa.setScale(digits, RoundingMode.HALF_EVEN).toPlainString() + "e" + exponent;
        }
        return text.replace('-', MINUS);
    }

    /**
     * @param value any double
     * @return whether {@link #short4} shows it exactly (it has at most four significant digits)
     */
    public static boolean isShortExact(double value) {
        return value == 0 || (Double.isFinite(value) && BigDecimal.valueOf(value).stripTrailingZeros().precision() <= 4);
    }

    /**
     * @param value any double
     * @return the shortest text that reads back as exactly this double, with a typographic minus
     */
    public static String full(double value) {
        return Double.toString(value).replace("E", "e").replace('-', MINUS);
    }

    /**
     * @param value a signed quantity
     * @return {@link #short4} with an explicit "+" for positive values
     */
    public static String signed4(double value) {
        String s = short4(value);
        return value > 0 ? "+" + s : s;
    }
}
