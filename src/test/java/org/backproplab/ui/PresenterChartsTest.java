package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.backproplab.io.Lessons;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.LabRun;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter mode (F11) reaches the loss/accuracy chart, the activation plot and the inspector
 * (views created after the first frame), and normal mode restores them; the window
 * in both modes is written to target/screenshots for a person to look at (1280×800, the
 * headless screen's size).
 */
@ExtendWith(ApplicationExtension.class)
class PresenterChartsTest {
    private MainViewModel vm;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        var lesson = Lessons.builtIn().stream().filter(l -> l.fileName().startsWith("iris-softmax")).findFirst()
                .orElseThrow();
        vm = new MainViewModel(LabRun.start(lesson.lab()));
        window = new MainWindow(vm, Lessons.builtIn());
        stage.setScene(BackpropLabApp.createScene(window, 1280, 800));
        stage.show();
        window.start();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.stop();
            vm.close();
        });
    }

    private static JFreeChart chart(FxRobot robot, String viewClass) {
        Node viewer = robot.lookup(viewClass).lookup((Node n) -> n instanceof ChartViewer).query();
        return ((ChartViewer) viewer).getChart();
    }

    /** @return tick, axis label, legend and title sizes, in points */
    private static int[] textSizes(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        LegendTitle legend = chart.getLegend();
        return new int[] {plot.getDomainAxis().getTickLabelFont().getSize(),
            plot.getRangeAxis().getTickLabelFont().getSize(), plot.getDomainAxis().getLabelFont().getSize(),
            legend == null ? -1 : legend.getItemFont().getSize(),
            chart.getTitle() == null ? -1 : chart.getTitle().getFont().getSize()};
    }

    private void settle(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, window::isComplete);
        var s = vm.run().flush().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.renderedSnapshot() == s);
        // the charts take their text sizes from their laid-out heights: wait until the layout has
        // settled, that is the scene needs no layout pass and every chart's height and text sizes
        // are the same over two successive pulses
        String[] last = {null};
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            String state = WaitForAsyncUtils.asyncFx(() -> layoutState(robot)).get();
            boolean settled = state.equals(last[0]);
            last[0] = state;
            return settled;
        });
    }

    /** @return the scene's pending layout and each chart's height and text sizes, as text (FX thread) */
    private String layoutState(FxRobot robot) {
        StringBuilder state = new StringBuilder(String.valueOf(window.getScene().getRoot().isNeedsLayout()));
        for (Node n : robot.lookup((Node n) -> n instanceof ChartViewer).queryAll()) {
            ChartViewer viewer = (ChartViewer) n;
            state.append(' ').append(viewer.getHeight()).append(java.util.Arrays.toString(textSizes(viewer.getChart())));
        }
        return state.toString();
    }

    @Test
    void presenterModeSwitchesTheChartsAndTheInspectorAndNormalModeRestoresThem(FxRobot robot) throws Exception {
        for (int i = 0; i < 30; i++) {
            vm.run().stepForward(Granularity.EPOCH);
        }
        settle(robot);
        int[] lossNormal = textSizes(chart(robot, ".loss-chart-view"));
        JFreeChart activationChart = chart(robot, ".activation-plot-view");
        int[] activationNormal = textSizes(activationChart);
        robot.interact(() -> {
            try {
                WindowImage.writePng(window.getScene(), Path.of("target/screenshots/window-presenter-off.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.interact(() -> vm.presenterModeProperty().set(true));
        settle(robot);
        // on this 800-pixel-high window presenter mode gives the network the window
        assertTrue(vm.networkOnlyProperty().get());
        assertTrue(robot.lookup(".loss-chart-view").tryQuery().isEmpty(), "loss chart hidden");
        // F9 brings the charts back, in large type
        robot.interact(() -> vm.networkOnlyProperty().set(false));
        settle(robot);
        int[] lossLarge = textSizes(chart(robot, ".loss-chart-view"));
        // on this 800-pixel-high window the decision regions get the right column alone (no
        // room for the activation plot's large type); the plot is switched all the same
        assertTrue(robot.lookup(".activation-plot-view").tryQuery().isEmpty(), "activation plot hidden");
        int[] activationLarge = textSizes(activationChart);
        robot.interact(() -> {
            try {
                WindowImage.writePng(window.getScene(), Path.of("target/screenshots/window-presenter-on.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        // the views are switched: legend on the right, text never smaller (how much larger
        // depends on the chart's height, see PresenterChartTextTest)
        assertEquals(RectangleEdge.RIGHT, chart(robot, ".loss-chart-view").getLegend().getPosition());
        assertEquals(RectangleEdge.RIGHT, activationChart.getLegend().getPosition());
        for (int k = 0; k < lossNormal.length; k++) {
            assertTrue(lossLarge[k] >= lossNormal[k], "loss chart text " + k);
            assertTrue(activationLarge[k] >= activationNormal[k], "activation text " + k);
        }
        assertTrue(robot.lookup(".inspector-pane").query().getPseudoClassStates().toString().contains("presenter"));

        robot.interact(() -> vm.presenterModeProperty().set(false));
        settle(robot);
        assertFalse(vm.networkOnlyProperty().get());
        assertEquals(java.util.Arrays.toString(lossNormal), java.util.Arrays.toString(textSizes(chart(robot, ".loss-chart-view"))));
        assertEquals(java.util.Arrays.toString(activationNormal),
                java.util.Arrays.toString(textSizes(chart(robot, ".activation-plot-view"))));
    }
}
