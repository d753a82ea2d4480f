package org.backproplab.ui.theme;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Which theme the window shows: the one chosen (View ▸ Theme, {@code --theme}), or with none
 * chosen, the high-contrast theme in presenter mode and the light one otherwise.
 */
public final class ThemeChoice {
    private final ObjectProperty<AppTheme> chosen = new SimpleObjectProperty<>();
    private final ObjectBinding<AppTheme> effective;

    /** @param presenterMode whether presenter mode is on */
    public ThemeChoice(ObservableBooleanValue presenterMode) {
        effective = Bindings.createObjectBinding(() -> chosen.get() != null ? chosen.get()
                : presenterMode.get() ? AppTheme.HIGH_CONTRAST : AppTheme.LIGHT, chosen, presenterMode);
    }

    /** @return the theme chosen, or null to follow presenter mode */
    public ObjectProperty<AppTheme> chosenProperty() {
        return chosen;
    }

    /** @return the theme on show */
    public ObjectBinding<AppTheme> effectiveProperty() {
        return effective;
    }

    /** @return the theme on show */
    public AppTheme effective() {
        return effective.get();
    }
}
