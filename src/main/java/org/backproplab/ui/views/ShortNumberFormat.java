package org.backproplab.ui.views;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * {@link NumberText#short4} as a {@link NumberFormat}, so chart axes write numbers the way the
 * rest of the views do (0.1, 0.01, 1e−4, with a typographic minus). Formatting only.
 */
final class ShortNumberFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        // axis ticks carry floating-point noise (0.6000000000000001): drop it before rounding
        double clean = Double.isFinite(number) && number != 0
                ? new BigDecimal(number).round(new MathContext(12)).doubleValue() : number;
        return toAppendTo.append(NumberText.short4(clean));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(NumberText.short4(number));
    }

    /** Parsing is not supported: axis labels are only written. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
