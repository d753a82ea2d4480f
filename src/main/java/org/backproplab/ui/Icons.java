package org.backproplab.ui;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Ikonli icons (Material Design 2) on buttons, instead of Unicode glyphs that depend on the fonts
 * installed. An icon is as large as its button's type, so it grows with presenter mode and the
 * high-contrast theme; its colour is the theme's (AtlantaFX styles {@code .ikonli-font-icon}).
 */
public final class Icons {
    /** Icon size relative to the button's font size. */
    static final double SCALE = 1.25;

    private Icons() {
    }

    /**
     * Puts an icon before (or after) a control's text. The control keeps its text and tooltip,
     * which screen readers read.
     *
     * @param control a button, toggle button or label
     * @param icon    the icon, e.g. {@code MaterialDesignP.PLAY}
     * @param after   whether the icon goes after the text (Step ▸)
     * @param <T>     the control's type
     * @return the control
     */
    public static <T extends Labeled> T on(T control, Ikon icon, boolean after) {
        FontIcon graphic = new FontIcon(icon);
        // an inline style, which wins over the theme's -fx-icon-size (a bound size would clash with it)
        fitIcon(graphic, control);
        control.fontProperty().addListener((obs, old, now) -> fitIcon(graphic, control));
        control.setGraphic(graphic);
        control.setContentDisplay(after ? ContentDisplay.RIGHT : ContentDisplay.LEFT);
        return control;
    }

    /**
     * An icon alone on a control (no text): its accessible text says what it does.
     *
     * @param control        a button or toggle button
     * @param icon           the icon
     * @param accessibleText what a screen reader says, e.g. "Close the inspector"
     * @param <T>            the control's type
     * @return the control
     */
    public static <T extends Labeled> T only(T control, Ikon icon, String accessibleText) {
        on(control, icon, false);
        control.setText(null);
        control.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        control.setAccessibleText(accessibleText);
        return control;
    }

    private static void fitIcon(FontIcon graphic, Labeled control) {
        int size = (int) Math.round(control.getFont().getSize() * SCALE);
        // Ikonli keeps the icon font's family and size in the inline style: only the size changes
        String others = graphic.getStyle() == null ? "" : graphic.getStyle().replaceAll("-fx-icon-size:[^;]*;?", "");
        graphic.setStyle(others + "-fx-icon-size: " + size + "px;");
        graphic.setIconSize(size);
    }

    /**
     * @param control a control with an icon from {@link #on} or {@link #only}
     * @return its icon
     */
    public static FontIcon of(Labeled control) {
        return (FontIcon) control.getGraphic();
    }
}
