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
 * The common look of the JFreeChart views: background, grid and text in the colours of the
 * current {@link Palette}, DejaVu Sans, sizes for normal and presenter mode.
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
     * Applies the current palette's background, grid and text colours and the font sizes.
     *
     * @param chart chart with an XYPlot
     * @param scale 1 normally, larger in presenter mode
     */
    static void apply(JFreeChart chart, double scale) {
        apply(chart, scale, RectangleEdge.BOTTOM);
    }

    /**
     * Applies the current palette's background, grid and text colours, the font sizes and the
     * legend's place.
     *
     * @param chart  chart with an XYPlot
     * @param scale  1 normally, larger in presenter mode
     * @param legend where the legend goes (a wide, short chart keeps more height for its plot
     *               with the legend on the right)
     */
    static void apply(JFreeChart chart, double scale, RectangleEdge legend) {
        Palette palette = Palette.current();
        Color background = awt(palette.background());
        Color text = awt(palette.valueText());
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        Font title = new Font("DejaVu Sans", Font.BOLD, (int) Math.round(14 * scale));
        Font label = new Font("DejaVu Sans", Font.PLAIN, (int) Math.round(13 * scale));
        Font tick = new Font("DejaVu Sans", Font.PLAIN, (int) Math.round(12 * scale));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(title);
            chart.getTitle().setPaint(text);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle items) {
                items.setItemFont(tick);
                items.setBackgroundPaint(background);
                items.setItemPaint(text);
                items.setPosition(legend);
            } else if (t instanceof TextTitle note) {
                note.setFont(tick);
                note.setPaint(awt(palette.mutedText()));
            }
        }
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(background);
        plot.setDomainGridlinePaint(awt(palette.grid()));
        plot.setRangeGridlinePaint(awt(palette.grid()));
        plot.setOutlinePaint(awt(palette.outline()));
        plot.setNoDataMessagePaint(text);
        style(plot.getDomainAxis(), label, tick);
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i), label, tick);
        }
    }

    static void style(Axis axis, Font label, Font tick) {
        if (axis != null) {
            axis.setLabelFont(label);
            axis.setTickLabelFont(tick);
            Color text = awt(Palette.current().valueText());
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(text);
            axis.setAxisLinePaint(awt(Palette.current().outline()));
            axis.setTickMarkPaint(awt(Palette.current().outline()));
        }
    }
}
