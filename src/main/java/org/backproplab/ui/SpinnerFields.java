package org.backproplab.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.backproplab.ui.views.NumberText;
import org.backproplab.ui.views.NumberTextConverter;

/**
 * Editable spinners of the settings: a typed value is applied once, on Enter or when the field
 * loses focus, and only when it is a number within the spinner's range; otherwise the field
 * returns to the value in force and a one-line problem says what was expected (nothing is
 * capped silently). Clicks on ▲ and ▼ in quick succession are applied once, when they pause.
 * Numbers are read and written locale-independently, with the views' number text
 * ({@link NumberTextConverter}).
 */
final class SpinnerFields {
    /** Pause after the last ▲/▼ click before the value is applied. */
    static final Duration CLICK_PAUSE = Duration.millis(450);

    private SpinnerFields() {
    }

    /**
     * @param s       a spinner with an {@link SpinnerValueFactory.IntegerSpinnerValueFactory}
     * @param name    the setting's name, as the problem line starts ("Points")
     * @param enabled whether a change comes from the user (false while the panel shows a lab)
     * @param problem receives the problem line
     * @param apply   applies the new value
     */
    static void integer(Spinner<Integer> s, String name, BooleanSupplier enabled, Consumer<String> problem,
                        Runnable apply) {
        var f = (SpinnerValueFactory.IntegerSpinnerValueFactory) s.getValueFactory();
        setUp(s, name, f.getMin(), f.getMax(), Integer::valueOf, v -> Integer.toString(v), enabled, problem, apply);
    }

    /**
     * @param s       a spinner with a {@link SpinnerValueFactory.DoubleSpinnerValueFactory}
     * @param name    the setting's name, as the problem line starts ("Learning rate")
     * @param enabled whether a change comes from the user (false while the panel shows a lab)
     * @param problem receives the problem line
     * @param apply   applies the new value
     */
    static void decimal(Spinner<Double> s, String name, BooleanSupplier enabled, Consumer<String> problem,
                        Runnable apply) {
        var f = (SpinnerValueFactory.DoubleSpinnerValueFactory) s.getValueFactory();
        NumberTextConverter text = new NumberTextConverter();
        setUp(s, name, f.getMin(), f.getMax(), t -> {
            Double v = text.fromString(t);
            if (v == null) {
                throw new NumberFormatException("empty");
            }
            return v;
        }, text::toString, enabled, problem, apply);
    }

    private static <T extends Number> void setUp(Spinner<T> s, String name, double min, double max,
                                                 Function<String, T> parse, Function<T, String> format,
                                                 BooleanSupplier enabled, Consumer<String> problem, Runnable apply) {
        s.setEditable(true);
        PauseTransition settle = new PauseTransition(CLICK_PAUSE);
        settle.setOnFinished(e -> apply.run());
        boolean[] typed = {false};
        s.getValueFactory().setConverter(new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : format.apply(v);
            }

            @Override
            public T fromString(String text) {
                String t = text.strip().replace(NumberText.MINUS, '-');
                T v;
                try {
                    v = parse.apply(t);
                } catch (NumberFormatException e) {
                    v = null;
                }
                if (v == null || !(v.doubleValue() >= min && v.doubleValue() <= max)) {
                    problem.accept(name + " takes a number from " + NumberText.short4(min) + " to "
                            + NumberText.short4(max) + ": \"" + text.strip() + "\" was not applied.");
                    Platform.runLater(() -> s.getEditor().setText(toString(s.getValue())));
                    return s.getValue();
                }
                typed[0] = !v.equals(s.getValue());
                return v;
            }
        });
        s.getEditor().setText(format.apply(s.getValue()));
        s.valueProperty().addListener((obs, o, n) -> {
            boolean wasTyped = typed[0];
            typed[0] = false;
            if (!enabled.getAsBoolean()) {
                return;
            }
            if (wasTyped) {
                settle.stop();
                apply.run();
            } else {
                settle.playFromStart();
            }
        });
    }
}
