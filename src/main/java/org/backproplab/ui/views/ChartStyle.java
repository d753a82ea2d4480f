package org.backproplab.ui.views;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The common look of the JFreeChart views: white plot, light grid, DejaVu Sans, sizes for
 * normal and presenter mode.
 */
final class ChartStyle {
    /** Plain line. */
    static final BasicStroke SOLID = new BasicStroke(2.2f);
    /** Dashed line. */
    static final BasicStroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {7f, 5f}, 0f);
    /**
     * Thin plain line, for long noisy curves: a dash pattern over thousands of points makes the
     * rasteriser draw thousands of tiny segments (hundreds of ms per repaint in software).
     */
    static final BasicStroke THIN = new BasicStroke(1.0f);

    /** Text scale of presenter mode when a chart has room for it. */
    static final double PRESENTER_SCALE = 1.6;

    private ChartStyle() {
    }

    /**
     * The presenter-mode text scale for a chart of this height: the full scale from
     * {@code fullHeight} up, less on a shorter chart (a small window, a low projector
     * resolution), so the plot keeps room for its curves; never below normal type.
     *
     * @param height     the chart's height in pixels
     * @param fullHeight the height from which the full scale fits
     * @return a scale in [1, {@link #PRESENTER_SCALE}], in steps of 0.1
     */
    static double presenterScale(double height, double fullHeight) {
        // s = 1.6 · h / h_full, clamped to [1, 1.6]
        double s = Math.max(1, Math.min(PRESENTER_SCALE, PRESENTER_SCALE * height / fullHeight));
        return Math.floor(s * 10 + 1e-9) / 10;
    }

    /**
     * @param fx a JavaFX colour
     * @return the same AWT colour
     */
    static Color awt(javafx.scene.paint.Color fx) {
        return new Color((float) fx.getRed(), (float) fx.getGreen(), (float) fx.getBlue(), (float) fx.getOpacity());
    }

    /**
     * Applies background, grid and font sizes.
     *
     * @param chart chart with an XYPlot
     * @param scale 1 normally, larger in presenter mode
     */
    static void apply(JFreeChart chart, double scale) {
        apply(chart, scale, RectangleEdge.BOTTOM);
    }

    /**
     * Applies background, grid, font sizes and the legend's place.
     *
     * @param chart  chart with an XYPlot
     * @param scale  1 normally, larger in presenter mode
     * @param legend where the legend goes (a wide, short chart keeps more height for its plot
     *               with the legend on the right)
     */
    static void apply(JFreeChart chart, double scale, RectangleEdge legend) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        Font title = new Font("DejaVu Sans", Font.BOLD, (int) Math.round(14 * scale));
        Font label = new Font("DejaVu Sans", Font.PLAIN, (int) Math.round(13 * scale));
        Font tick = new Font("DejaVu Sans", Font.PLAIN, (int) Math.round(12 * scale));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(title);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle items) {
                items.setItemFont(tick);
                items.setBackgroundPaint(Color.WHITE);
                items.setPosition(legend);
            } else if (t instanceof TextTitle text) {
                text.setFont(tick);
            }
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
        plot.setOutlinePaint(new Color(0x99, 0x99, 0x99));
        style(plot.getDomainAxis(), label, tick);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i), label, tick);
        }
    }

    static void style(Axis axis, Font label, Font tick) {
        if (axis != null) {
            axis.setLabelFont(label);
            axis.setTickLabelFont(tick);
            axis.setLabelPaint(new Color(0x22, 0x22, 0x22));
            axis.setTickLabelPaint(new Color(0x22, 0x22, 0x22));
        }
    }
}
