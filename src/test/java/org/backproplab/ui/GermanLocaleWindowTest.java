package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.backproplab.ui.views.GraphSelection;
import org.backproplab.ui.views.NumberText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window's text under a German default locale: numbers keep the decimal point, and the
 * readout writes the lecture's numbers with the digits the graph and the inspector use.
 */
@ExtendWith(ApplicationExtension.class)
class GermanLocaleWindowTest {
    // a comma between digits that is not a thousands separator (",000"): "0,5270", "93,3 %"
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d,(\\d{1,2}|\\d{4,})(?!\\d)");
    private Locale before;
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        fx = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
        Locale.setDefault(before);
    }

    @Test
    void lectureNumbersKeepTheirDecimalPointAndTheGraphsDigitsUnderAGermanLocale(FxRobot robot) throws Exception {
        // given the lecture's 2-3-1 network under Locale.GERMANY, stepped to BACKWARD layer 1
        assertEquals(Locale.GERMANY, Locale.getDefault());
        for (int step = 1; step <= 5; step++) {
            robot.clickOn("#stepButton");
            int wanted = step;
            fx.awaitRendered(s -> s.phase().step() == wanted);
        }
        // then the readout writes J = 0.5270 (not 0,5270) and ∂J/∂y = −1.69378… as the graph does
        assertEquals("0.5270", WindowFixture.text(robot, "#lossValue"));
        assertEquals("−1.694", WindowFixture.text(robot, "#outputGradientValue"));
        // and ∂J/∂h₁ = −0.04096219982850885 (the reference trace) with the graph's digits, not −0.0410
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.node(1, 0)));
        String selected = WindowFixture.text(robot, "#selectionValue");
        assertTrue(selected.endsWith("∂J/∂a = " + NumberText.short4(-0.04096219982850885)), selected);
        assertTrue(selected.endsWith("∂J/∂a = −0.04096"), selected);
        // and no text anywhere in the window carries a decimal comma
        List<String> texts = new ArrayList<>();
        robot.interact(() -> collect(fx.window, texts));
        assertTrue(texts.size() > 20, "read " + texts.size() + " texts");
        for (String t : texts) {
            assertTrue(!DECIMAL_COMMA.matcher(t).find(), "decimal comma in \"" + t + "\"");
        }
    }

    private static void collect(Node node, List<String> texts) {
        String t = node instanceof Labeled l ? l.getText()
                : node instanceof Text x ? x.getText()
                : node instanceof TextInputControl c ? c.getText() : null;
        if (t != null && !t.isEmpty()) {
            texts.add(t);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
