package org.backproplab.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values with the program's messages; picocli puts the option's name in
 * front ({@code --steps expects a whole number, found "x"}).
 */
final class OptionTypes {
    private OptionTypes() {
    }

    static int wholeNumber(String text, int min) {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("expects a whole number, found \"" + text + "\"");
        }
        if (n < min) {
            throw new TypeConversionException("must be at least " + min + ", found " + n);
        }
        return n;
    }

    /** A whole number ≥ 0. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return wholeNumber(text, 0);
        }
    }

    /** A whole number ≥ 1. */
    static final class PositiveCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            return wholeNumber(text, 1);
        }
    }

    /** A finite number of seconds > 0. */
    static final class Seconds implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            double d;
            try {
                d = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expects a number, found \"" + text + "\"");
            }
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new TypeConversionException("must be a positive number, found " + text);
            }
            return d;
        }
    }
}
