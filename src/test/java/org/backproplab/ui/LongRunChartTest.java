package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.backproplab.io.LabFile;
import org.backproplab.io.Lessons;
import org.backproplab.sim.Snapshot;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * XOR trained past 20,000 (or -Dlongrun.epochs) epochs: the loss chart still starts at epoch 1 and ends at the last
 * one, and its log scale is labelled (target/screenshots/xor-100k-log.png).
 */
@ExtendWith(ApplicationExtension.class)
class LongRunChartTest {
    /** Epochs to train: enough for the older ones to be summarised several times over. */
    private static final int EPOCHS = Integer.getInteger("longrun.epochs", 20_000);
    private WindowFixture fx;

    @Start
    void start(Stage stage) {
        LabFile xor = Lessons.builtIn().stream().filter(l -> l.fileName().startsWith("xor")).findFirst()
                .orElseThrow().lab();
        fx = new WindowFixture(stage, xor);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    @Test
    void theWholeHistoryOfALongRunIsDrawnWithALabelledLogScale(FxRobot robot) throws Exception {
        WaitForWindow.complete(fx);
        robot.interact(() -> fx.vm.setEpochs(EPOCHS));
        robot.interact(() -> fx.vm.speedPositionProperty().set(1.0));
        robot.interact(fx.vm::play);
        // Play stops by itself at the 20,000 (or -Dlongrun.epochs) epochs
        Snapshot done = fx.awaitRendered(s -> !s.running() && s.epoch() >= EPOCHS, 120);
        assertEquals(EPOCHS, done.epoch());
        robot.interact(() -> robot.lookup(".log-scale-toggle").queryAs(CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        Node viewer = robot.lookup(".loss-chart-view").lookup((Node n) -> n instanceof ChartViewer).query();
        JFreeChart chart = ((ChartViewer) viewer).getChart();
        XYSeriesCollection losses = (XYSeriesCollection) chart.getXYPlot().getDataset(0);
        var train = losses.getSeries(0);
        assertEquals(1.0, train.getX(0).doubleValue());
        assertEquals((double) EPOCHS, train.getX(train.getItemCount() - 1).doubleValue());
        assertTrue(train.getItemCount() < 10_000, "summarised: " + train.getItemCount());
        // the picture is for a person to look at: taken once the chart's pending redraws have run
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                WindowImage.writePng(fx.window.getScene(), Path.of("target/screenshots/xor-100k-log.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
