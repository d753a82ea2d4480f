package org.backproplab.ui.theme;

import javafx.application.Application;
import javafx.scene.Scene;
import org.backproplab.ui.views.Palette;

/**
 * Puts a theme on a scene: AtlantaFX's user-agent stylesheet for every window of the
 * application, the theme's style class and project stylesheet on the scene, and its palette for
 * the canvas and chart views; then the views redraw.
 */
public final class ThemeApplier {
    private ThemeApplier() {
    }

    /**
     * Applies the choice's theme now and whenever it changes (FX thread).
     *
     * @param scene  the main window's scene
     * @param choice which theme to show
     * @param redraw redraws every view (called after each change of theme)
     */
    public static void install(Scene scene, ThemeChoice choice, Runnable redraw) {
        apply(scene, null, choice.effective());
        choice.effectiveProperty().addListener((obs, old, now) -> {
            apply(scene, old, now);
            redraw.run();
        });
    }

    /**
     * @param scene the scene
     * @param old   the theme on show before, or null
     * @param theme the theme to show
     */
    static void apply(Scene scene, AppTheme old, AppTheme theme) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        Palette.use(theme.palette());
        if (old != null && old.extraStylesheet() != null) {
            scene.getStylesheets().remove(old.extraStylesheet());
        }
        if (theme.extraStylesheet() != null && !scene.getStylesheets().contains(theme.extraStylesheet())) {
            scene.getStylesheets().add(theme.extraStylesheet());
        }
        var classes = scene.getRoot().getStyleClass();
        classes.removeAll(AppTheme.DARK_STYLE_CLASS, AppTheme.HIGH_CONTRAST_STYLE_CLASS);
        if (theme.isDark()) {
            classes.add(AppTheme.DARK_STYLE_CLASS);
        }
        if (theme == AppTheme.HIGH_CONTRAST) {
            classes.add(AppTheme.HIGH_CONTRAST_STYLE_CLASS);
        }
    }
}
