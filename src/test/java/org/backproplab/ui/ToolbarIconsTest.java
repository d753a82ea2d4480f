package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The toolbar's buttons carry Ikonli icons with their text, tooltip and accessible text kept;
 * no Unicode glyph is left in their text, and the icons grow with the type.
 */
@ExtendWith(ApplicationExtension.class)
class ToolbarIconsTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private static FontIcon icon(FxRobot robot, String id) {
        Labeled b = robot.lookup(id).queryAs(Labeled.class);
        assertTrue(b.getGraphic() instanceof FontIcon, id + " has an Ikonli icon");
        return (FontIcon) b.getGraphic();
    }

    @Test
    void everyToolbarButtonHasItsIconAndKeepsItsTextAndTooltip(FxRobot robot) {
        assertEquals(MaterialDesignS.STEP_BACKWARD, icon(robot, "#stepBackButton").getIconCode());
        assertEquals(MaterialDesignS.STEP_FORWARD, icon(robot, "#stepButton").getIconCode());
        assertEquals(MaterialDesignP.PLAY, icon(robot, "#playButton").getIconCode());
        assertEquals(MaterialDesignR.RESTORE, icon(robot, "#resetButton").getIconCode());
        assertEquals(MaterialDesignD.DICE_5, icon(robot, "#reinitButton").getIconCode());
        assertEquals(MaterialDesignM.MENU, icon(robot, "#settingsToggle").getIconCode());
        // drawn in Ikonli's icon font (a fallback font would show an empty box)
        for (String id : new String[] {"#stepBackButton", "#stepButton", "#playButton", "#resetButton", "#reinitButton",
            "#settingsToggle"}) {
            assertEquals("Material Design Icons", icon(robot, id).getFont().getFamily(), id);
        }
        String[][] texts = {{"#stepBackButton", "Back"}, {"#stepButton", "Step"}, {"#playButton", "Play"},
            {"#resetButton", "Reset"}, {"#reinitButton", "Re-initialise"}};
        for (String[] t : texts) {
            Button b = robot.lookup(t[0]).queryAs(Button.class);
            assertEquals(t[1], b.getText());
            assertNotNull(b.getTooltip(), t[0] + " keeps its tooltip");
            assertTrue(b.getText().chars().allMatch(c -> c < 0x2000), t[0] + " has no glyph in its text");
        }
        ToggleButton settings = robot.lookup("#settingsToggle").queryAs(ToggleButton.class);
        assertEquals("Settings panel", settings.getAccessibleText());
        assertNotNull(settings.getTooltip());
    }

    @Test
    void iconsAreAsLargeAsTheirButtonsType(FxRobot robot) {
        Button play = robot.lookup("#playButton").queryAs(Button.class);
        FontIcon icon = icon(robot, "#playButton");
        assertEquals(Math.round(play.getFont().getSize() * Icons.SCALE), icon.getIconSize());
        robot.interact(() -> play.setStyle("-fx-font-size: 28px;"));
        robot.interact(() -> play.applyCss());
        assertEquals(35, icon.getIconSize());
    }
}
