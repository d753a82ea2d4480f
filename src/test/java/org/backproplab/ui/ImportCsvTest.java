package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.backproplab.data.DataSpec;
import org.backproplab.engine.Activation;
import org.backproplab.io.LabFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Import CSV…: given the lecture's run, when Iris is imported with two features and two
 * classes the run restarts on them (only after OK); a file with a bad row or a choice of one class
 * shows its problem inside the dialog, and the run goes on untouched.
 */
@ExtendWith(ApplicationExtension.class)
class ImportCsvTest {
    private static final Path IRIS = Path.of("datasets/iris.csv").toAbsolutePath();
    private WindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new WindowFixture(stage, WindowFixture.lecture());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fixture::close);
    }

    private DialogPane open(FxRobot robot, Path csv) throws Exception {
        Platform.runLater(() -> new AppMenus(fixture.vm, fixture.window, List.of()).importCsv(csv));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importCsvDialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#importCsvDialog").queryAs(DialogPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !problem(robot).startsWith("Reading"));
        WaitForAsyncUtils.waitForFxEvents();
        return pane;
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#importProblem").queryAs(Label.class).getText();
    }

    private static void untick(FxRobot robot, String box, String text) {
        FlowPane pane = robot.lookup(box).queryAs(FlowPane.class);
        for (Node n : pane.getChildren()) {
            if (((CheckBox) n).getText().equals(text)) {
                robot.interact(() -> ((CheckBox) n).setSelected(false));
            }
        }
    }

    private static void press(FxRobot robot, DialogPane pane, ButtonType type) {
        robot.interact(() -> ((Button) pane.lookupButton(type)).fire());
    }

    @Test
    void chosenColumnsAndClassesStartTheRunOnlyWhenConfirmed(FxRobot robot) throws Exception {
        LabFile before = fixture.vm.labProperty().get();
        DialogPane pane = open(robot, IRIS);
        // the preview and the guesses: species (the text column) as target, its three classes
        @SuppressWarnings("unchecked")
        ComboBox<String> target = robot.lookup("#importTarget").queryAs(ComboBox.class);
        assertEquals("species", target.getValue());
        assertEquals(3, robot.lookup("#importClasses").queryAs(FlowPane.class).getChildren().size());
        untick(robot, "#importFeatures", "sepal_width_cm");
        untick(robot, "#importFeatures", "petal_width_cm");
        untick(robot, "#importClasses", "virginica");
        assertSame(before, fixture.vm.labProperty().get(), "the run is untouched while the dialog is open");

        press(robot, pane, ButtonType.OK);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.vm.labProperty().get() != before);
        LabFile now = fixture.vm.labProperty().get();
        DataSpec.Csv csv = (DataSpec.Csv) now.data();
        assertEquals(List.of("sepal_length_cm", "petal_length_cm"), csv.features());
        assertEquals(List.of("setosa", "versicolor"), csv.classes());
        // inputs follow the features, the output the two classes; the lecture's hidden layer of 3 stays
        assertEquals(List.of(2, 3, 1), now.architecture().sizes());
        assertEquals(Activation.SIGMOID, now.architecture().outputActivation());
        fixture.awaitRendered(s -> s.data().train().rows() == 80);
    }

    @Test
    void aBadRowShowsItsLineInsideTheDialogAndTheRunGoesOn(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b,label\n1,2,x\n3,y\n5,6,y\n");
        LabFile before = fixture.vm.labProperty().get();
        DialogPane pane = open(robot, bad);
        assertTrue(problem(robot).contains("line 3"), problem(robot));
        assertTrue(pane.lookupButton(ButtonType.OK).isDisabled());
        press(robot, pane, ButtonType.CANCEL);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, fixture.vm.labProperty().get());
    }

    @Test
    void oneClassIsRefusedInsideTheDialog(FxRobot robot) throws Exception {
        LabFile before = fixture.vm.labProperty().get();
        DialogPane pane = open(robot, IRIS);
        untick(robot, "#importClasses", "versicolor");
        untick(robot, "#importClasses", "virginica");
        press(robot, pane, ButtonType.OK);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(problem(robot).contains("keep at least 2 classes, found 1"), problem(robot));
        assertTrue(robot.lookup("#importCsvDialog").tryQuery().isPresent(), "the dialog stays open");
        press(robot, pane, ButtonType.CANCEL);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, fixture.vm.labProperty().get());
    }
}
