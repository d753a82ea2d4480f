package org.backproplab.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.backproplab.ui.views.Palette;

/**
 * A theme of the window: the AtlantaFX theme of its controls, the palette of its canvas and chart
 * views, and for the high-contrast theme a project stylesheet over AtlantaFX's light theme.
 */
public enum AppTheme {
    /** AtlantaFX Primer Light: dark type on white. */
    LIGHT("light", "Light", new PrimerLight(), Palette.LIGHT, null),
    /** AtlantaFX Primer Dark: light type on a near-black background. */
    DARK("dark", "Dark", new PrimerDark(), Palette.DARK, null),
    /** For a projector: Primer Light with black type, stronger borders and larger type. */
    HIGH_CONTRAST("high-contrast", "High contrast", new PrimerLight(), Palette.HIGH_CONTRAST, "high-contrast.css");

    /** Style class on the scene's root while the theme is dark (project rules that differ). */
    public static final String DARK_STYLE_CLASS = "theme-dark";
    /** Style class on the scene's root while the high-contrast theme is on. */
    public static final String HIGH_CONTRAST_STYLE_CLASS = "theme-high-contrast";

    private final String id;
    private final String label;
    private final Theme atlantaFx;
    private final Palette palette;
    private final String extraStylesheet;

    AppTheme(String id, String label, Theme atlantaFx, Palette palette, String extraStylesheet) {
        this.id = id;
        this.label = label;
        this.atlantaFx = atlantaFx;
        this.palette = palette;
        this.extraStylesheet = extraStylesheet;
    }

    /** @return the name on the command line ({@code --theme dark}) */
    public String id() {
        return id;
    }

    /** @return the name in the View ▸ Theme menu */
    public String label() {
        return label;
    }

    /** @return the URL of the AtlantaFX user-agent stylesheet */
    public String userAgentStylesheet() {
        return atlantaFx.getUserAgentStylesheet();
    }

    /** @return whether AtlantaFX's theme is a dark one */
    public boolean isDark() {
        return atlantaFx.isDarkMode();
    }

    /** @return the colours of the canvas and chart views */
    public Palette palette() {
        return palette;
    }

    /** @return the URL of the project stylesheet this theme adds to the scene, or null */
    public String extraStylesheet() {
        if (extraStylesheet == null) {
            return null;
        }
        return AppTheme.class.getResource(extraStylesheet).toExternalForm();
    }

    /**
     * @param text a theme's {@link #id} (any case; {@code high_contrast} and {@code highcontrast} too)
     * @return that theme, or empty
     */
    public static Optional<AppTheme> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(t -> t.id.equals(key) || t.id.replace("-", "").equals(key)).findFirst();
    }

    /** @return the ids of every theme, for messages: {@code light, dark, high-contrast} */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(AppTheme::id).toList());
    }
}
