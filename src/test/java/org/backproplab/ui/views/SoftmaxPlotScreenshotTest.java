package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The softmax output layer's plot of the Iris lesson, written to target/screenshots for looking at. */
class SoftmaxPlotScreenshotTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @Test
    void softmaxPlotOfTheIrisLessonIsDrawn() throws Exception {
        IrisRun run = new IrisRun(4, 3);
        run.trainEpochs(3);
        var s = run.snapshotAt(2);
        Path file = Path.of("target", "screenshots", "softmax-plot-480x260.png");
        Image image = Fx.call(() -> {
            ActivationPlotView view = new ActivationPlotView();
            view.layerProperty().set(2);
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 480, 260));
            stage.show();
            view.render(s);
            view.applyCss();
            view.layout();
            Image shot = stage.getScene().snapshot(null);
            stage.close();
            return shot;
        });
        PngWriter.write(image, file);
        assertTrue(image.getWidth() == 480 && image.getHeight() == 260);
    }
}
