package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.backproplab.ui.theme.AppTheme;
import org.backproplab.ui.views.NetworkGraphView;
import org.backproplab.ui.views.Palette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Theme switches AtlantaFX's stylesheet and the views' palette, and the views redraw in it. */
@ExtendWith(ApplicationExtension.class)
class ThemeMenuTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            // the next test class starts from the default theme
            fx.vm.theme().chosenProperty().set(AppTheme.LIGHT);
            fx.close();
        });
    }

    /** The colour of the graph canvas's top-left pixel, where nothing but the background is drawn. */
    private static Color graphCorner(FxRobot robot) {
        Canvas canvas = robot.lookup(n -> n instanceof Canvas c && c.getParent() instanceof NetworkGraphView)
                .queryAs(Canvas.class);
        Color[] corner = new Color[1];
        robot.interact(() -> {
            WritableImage image = canvas.snapshot(new SnapshotParameters(), null);
            corner[0] = image.getPixelReader().getColor(2, 2);
        });
        return corner[0];
    }

    /** Fires View ▸ Theme ▸ (the theme's item) of the window's menu bar, as a click on it does. */
    private void choose(FxRobot robot, String theme) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> m.getText().equals("View")).findFirst().orElseThrow();
        Menu themes = (Menu) view.getItems().stream().filter(i -> "Theme".equals(i.getText())).findFirst().orElseThrow();
        RadioMenuItem item = (RadioMenuItem) themes.getItems().stream().filter(i -> theme.equals(i.getText()))
                .findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(item.isSelected(), theme + " is ticked");
    }

    private static void assertSameColour(Color expected, Color actual) {
        assertEquals(expected.getRed(), actual.getRed(), 1.5 / 255, "red of " + actual);
        assertEquals(expected.getGreen(), actual.getGreen(), 1.5 / 255, "green of " + actual);
        assertEquals(expected.getBlue(), actual.getBlue(), 1.5 / 255, "blue of " + actual);
    }

    @Test
    void choosingDarkAppliesTheDarkStylesheetAndTheDarkPaletteAndRedrawsTheGraph(FxRobot robot) throws Exception {
        // given the window in its default theme
        WaitForWindow.complete(fx);
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertSameColour(Color.WHITE, graphCorner(robot));

        // when View ▸ Theme ▸ Dark is chosen
        choose(robot, "Dark");
        WaitForAsyncUtils.waitForFxEvents();

        // then AtlantaFX's dark stylesheet, the dark palette, and the graph drawn on its background
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(Palette.DARK, Palette.current());
        assertTrue(fx.window.getStyleClass().contains(AppTheme.DARK_STYLE_CLASS));
        assertSameColour(Color.web("#0d1117"), graphCorner(robot));

        // and back to Light
        choose(robot, "Light");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new PrimerLight().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertEquals(Palette.LIGHT, Palette.current());
        assertFalse(fx.window.getStyleClass().contains(AppTheme.DARK_STYLE_CLASS));
        assertSameColour(Color.WHITE, graphCorner(robot));
    }

    @Test
    void presenterModeTakesTheHighContrastThemeUnlessOneWasChosen(FxRobot robot) throws Exception {
        WaitForWindow.complete(fx);
        String sheet = AppTheme.HIGH_CONTRAST.extraStylesheet();
        robot.interact(() -> fx.vm.presenterModeProperty().set(true));
        assertEquals(Palette.HIGH_CONTRAST, Palette.current());
        assertTrue(fx.window.getScene().getStylesheets().contains(sheet));
        assertTrue(fx.window.getStyleClass().contains(AppTheme.HIGH_CONTRAST_STYLE_CLASS));

        robot.interact(() -> fx.vm.presenterModeProperty().set(false));
        assertEquals(Palette.LIGHT, Palette.current());
        assertFalse(fx.window.getScene().getStylesheets().contains(sheet));

        // a chosen theme stays in presenter mode
        robot.interact(() -> {
            fx.vm.theme().chosenProperty().set(AppTheme.DARK);
            fx.vm.presenterModeProperty().set(true);
        });
        assertEquals(Palette.DARK, Palette.current());
        assertEquals(new PrimerDark().getUserAgentStylesheet(), Application.getUserAgentStylesheet());
        assertFalse(fx.window.getScene().getStylesheets().contains(sheet));
    }
}
