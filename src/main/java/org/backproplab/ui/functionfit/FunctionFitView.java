package org.backproplab.ui.functionfit;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NumberText;
import org.backproplab.ui.views.Palette;

/**
 * For a one-input, one-output network: the training points (filled circles) and test points
 * (hollow squares) of (x, t), the network's y(x) as a thick curve and each last-hidden unit's
 * contribution w_j·h_j(x) as a thin curve in its own colour, x in the data's original units.
 * The curves come from {@link FunctionFit} (a few hundred forward passes, cheap enough for the FX
 * thread); the view redraws when the parameters or its size change.
 */
public final class FunctionFitView extends Pane {
    /** Positions along x at which the curves are computed. */
    public static final int SAMPLES = 240;
    private final Canvas canvas = new Canvas();
    private Snapshot last;
    private FunctionFit fit;
    private boolean presenter;
    private Axes drawn;

    /** An empty view. */
    public FunctionFitView() {
        getStyleClass().add("function-fit-view");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(360, 300);
    }

    /**
     * @param s a snapshot
     * @return whether this view shows it (a one-input, one-output network)
     */
    public static boolean shows(Snapshot s) {
        return s != null && FunctionFit.applies(s.architecture());
    }

    /** @param s the snapshot to show */
    public void render(Snapshot s) {
        if (s == null || s == last) {
            return;
        }
        boolean newParameters = last == null || last.parameters() != s.parameters() || last.data() != s.data();
        last = s;
        if (newParameters || fit == null) {
            Standardizer st = s.data().standardizer();
            // with every point removed the plot keeps its x range, so that clicks land where they did
            double[] range = fit != null && s.data().train().rows() + s.data().test().rows() == 0
                    ? new double[] {fit.x()[0], fit.x()[fit.x().length - 1]}
                    : FunctionFit.range(s.data().train(), s.data().test(), st);
            fit = FunctionFit.compute(s.parameters(), st, range[0], range[1], SAMPLES);
        }
        draw();
    }

    /**
     * Where a mouse event falls on the plot, in the data's original units (the point editor's clicks).
     *
     * @param e a mouse event on this view
     * @return {x, y, x per pixel, y per pixel}, or null outside the plot
     */
    public double[] dataAt(javafx.scene.input.MouseEvent e) {
        if (drawn == null) {
            return null;
        }
        javafx.geometry.Point2D p = sceneToLocal(e.getSceneX(), e.getSceneY());
        double u = (p.getX() - drawn.left()) / (drawn.right() - drawn.left());
        double v = (drawn.bottom() - p.getY()) / (drawn.bottom() - drawn.top());
        if (u < 0 || u > 1 || v < 0 || v > 1) {
            return null;
        }
        double xSpan = drawn.xMax() - drawn.xMin();
        double ySpan = drawn.yMax() - drawn.yMin();
        return new double[] {drawn.xMin() + u * xSpan, drawn.yMin() + v * ySpan, xSpan / (drawn.right() - drawn.left()),
            ySpan / (drawn.bottom() - drawn.top())};
    }

    /** @return the curves on show, or null before the first snapshot */
    public FunctionFit fit() {
        return fit;
    }

    /** @param on true for presentation: larger type and thicker lines */
    public void setPresenterMode(boolean on) {
        presenter = on;
        draw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(Palette.current().background());
        gc.fillRect(0, 0, w, h);
        drawn = null;
        if (fit == null || last == null || w < 80 || h < 80) {
            return;
        }
        double scale = presenter ? 1.5 : 1.0;
        Font font = Font.font(12 * scale);
        double left = 56 * scale;
        double right = w - 12;
        String[] legend = fit.contributions().length > 0
                ? new String[] {"━ network y(x)", "─ hidden unit j: wⱼ·hⱼ(x)", "● train", "□ test"}
                : new String[] {"━ network y(x)", "● train", "□ test"};
        double top = 12 + legend(gc, font, legend, left, w - 8, 4, 16 * scale);
        double bottom = h - 34 * scale;
        Dataset train = last.data().train();
        Dataset test = last.data().test();
        Standardizer st = last.data().standardizer();
        // the y range: the data and the network's curve (contributions may leave it; they are clamped)
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Dataset d : new Dataset[] {train, test}) {
            for (int r = 0; r < d.rows(); r++) {
                lo = Math.min(lo, d.target(r, 0));
                hi = Math.max(hi, d.target(r, 0));
            }
        }
        for (double v : fit.y()) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            lo -= 1;
            hi += 1;
        }
        double pad = 0.08 * (hi - lo);
        double yMin = lo - pad;
        double yMax = hi + pad;
        double xMin = fit.x()[0];
        double xMax = fit.x()[fit.x().length - 1];
        Axes axes = new Axes(left, right, top, bottom, xMin, xMax, yMin, yMax);
        drawn = axes;
        axes.draw(gc, font, last.data().train().featureNames().get(0), scale);

        // each last-hidden unit's contribution w_j h_j(x), thin
        double[][] c = fit.contributions();
        gc.setLineWidth(1.2 * scale);
        for (int j = 0; j < c.length; j++) {
            gc.setStroke(Palette.classColor(j).deriveColor(0, 1, 1, 0.75));
            curve(gc, axes, c[j]);
        }
        // the points
        double r = 3.5 * scale;
        gc.setLineWidth(1.2 * scale);
        gc.setFill(Palette.current().valueText());
        for (int i = 0; i < train.rows(); i++) {
            double x = st == null ? train.input(i, 0) : st.invert(0, train.input(i, 0));
            gc.fillOval(axes.px(x) - r, axes.py(train.target(i, 0)) - r, 2 * r, 2 * r);
        }
        gc.setStroke(Palette.current().outline());
        for (int i = 0; i < test.rows(); i++) {
            double x = st == null ? test.input(i, 0) : st.invert(0, test.input(i, 0));
            gc.strokeRect(axes.px(x) - r, axes.py(test.target(i, 0)) - r, 2 * r, 2 * r);
        }
        // the network's y(x), thick
        gc.setStroke(Palette.current().positiveWeight());
        gc.setLineWidth(3 * scale);
        curve(gc, axes, fit.y());
    }

    // the legend's items left to right, wrapped onto more lines when the view is narrow; returns its height
    private static double legend(GraphicsContext gc, Font font, String[] items, double left, double right, double y,
                                 double lineHeight) {
        gc.setFont(font);
        gc.setFill(Palette.current().valueText());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(font);
        double x = left;
        double line = 0;
        for (String item : items) {
            probe.setText(item);
            double width = probe.getLayoutBounds().getWidth();
            if (x > left && x + width > right) {
                x = left;
                line++;
            }
            gc.fillText(item, x, y + line * lineHeight);
            x += width + 18;
        }
        return (line + 1) * lineHeight;
    }

    private void curve(GraphicsContext gc, Axes axes, double[] values) {
        double[] xs = fit.x();
        gc.beginPath();
        boolean started = false;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(values[i])) {
                started = false;
                continue;
            }
            double px = axes.px(xs[i]);
            double py = Math.max(axes.top() - 2, Math.min(axes.bottom() + 2, axes.py(values[i])));
            if (started) {
                gc.lineTo(px, py);
            } else {
                gc.moveTo(px, py);
                started = true;
            }
        }
        gc.stroke();
    }

    /** The plot rectangle in pixels and its ranges in data units. */
    private record Axes(double left, double right, double top, double bottom, double xMin, double xMax, double yMin,
                        double yMax) {
        double px(double x) {
            return left + (x - xMin) / (xMax - xMin) * (right - left);
        }

        double py(double y) {
            return bottom - (y - yMin) / (yMax - yMin) * (bottom - top);
        }

        void draw(GraphicsContext gc, Font font, String xName, double scale) {
            gc.setStroke(Palette.current().outline());
            gc.setLineWidth(1);
            gc.strokeRect(left, top, right - left, bottom - top);
            gc.setFont(font);
            gc.setFill(Palette.current().valueText());
            double xStep = Ticks.step(xMin, xMax, (int) Math.max(2, (right - left) / (70 * scale)));
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            for (double t = Math.ceil(xMin / xStep) * xStep; t <= xMax; t += xStep) {
                gc.strokeLine(px(t), bottom, px(t), bottom + 4);
                gc.fillText(NumberText.short4(Ticks.round(t, xStep)), px(t), bottom + 6);
            }
            double yStep = Ticks.step(yMin, yMax, (int) Math.max(2, (bottom - top) / (45 * scale)));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.CENTER);
            for (double t = Math.ceil(yMin / yStep) * yStep; t <= yMax; t += yStep) {
                gc.strokeLine(left - 4, py(t), left, py(t));
                gc.fillText(NumberText.short4(Ticks.round(t, yStep)), left - 6, py(t));
            }
            if (yMin < 0 && yMax > 0) {
                gc.setStroke(Palette.current().grid());
                gc.strokeLine(left, py(0), right, py(0));
            }
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(xName.replaceFirst("_(cm|mm|m|kg|g)$", " ($1)").replace('_', ' '), (left + right) / 2,
                    bottom + 34 * scale);
        }
    }
}
