package org.backproplab.ui.views;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * {@link NumberText#short4} as a spinner's converter, so number fields write numbers as the rest
 * of the window does, whatever the default locale (JavaFX's own double spinners format with it,
 * "0,2" under a German locale). Reading takes a decimal point or comma and either minus sign.
 */
public final class NumberTextConverter extends StringConverter<Double> {

    /**
     * Gives a double spinner this converter and rewrites its text with it.
     *
     * @param spinner any spinner; only double spinners change
     */
    public static void applyTo(Spinner<?> spinner) {
        if (spinner.getValueFactory() instanceof SpinnerValueFactory.DoubleSpinnerValueFactory factory) {
            NumberTextConverter converter = new NumberTextConverter();
            factory.setConverter(converter);
            spinner.getEditor().setText(converter.toString(factory.getValue()));
        }
    }

    @Override
    public String toString(Double value) {
        return value == null ? "" : NumberText.short4(value);
    }

    @Override
    public Double fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Double.parseDouble(text.trim().replace(NumberText.MINUS, '-').replace(',', '.'));
    }
}
