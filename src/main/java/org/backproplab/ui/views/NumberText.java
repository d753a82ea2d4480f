package org.backproplab.ui.views;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The window's one number formatter: four significant digits, scientific notation for very small
 * or very large magnitudes (−3.421e−6), and the typographic minus sign (U+2212) everywhere. The
 * graph, the inspector, the charts' axes and the readout all write numbers through it, so the
 * same number shows the same digits everywhere; the text does not depend on the default locale
 * (BigDecimal's plain text, and {@link Locale#ROOT} where a format pattern is used).
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
     * {@link #short4} for columns of numbers (the readout): the same rounding and digits, with
     * trailing zeros added up to four decimals as long as they stay within four significant
     * digits, so 0.93 reads "0.9300", 0.025 "0.0250", 1.5 "1.500", −0.04096 as in the graph.
     *
     * @param value any double
     * @return e.g. "0.5270", "−0.04096", "0.0250", "1235", "−3.421e−6", "—" for NaN
     */
    public static String aligned(double value) {
        if (Double.isNaN(value)) {
            return "—";
        }
        String text = short4(value);
        if (!Double.isFinite(value) || text.indexOf('e') >= 0) {
            return text;
        }
        int point = text.indexOf('.');
        int decimals = point < 0 ? 0 : text.length() - point - 1;
        int significant = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '1' && c <= '9' || c == '0' && significant > 0) {
                significant++;
            }
        }
        StringBuilder b = new StringBuilder(text);
        if (point < 0 && significant < 4) {
            b.append('.');
        }
        for (; decimals < 4 && significant < 4; decimals++) {
            b.append('0');
            if (value != 0) {
                significant++;
            }
        }
        return b.toString();
    }

    /**
     * @param fraction a fraction in [0, 1]
     * @return e.g. "93.3 %", or "—" for NaN
     */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "—" : String.format(Locale.ROOT, "%.1f %%", 100 * fraction);
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
