package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.backproplab.engine.Parameters;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.GraphSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window, driven as a user would: open the lecture lesson from the Lessons menu, step
 * phase by phase and read the numbers the window displays; step back to the start.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowSteppingTest {
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.shuffled());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    private void openLectureLesson(FxRobot robot) throws Exception {
        robot.clickOn("#lessonButton");
        robot.clickOn(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().contains("2-3-1") && l.getParent() != null
                && l.getParent().getStyleClass().contains("menu-item"));
        fx.awaitRendered(s -> s.architecture().sizes().equals(List.of(2, 3, 1)));
    }

    private Snapshot stepTo(FxRobot robot, int step) throws Exception {
        robot.clickOn("#stepButton");
        return fx.awaitRendered(s -> s.phase().step() == step);
    }

    private String weightGradients(FxRobot robot) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            GraphSelection edge = GraphSelection.edge(2, i, 0);
            robot.interact(() -> fx.vm.selectionProperty().set(edge));
            String text = WindowFixture.text(robot, "#selectionValue");
            shown.add(text.substring(text.indexOf("∂J/∂w = ") + "∂J/∂w = ".length()));
        }
        robot.interact(() -> fx.vm.selectionProperty().set(null));
        return String.join(" ", shown);
    }

    @Test
    void steppingTheLectureLessonPhaseByPhaseShowsTheLectureNumbers(FxRobot robot) throws Exception {
        // given the lecture lesson, opened from the Lessons menu
        openLectureLesson(robot);
        assertTrue(WindowFixture.text(robot, "#phaseLabel").startsWith("READY"));
        assertEquals("—", WindowFixture.text(robot, "#lossValue"));

        // when stepping phase by phase, then each phase shows what it computed and nothing more
        stepTo(robot, 1);
        assertEquals("FORWARD layer 1 of 2", WindowFixture.text(robot, "#phaseLabel"));
        assertEquals("—", WindowFixture.text(robot, "#outputValue"));
        assertEquals("— — —", weightGradients(robot));

        stepTo(robot, 2);
        assertEquals("0.5904", WindowFixture.text(robot, "#outputValue"));
        assertEquals("—", WindowFixture.text(robot, "#lossValue"));

        stepTo(robot, 3);
        assertEquals("LOSS", WindowFixture.text(robot, "#phaseLabel"));
        assertEquals("0.5270", WindowFixture.text(robot, "#lossValue"));
        // the graph's digits (issue 9 item 5: readout and graph write a number alike)
        assertEquals("−1.694", WindowFixture.text(robot, "#outputGradientValue"));
        assertEquals("— — —", weightGradients(robot));

        stepTo(robot, 4);
        assertEquals("BACKWARD layer 2 of 2", WindowFixture.text(robot, "#phaseLabel"));
        assertEquals("−0.4096 −0.2995 −0.4096", weightGradients(robot));

        stepTo(robot, 5);
        assertEquals("BACKWARD layer 1 of 2", WindowFixture.text(robot, "#phaseLabel"));
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.edge(1, 0, 0)));
        // ∂J/∂W₁₁ = x₁ · δ₂ V₁ · h₁(1 − h₁) = −3.421e−6 (the lecture's −3.4e−6)
        assertTrue(WindowFixture.text(robot, "#selectionValue").endsWith("∂J/∂w = −3.421e−6"),
                WindowFixture.text(robot, "#selectionValue"));
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.edge(2, 0, 0)));
        assertEquals("w = 0.1000  ∂J/∂w = −0.4096", WindowFixture.text(robot, "#selectionValue"));

        stepTo(robot, 6);
        assertEquals("UPDATE", WindowFixture.text(robot, "#phaseLabel"));
        // V₁ ← 0.1 − 0.1 · (−0.4096) = 0.1410
        assertEquals("w = 0.1410  ∂J/∂w = −0.4096", WindowFixture.text(robot, "#selectionValue"));
        // the inspector spells out the SGD step: −η · ∂J/∂V₁ = −0.1 · (−0.4096) = +0.04096
        String inspector = robot.lookup(".inspector-formula").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(inspector.contains("learning rate η = 0.1") && inspector.contains("= +0.04096"), inspector);
    }

    @Test
    void stepBackWithTheKeyboardReturnsTheParametersBitForBit(FxRobot robot) throws Exception {
        Snapshot start = fx.awaitRendered(s -> true);
        Parameters initial = start.parameters();
        robot.clickOn("#granularityIteration");
        List<Parameters> seen = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            robot.type(KeyCode.RIGHT);
            int done = i;
            seen.add(fx.awaitRendered(s -> s.iteration() + 1 == done && s.phase().updated()).parameters());
        }
        assertFalse(initial.equals(seen.get(6)));
        for (int i = 5; i >= 0; i--) {
            robot.type(KeyCode.LEFT);
            int done = i + 1;
            Snapshot s = fx.awaitRendered(x -> x.iteration() + 1 == done && x.phase().updated());
            assertEquals(seen.get(i), s.parameters());
        }
        robot.clickOn("#stepBackButton");
        Snapshot back = fx.awaitRendered(Snapshot::atHistoryStart);
        assertEquals(initial, back.parameters());
        assertTrue(robot.lookup("#stepBackButton").queryAs(Button.class).isDisabled());
    }

    @Test
    void typingAWeightMidIterationRecomputesTheLossShown(FxRobot robot) throws Exception {
        // given the lecture lesson at its LOSS phase
        openLectureLesson(robot);
        robot.clickOn("#granularityPass");
        stepTo(robot, 3);
        assertEquals("0.5270", WindowFixture.text(robot, "#lossValue"));

        // when V₂ (hidden unit 2 → output) is set to 0 in the inspector
        robot.interact(() -> fx.vm.selectionProperty().set(GraphSelection.edge(2, 1, 0)));
        robot.clickOn("#weightField").write("0").type(KeyCode.ENTER);

        // then z = 0.1·σ(11) − 0.1·σ(12) ≈ −1.1e−6, so y ≈ ½ and J = −ln y ≈ ln 2 = 0.6931
        fx.awaitRendered(s -> s.parameters().weightsOf(1)[1] == 0.0);
        assertEquals("0.6931", WindowFixture.text(robot, "#lossValue"));
        assertEquals("LOSS", WindowFixture.text(robot, "#phaseLabel"));
    }
}
