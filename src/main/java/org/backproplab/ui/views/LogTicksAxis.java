package org.backproplab.ui.views;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 log axis whose ticks are labelled whatever its range: 1-2-5 steps (finer, 1 1.5 2 3
 * 5 7, within about one decade) where few decades are shown, every power of ten up to eight
 * decades (with unlabelled minor ticks at 2…9 × 10ᵏ), every second or more beyond. JFreeChart's
 * own log axis labels only the powers of ten, so a loss between 0.2 and 0.7 got no label at all.
 * Labels are written by {@link NumberText#short4}.
 */
final class LogTicksAxis extends LogAxis {
    private static final long serialVersionUID = 1L;
    private static final double[] FINE = {1, 1.5, 2, 3, 5, 7};
    private static final double[] ONE_TWO_FIVE = {1, 2, 5};
    private static final double[] DECADES = {1};

    /** @param label the axis label */
    LogTicksAxis(String label) {
        super(label);
        setBase(10);
        setMinorTickMarksVisible(true);
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        return ticks(getLowerBound(), getUpperBound(), anchor);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return ticks(getLowerBound(), getUpperBound(), anchor);
    }

    /**
     * @param lower  the axis' lower bound (positive)
     * @param upper  its upper bound
     * @param anchor where a label stands against its tick
     * @return the major (labelled) and minor ticks within [lower, upper]
     */
    static List<NumberTick> ticks(double lower, double upper, TextAnchor anchor) {
        List<NumberTick> out = new ArrayList<>();
        if (!(lower > 0) || !(upper > lower) || !Double.isFinite(upper)) {
            return out;
        }
        double decades = Math.log10(upper / lower);
        double[] steps = decades <= 1.2 ? FINE : decades <= 3 ? ONE_TWO_FIVE : DECADES;
        int every = decades <= 8 ? 1 : (int) Math.ceil(decades / 8);
        int first = (int) Math.floor(Math.log10(lower));
        int last = (int) Math.ceil(Math.log10(upper));
        for (int k = first; k <= last; k++) {
            double power = Math.pow(10, k);
            for (int m = 1; m <= 9; m++) {
                double v = Double.parseDouble(m + "e" + k);
                boolean major = k % every == 0 && contains(steps, m);
                if (v < lower * (1 - 1e-9) || v > upper * (1 + 1e-9)) {
                    continue;
                }
                if (major) {
                    out.add(new NumberTick(TickType.MAJOR, v, NumberText.short4(v), anchor, TextAnchor.CENTER, 0));
                } else if (decades <= 8) {
                    out.add(new NumberTick(TickType.MINOR, v, "", anchor, TextAnchor.CENTER, 0));
                }
            }
            if (steps == FINE) {
                double v = 1.5 * power;
                if (v >= lower && v <= upper) {
                    out.add(new NumberTick(TickType.MAJOR, v, NumberText.short4(v), anchor, TextAnchor.CENTER, 0));
                }
            }
        }
        return out;
    }

    private static boolean contains(double[] steps, int m) {
        for (double s : steps) {
            if (s == m) {
                return true;
            }
        }
        return false;
    }
}
