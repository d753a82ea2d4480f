package org.backproplab.ui.gradientflow;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backproplab.engine.LayerGradientSizes;
import org.backproplab.sim.GradientHistory;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NumberText;
import org.backproplab.ui.views.Palette;

/**
 * Draws the gradient-flow chart (see {@link GradientFlowView}) on a canvas: a shared log axis
 * on the left, the current iteration's bars beside it, the history's lines to the right.
 */
final class GradientFlowPainter {
    private final GraphicsContext gc;
    private final double width;
    private final double height;
    private final double font;
    private final double line;

    /**
     * @param gc        the canvas' context
     * @param width     canvas width
     * @param height    canvas height
     * @param presenter larger type and lines
     */
    GradientFlowPainter(GraphicsContext gc, double width, double height, boolean presenter) {
        this.gc = gc;
        this.width = width;
        this.height = height;
        this.font = presenter ? 17 : 12;
        this.line = presenter ? 3 : 2;
    }

    /**
     * @param layer  non-input layer index, 0 = first hidden layer
     * @param layers number of non-input layers
     * @return the colour of that layer's ∂J/∂W: the output layer orange, hidden layers purple,
     *         darkest nearest the input
     */
    static Color weightColour(int layer, int layers) {
        if (layer == layers - 1) {
            return Palette.edgeGradient(true);
        }
        double t = layers <= 2 ? 0 : (double) layer / (layers - 2);
        return Palette.edgeGradient(false).interpolate(Palette.current().dark() ? Color.web("#6b4f8c") : Color.web("#c9a3e0"), 0.8 * t);
    }

    void paint(Snapshot s, LayerGradientSizes current, int computed, List<GradientHistory.Entry> history) {
        gc.setFill(Palette.current().background());
        gc.fillRect(0, 0, width, height);
        if (s == null || width < 80 || height < 60) {
            return;
        }
        int layers = s.architecture().layerCount();
        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (GradientHistory.Entry e : history) {
            for (int l = 0; l < layers; l++) {
                double v = e.sizes().weightRms(l);
                if (v > 0 && Double.isFinite(v)) {
                    smallest = Math.min(smallest, v);
                    largest = Math.max(largest, v);
                }
            }
        }
        if (current != null) {
            for (int l = layers - computed; l < layers; l++) {
                for (double v : new double[] {current.weightRms(l), current.deltaRms(l)}) {
                    if (v > 0 && Double.isFinite(v)) {
                        smallest = Math.min(smallest, v);
                        largest = Math.max(largest, v);
                    }
                }
            }
        }
        double top = 3.3 * font + 4;
        double bottom = height - 3.8 * font - 4;
        double axisX = 4.2 * font;
        if (bottom - top < 30) {
            return;
        }
        LogScale y = LogScale.covering(smallest, largest, bottom, top);
        drawAxis(y, axisX, top, bottom);
        double barsRight = Math.min(width * 0.5, axisX + layers * 7 * font);
        drawBars(current, computed, layers, y, axisX, barsRight, bottom);
        drawHistory(history, layers, y, barsRight + 2 * font, width - 3 * font, top, bottom);
        drawHeader(current, computed, layers);
    }

    private void text(String t, double x, double y, TextAlignment align, VPos base, Color c, boolean bold) {
        gc.setFont(Font.font("DejaVu Sans", bold ? FontWeight.BOLD : FontWeight.NORMAL, font));
        gc.setTextAlign(align);
        gc.setTextBaseline(base);
        gc.setFill(c);
        gc.fillText(t, x, y);
    }

    private void drawAxis(LogScale y, double axisX, double top, double bottom) {
        gc.setLineWidth(1);
        int span = y.highDecade() - y.lowDecade();
        int every = span > 8 ? 2 : 1;
        for (int d = y.lowDecade(); d <= y.highDecade(); d++) {
            double py = Math.round(y.pixel(Math.pow(10, d))) + 0.5;
            gc.setStroke(Palette.current().grid());
            gc.strokeLine(axisX, py, width - 2, py);
            if ((d - y.lowDecade()) % every == 0) {
                text(LogScale.decadeLabel(d), axisX - 4, py, TextAlignment.RIGHT, VPos.CENTER, Palette.current().mutedText(), false);
            }
        }
        gc.setStroke(Palette.current().mutedText());
        gc.strokeLine(axisX + 0.5, top, axisX + 0.5, bottom);
    }

    private void drawBars(LayerGradientSizes current, int computed, int layers, LogScale y,
                          double left, double right, double bottom) {
        double slot = (right - left) / layers;
        double bar = Math.max(2, Math.min(slot * 0.34, 3 * font));
        // numbers wider than their slot alternate between two rows
        boolean stagger = slot < 6.2 * font;
        for (int l = 0; l < layers; l++) {
            double cx = left + (l + 0.5) * slot;
            boolean known = current != null && l >= layers - computed;
            String name = l == layers - 1 ? "out" : "L" + (l + 1);
            text(name, cx, bottom + 4, TextAlignment.CENTER, VPos.TOP, Palette.current().valueText(), true);
            if (!known) {
                text("—", cx, bottom + 4 + 1.2 * font, TextAlignment.CENTER, VPos.TOP, Palette.current().pending(), false);
                continue;
            }
            double w = current.weightRms(l);
            double d = current.deltaRms(l);
            gc.setFill(weightColour(l, layers));
            double wy = y.pixel(w);
            gc.fillRect(cx - bar, wy, bar - 1, bottom - wy);
            gc.setFill(Palette.current().nodeGradient());
            double dy = y.pixel(d);
            gc.fillRect(cx + 1, dy, bar - 1, bottom - dy);
            double row = bottom + 4 + (stagger && l % 2 == 1 ? 2.4 : 1.2) * font;
            text(NumberText.short4(w), cx, row, TextAlignment.CENTER, VPos.TOP, weightColour(l, layers), false);
        }
    }

    private void drawHistory(List<GradientHistory.Entry> history, int layers, LogScale y,
                             double left, double right, double top, double bottom) {
        if (right - left < 40) {
            return;
        }
        gc.setStroke(Palette.current().mutedText());
        gc.setLineWidth(1);
        gc.strokeLine(left + 0.5, top, left + 0.5, bottom);
        gc.strokeLine(left, bottom + 0.5, right, bottom + 0.5);
        if (history.isEmpty()) {
            text("history: none yet", (left + right) / 2, (top + bottom) / 2, TextAlignment.CENTER, VPos.CENTER,
                    Palette.current().pending(), false);
            return;
        }
        long first = history.get(0).iteration();
        long lastIt = history.get(history.size() - 1).iteration();
        double span = Math.max(1, lastIt - first);
        text("iteration " + first, left, bottom + 4, TextAlignment.LEFT, VPos.TOP, Palette.current().mutedText(), false);
        text(Long.toString(lastIt), right, bottom + 4, TextAlignment.RIGHT, VPos.TOP, Palette.current().mutedText(), false);
        gc.setLineWidth(line);
        for (int l = 0; l < layers; l++) {
            gc.setStroke(weightColour(l, layers));
            gc.beginPath();
            boolean started = false;
            double lastY = bottom;
            for (GradientHistory.Entry e : history) {
                double px = left + (e.iteration() - first) / span * (right - left);
                double py = y.pixel(e.sizes().weightRms(l));
                if (!started) {
                    gc.moveTo(px, py);
                    started = true;
                } else {
                    gc.lineTo(px, py);
                }
                lastY = py;
            }
            if (history.size() == 1) {
                gc.lineTo(left + 4, lastY);
            }
            gc.stroke();
            String name = l == layers - 1 ? "out" : Integer.toString(l + 1);
            text(name, right + 3, lastY, TextAlignment.LEFT, VPos.CENTER, weightColour(l, layers), true);
        }
    }

    private void drawHeader(LayerGradientSizes current, int computed, int layers) {
        double x = 4;
        double y = 2;
        text("RMS ∂J/∂W", x + 1.3 * font, y, TextAlignment.LEFT, VPos.TOP, Palette.current().valueText(), false);
        gc.setFill(Palette.edgeGradient(false));
        gc.fillRect(x, y + 0.15 * font, font, font);
        double x2 = x + 9 * font;
        gc.setFill(Palette.current().nodeGradient());
        gc.fillRect(x2, y + 0.15 * font, font, font);
        text("RMS δ = ∂J/∂z   (log scale; bars: this iteration; lines: ∂J/∂W over the iterations)",
                x2 + 1.3 * font, y, TextAlignment.LEFT, VPos.TOP, Palette.current().valueText(), false);
        if (current != null && computed == layers && layers >= 2) {
            double w = current.firstToLastWeightRatio();
            double d = current.firstToLastDeltaRatio();
            boolean known = Double.isFinite(w) && Double.isFinite(d);
            String verdict = !known ? "  — the output layer's gradient is 0"
                    : d < 1e-2 || w < 1e-2 ? "  — vanishing towards the input"
                    : d > 1e2 || w > 1e2 ? "  — exploding towards the input" : "";
            text("layer 1 ÷ output layer:  ∂J/∂W " + NumberText.short4(w) + "   δ " + NumberText.short4(d) + verdict,
                    x, y + 1.3 * font, TextAlignment.LEFT, VPos.TOP, Palette.current().valueText(), true);
        }
    }
}
