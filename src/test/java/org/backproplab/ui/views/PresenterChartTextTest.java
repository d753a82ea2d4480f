package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Presenter mode sets the charts' text 1.6 times larger (tick labels 12 → 19 pt, axis labels
 * 13 → 21 pt, legend 12 → 19 pt, title 14 → 22 pt) when the chart is tall enough, less on a
 * short chart so the plot keeps room, and puts the legend on the right; normal mode restores all.
 */
class PresenterChartTextTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    /** Tick, axis label, legend, title sizes and the legend's edge. */
    private record Text(int tick, int label, int legend, int title, RectangleEdge legendEdge) {
        static Text of(JFreeChart chart) {
            XYPlot plot = chart.getXYPlot();
            return new Text(plot.getDomainAxis().getTickLabelFont().getSize(),
                    plot.getDomainAxis().getLabelFont().getSize(), chart.getLegend().getItemFont().getSize(),
                    chart.getTitle() == null ? -1 : chart.getTitle().getFont().getSize(), chart.getLegend().getPosition());
        }
    }

    @Test
    void presenterScaleIsFullFromTheFullHeightAndNeverBelowNormal() {
        assertEquals(1.6, ChartStyle.presenterScale(220, 220));
        assertEquals(1.6, ChartStyle.presenterScale(900, 220));
        // 1.6 · 165 / 220 = 1.2
        assertEquals(1.2, ChartStyle.presenterScale(165, 220));
        // 1.6 · 110 / 220 = 0.8, raised to normal type
        assertEquals(1.0, ChartStyle.presenterScale(110, 220));
    }

    @Test
    void theLossChartTextGrowsInPresenterModeAndComesBack() {
        Text[] seen = Fx.call(() -> {
            LossChartView view = new LossChartView();
            JFreeChart chart = ((ChartViewer) view.getCenter()).getChart();
            view.resize(1200, 300);
            Text normal = Text.of(chart);
            view.setPresenterMode(true);
            Text large = Text.of(chart);
            view.resize(1200, 110);
            Text shortChart = Text.of(chart);
            view.setPresenterMode(false);
            view.resize(1200, 300);
            Text back = Text.of(chart);
            // a short chart in normal mode (a 1280×800 window) also keeps its height for the plot
            view.resize(1200, 150);
            Text shortNormal = Text.of(chart);
            view.resize(1200, 300);
            return new Text[] {normal, large, shortChart, back, shortNormal, Text.of(chart)};
        });
        assertEquals(new Text(12, 13, 12, -1, RectangleEdge.BOTTOM), seen[0]);
        assertEquals(new Text(19, 21, 19, -1, RectangleEdge.RIGHT), seen[1]);
        assertEquals(new Text(12, 13, 12, -1, RectangleEdge.RIGHT), seen[2]);
        assertEquals(seen[0], seen[3]);
        assertEquals(new Text(12, 13, 12, -1, RectangleEdge.RIGHT), seen[4]);
        assertEquals(seen[0], seen[5]);
    }

    @Test
    void theActivationPlotTextGrowsInPresenterModeAndItsLegendNamesTheCurves() {
        Object[] seen = Fx.call(() -> {
            ActivationPlotView view = new ActivationPlotView();
            JFreeChart chart = ((ChartViewer) view.getChildren().get(0)).getChart();
            view.resize(500, 250);
            Text normal = Text.of(chart);
            String normalLabel = chart.getXYPlot().getRangeAxis().getLabel();
            view.setPresenterMode(true);
            Text large = Text.of(chart);
            String largeLabel = chart.getXYPlot().getRangeAxis().getLabel();
            view.setPresenterMode(false);
            return new Object[] {normal, large, largeLabel, Text.of(chart), normalLabel,
                chart.getXYPlot().getRangeAxis().getLabel()};
        });
        assertEquals(new Text(12, 13, 12, 14, RectangleEdge.BOTTOM), seen[0]);
        assertEquals(new Text(19, 21, 19, 22, RectangleEdge.RIGHT), seen[1]);
        assertNull(seen[2]);
        assertEquals(seen[0], seen[3]);
        assertEquals("g(z), g′(z)", seen[4]);
        assertEquals(seen[4], seen[5]);
    }
}
