package org.backproplab.ui.views;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import org.backproplab.sim.Snapshot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The loss chart's vertical line at the epoch whose weights had the lowest test loss so far —
 * where early stopping would have kept the network, and after which a rising test loss says the
 * network overfits. No line without a test set.
 */
final class LowestTestLossMarker {
    private final ValueMarker marker = new ValueMarker(0);
    private boolean shown;

    LowestTestLossMarker() {
        marker.setPaint(ChartStyle.awt(Palette.classColor(5)));
        marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 3f}, 0f));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    }

    /**
     * @param epochs metrics after each epoch
     * @return the epoch (1-based) with the lowest finite test loss, the first of equals; 0 for none
     */
    static int lowestTestLossEpoch(List<Snapshot.EpochMetrics> epochs) {
        int best = 0;
        double lowest = Double.POSITIVE_INFINITY;
        for (Snapshot.EpochMetrics m : epochs) {
            double loss = m.test().loss();
            if (Double.isFinite(loss) && loss < lowest) {
                lowest = loss;
                best = m.epoch();
            }
        }
        return best;
    }

    /**
     * Moves the line to the epoch of lowest test loss among {@code epochs}, or takes it away.
     *
     * @param plot   the loss chart's plot
     * @param epochs metrics after each epoch
     * @param scale  text scale of the chart
     */
    void update(XYPlot plot, List<Snapshot.EpochMetrics> epochs, double scale) {
        int best = lowestTestLossEpoch(epochs);
        if (best == 0) {
            if (shown) {
                plot.removeDomainMarker(marker, Layer.FOREGROUND);
                shown = false;
            }
            return;
        }
        marker.setValue(best);
        // the label on the side with room: right of a line in the first half of the run
        boolean late = best > 0.6 * epochs.get(epochs.size() - 1).epoch();
        marker.setLabelAnchor(late ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(late ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        marker.setLabel(late ? "lowest test loss: epoch " + best + " " : " lowest test loss: epoch " + best);
        marker.setLabelFont(new Font("DejaVu Sans", Font.PLAIN, (int) Math.round(11 * scale)));
        marker.setPaint(ChartStyle.awt(Palette.classColor(5)));
        java.awt.Color line = ChartStyle.awt(Palette.classColor(5));
        marker.setLabelPaint(Palette.current().dark() ? line : line.darker());
        if (!shown) {
            plot.addDomainMarker(0, marker, Layer.FOREGROUND, false);
            shown = true;
        }
    }

    /** @return the epoch marked, or 0 when no line is drawn */
    int markedEpoch() {
        return shown ? (int) marker.getValue() : 0;
    }
}
