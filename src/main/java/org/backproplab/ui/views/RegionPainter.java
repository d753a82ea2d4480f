package org.backproplab.ui.views;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backproplab.data.Dataset;
import org.backproplab.sim.Snapshot;

/**
 * Paints the decision-region canvases, three layers so that each change repaints little: the
 * shaded grid image (each new grid); axes with ticks in original units, titles from the feature
 * names, the test and training points (when the data or size change); the batch rings (each
 * snapshot).
 */
final class RegionPainter {
    /** Colour of the squares around picked-out samples (apart from every class colour). */
    static final Color HIGHLIGHT = Color.web("#d81b60");
    private SampleHighlight highlight;

    /**
     * Colours a grid: the class colour mixed into white by 18 % (undecided) to 70 % (certain).
     *
     * @param grid the grid
     * @return opaque ARGB pixels, row-major
     */
    static int[] shade(DecisionGrid grid) {
        int[] classes = grid.classes();
        double[] confidence = grid.confidence();
        int[] argb = new int[classes.length];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = Palette.regionArgb(classes[i], confidence[i]);
        }
        return argb;
    }

    /** Where the plane goes on a canvas of a given size; null when it is too small. */
    private record Frame(double left, double top, double plotW, double plotH) {
        double bottom() {
            return top + plotH;
        }

        static Frame of(double width, double height, double scale) {
            double left = 58 * scale;
            double top = 10;
            double plotW = width - 14 - left;
            double plotH = height - 44 * scale - top;
            return plotW < 20 || plotH < 20 ? null : new Frame(left, top, plotW, plotH);
        }
    }

    /**
     * @param width  view width
     * @param height view height
     * @param scale  type and marker scale
     * @return left, top, width and height of the plane in the view, or null when the view is too small
     */
    static double[] planeArea(double width, double height, double scale) {
        Frame f = Frame.of(width, height, scale);
        return f == null ? null : new double[] {f.left(), f.top(), f.plotW(), f.plotH()};
    }

    /**
     * The bottom layer, repainted for every new grid: white and the shaded grid. Nothing else,
     * so a new grid costs one image draw (its frame is on the middle layer).
     */
    void paintBase(GraphicsContext gc, double width, double height, PlaneAxes axes, Image image, String note,
                   double scale) {
        gc.setFill(Palette.current().background());
        gc.fillRect(0, 0, width, height);
        Frame f = Frame.of(width, height, scale);
        if (note != null || axes == null || f == null) {
            return;
        }
        if (image != null) {
            // nearest cell, no filtering: the software renderer spends a third of a map frame on bilinear filtering
            gc.setImageSmoothing(false);
            gc.drawImage(image, f.left(), f.top(), f.plotW(), f.plotH());
        } else {
            gc.setFill(Palette.current().pendingFill());
            gc.fillRect(f.left(), f.top(), f.plotW(), f.plotH());
        }
    }

    /**
     * The middle layer (transparent), repainted only when the data, plane, size or type size
     * change: the note, or the plane's frame, axes with ticks and titles, the test points and the
     * training points.
     */
    void paintStatic(GraphicsContext gc, double width, double height, Snapshot s, PlaneAxes axes, String note,
                     double scale) {
        gc.clearRect(0, 0, width, height);
        Font font = Font.font("DejaVu Sans", 12 * scale);
        Font titleFont = Font.font("DejaVu Sans", FontWeight.BOLD, 13 * scale);
        if (note != null || axes == null) {
            gc.setFill(Palette.current().mutedText());
            gc.setFont(titleFont);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(note == null ? "" : note, width / 2, height / 2, Math.max(10, width - 20));
            return;
        }
        Frame f = Frame.of(width, height, scale);
        if (f == null) {
            return;
        }
        double left = f.left();
        double top = f.top();
        double bottom = f.bottom();
        double plotW = f.plotW();
        double plotH = f.plotH();
        gc.setStroke(Palette.current().outline());
        gc.setLineWidth(1);
        gc.strokeRect(left, top, plotW, plotH);

        // ticks in original units
        gc.setFont(font);
        gc.setFill(Palette.current().valueText());
        double xStep = PlaneAxes.tickStep(axes.xMin(), axes.xMax(), (int) Math.max(2, plotW / (70 * scale)));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        for (double t = Math.ceil(axes.xMin() / xStep) * xStep; t <= axes.xMax(); t += xStep) {
            double px = left + (t - axes.xMin()) / (axes.xMax() - axes.xMin()) * plotW;
            gc.strokeLine(px, bottom, px, bottom + 4);
            gc.fillText(NumberText.short4(round(t, xStep)), px, bottom + 6);
        }
        double yStep = PlaneAxes.tickStep(axes.yMin(), axes.yMax(), (int) Math.max(2, plotH / (50 * scale)));
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double t = Math.ceil(axes.yMin() / yStep) * yStep; t <= axes.yMax(); t += yStep) {
            double py = bottom - (t - axes.yMin()) / (axes.yMax() - axes.yMin()) * plotH;
            gc.strokeLine(left - 4, py, left, py);
            gc.fillText(NumberText.short4(round(t, yStep)), left - 6, py);
        }
        Dataset train = s.data().train();
        gc.setFont(titleFont);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(PlaneAxes.title(train.featureNames().get(0)), left + plotW / 2, height - 4);
        gc.save();
        gc.translate(14 * scale, top + plotH / 2);
        gc.rotate(-90);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(PlaneAxes.title(train.featureNames().get(1)), 0, 0);
        gc.restore();

        // points outside the plane are skipped rather than clipped: a canvas clip makes the
        // software renderer mask every later shape (hundreds of ms per repaint with 150 points)
        double r = 4.5 * scale;
        Dataset test = s.data().test();
        gc.setLineWidth(2 * Math.sqrt(scale));
        for (int i = 0; i < test.rows(); i++) {
            double px = px(axes, test.input(i, 0), left, plotW);
            double py = py(axes, test.input(i, 1), bottom, plotH);
            if (!inside(px, py, left, top, plotW, plotH)) {
                continue;
            }
            gc.setFill(Palette.current().nodeFill());
            gc.fillRect(px - r, py - r, 2 * r, 2 * r);
            gc.setStroke(Palette.classColor(test.label(i)).darker());
            gc.strokeRect(px - r, py - r, 2 * r, 2 * r);
        }
        gc.setLineWidth(1);
        for (int i = 0; i < train.rows(); i++) {
            double px = px(axes, train.input(i, 0), left, plotW);
            double py = py(axes, train.input(i, 1), bottom, plotH);
            if (!inside(px, py, left, top, plotW, plotH)) {
                continue;
            }
            gc.setFill(Palette.classColor(train.label(i)));
            gc.fillOval(px - r, py - r, 2 * r, 2 * r);
            gc.setStroke(Palette.current().nodeOutline());
            gc.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
    }

    /**
     * The top layer (transparent), repainted for every snapshot: rings around the current
     * batch's training points.
     */
    void paintBatch(GraphicsContext gc, double width, double height, Snapshot s, PlaneAxes axes, String note,
                    double scale) {
        gc.clearRect(0, 0, width, height);
        Frame f = Frame.of(width, height, scale);
        if (note != null || axes == null || f == null || s == null) {
            return;
        }
        double left = f.left();
        double top = f.top();
        double bottom = f.bottom();
        double plotW = f.plotW();
        double plotH = f.plotH();
        Dataset train = s.data().train();
        gc.setStroke(Palette.current().selection());
        gc.setLineWidth(2.2 * Math.sqrt(scale));
        double ring = 4.5 * scale + 4 * scale;
        int[] batch = s.batchRows();
        // a batch of the whole training set would ring every point: rings only for minibatches
        for (int row : batch.length < train.rows() ? batch : new int[0]) {
            if (row >= 0 && row < train.rows()) {
                double px = px(axes, train.input(row, 0), left, plotW);
                double py = py(axes, train.input(row, 1), bottom, plotH);
                if (!inside(px, py, left, top, plotW, plotH)) {
                    continue;
                }
                gc.strokeOval(px - ring, py - ring, 2 * ring, 2 * ring);
            }
        }
        paintHighlight(gc, s, axes, f, scale);
    }

    // the samples another view picked out (a confusion-matrix cell): a thick magenta square each
    private void paintHighlight(GraphicsContext gc, Snapshot s, PlaneAxes axes, Frame f, double scale) {
        if (highlight == null) {
            return;
        }
        Dataset data = highlight.test() ? s.data().test() : s.data().train();
        gc.setStroke(HIGHLIGHT);
        gc.setLineWidth(3 * Math.sqrt(scale));
        double half = 7 * scale;
        for (int row : highlight.rows()) {
            if (row >= 0 && row < data.rows()) {
                double px = px(axes, data.input(row, 0), f.left(), f.plotW());
                double py = py(axes, data.input(row, 1), f.bottom(), f.plotH());
                if (inside(px, py, f.left(), f.top(), f.plotW(), f.plotH())) {
                    gc.strokeRect(px - half, py - half, 2 * half, 2 * half);
                }
            }
        }
    }

    /** @param h samples to pick out on the batch layer, or null for none */
    void setHighlight(SampleHighlight h) {
        highlight = h;
    }

    private static boolean inside(double px, double py, double left, double top, double plotW, double plotH) {
        return px >= left && px <= left + plotW && py >= top && py <= top + plotH;
    }

    private static double px(PlaneAxes axes, double network, double left, double plotW) {
        return left + (axes.toOriginal(0, network) - axes.xMin()) / (axes.xMax() - axes.xMin()) * plotW;
    }

    private static double py(PlaneAxes axes, double network, double bottom, double plotH) {
        return bottom - (axes.toOriginal(1, network) - axes.yMin()) / (axes.yMax() - axes.yMin()) * plotH;
    }

    // removes floating-point noise from tick values (0.30000000000000004 → 0.3)
    private static double round(double value, double step) {
        double digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
        double f = Math.pow(10, digits);
        return Math.round(value * f) / f;
    }
}
