package org.backproplab.ui.functionfit;

import org.backproplab.ui.views.Palette;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NumberText;

/**
 * For a two-input regression: the network's output y(x₁, x₂) (with several outputs, the one chosen
 * in the chooser at the top right) over the input plane as
 * a continuous heatmap (blue below 0, white at 0, orange above, symmetric about 0 up to the
 * largest |target| or |y| on the map) with a colour bar, and the training points (circles) and test points
 * (squares) filled with the colour of their target, so that a point that matches the shade
 * around it is fitted. The map ({@link OutputMap}, {@value #CELLS}² forward passes) is computed
 * when the parameters change.
 */
public final class OutputMapView extends Pane {
    /** Grid positions along each axis. */
    public static final int CELLS = 80;
    private static final Color NEGATIVE = Color.web("#2166ac");
    private static final Color POSITIVE = Color.web("#e66101");
    private final Canvas canvas = new Canvas();
    private final javafx.scene.control.ChoiceBox<String> chooser = new javafx.scene.control.ChoiceBox<>();
    private Snapshot last;
    private int unit;
    private OutputMap map;
    private boolean presenter;

    /** An empty view. */
    public OutputMapView() {
        getStyleClass().add("output-map-view");
        getChildren().addAll(canvas, chooser);
        setMinSize(0, 0);
        setPrefSize(360, 300);
        chooser.setId("outputChooser");
        chooser.setVisible(false);
        chooser.setTooltip(new javafx.scene.control.Tooltip("The output unit the map shows"));
        chooser.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0 && i.intValue() != unit) {
                unit = i.intValue();
                Snapshot s = last;
                last = null;
                map = null;
                render(s);
            }
        });
    }

    /**
     * @param s a snapshot
     * @return whether this view shows it: two inputs and regression data (one output, or several
     *         with a chooser of which one)
     */
    public static boolean shows(Snapshot s) {
        return s != null && s.architecture().inputSize() == 2 && !s.data().train().isClassification();
    }

    /** @return the output unit on show (0-based) */
    public int unit() {
        return unit;
    }

    /** @param k the output unit to show (0-based; the chooser follows) */
    public void showUnit(int k) {
        chooser.getSelectionModel().select(k);
    }

    // one name per output unit (y₁, y₂, …), the chooser shown only for several
    private void updateChooser(Snapshot s) {
        int outputs = s.architecture().outputSize();
        if (chooser.getItems().size() != outputs) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int k = 0; k < outputs; k++) {
                names.add("output " + org.backproplab.ui.views.Notation.node(s.architecture(),
                        s.architecture().layerCount(), k));
            }
            unit = unit < outputs ? unit : 0;
            chooser.getItems().setAll(names);
            chooser.getSelectionModel().select(unit);
            chooser.setVisible(outputs > 1);
            requestLayout();
        }
    }

    /** @param s the snapshot to show */
    public void render(Snapshot s) {
        if (s == null || s == last) {
            return;
        }
        boolean recompute = map == null || last == null || last.parameters() != s.parameters() || last.data() != s.data()
                || last.architecture().outputSize() != s.architecture().outputSize();
        updateChooser(s);
        last = s;
        if (recompute) {
            Standardizer st = s.data().standardizer();
            map = OutputMap.compute(s.parameters(), st, OutputMap.range(s.data().train(), s.data().test(), st), CELLS,
                    unit);
        }
        draw();
    }

    /** @return the map on show, or null before the first snapshot */
    public OutputMap map() {
        return map;
    }

    /** @param on true for presentation: larger type */
    public void setPresenterMode(boolean on) {
        presenter = on;
        draw();
    }

    @Override
    protected void layoutChildren() {
        chooser.autosize();
        chooser.relocate(Math.max(0, getWidth() - chooser.getWidth() - 4), 2);
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            draw();
        }
    }

    /**
     * @param value a value
     * @param scale the value drawn at full strength
     * @return blue for negative, white for 0, orange for positive
     */
    static Color colour(double value, double scale) {
        double u = Math.max(-1, Math.min(1, value / scale));
        if (!Double.isFinite(u)) {
            return Color.GRAY;
        }
        return u < 0 ? Color.WHITE.interpolate(NEGATIVE, -u) : Color.WHITE.interpolate(POSITIVE, u);
    }

    private void draw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        gc.setFill(Palette.current().background());
        gc.fillRect(0, 0, w, h);
        if (map == null || last == null || w < 120 || h < 80) {
            return;
        }
        double k = presenter ? 1.5 : 1.0;
        Font font = Font.font(12 * k);
        double barWidth = 14 * k;
        double left = 50 * k;
        double right = w - barWidth - 72 * k;
        double top = chooser.isVisible() ? chooser.getHeight() + 6 : 10;
        double bottom = h - 34 * k;
        Dataset train = last.data().train();
        Dataset test = last.data().test();
        Standardizer st = last.data().standardizer();
        double scale = 0;
        for (Dataset d : new Dataset[] {train, test}) {
            for (int r = 0; r < d.rows(); r++) {
                scale = Math.max(scale, Math.abs(d.target(r, unit)));
            }
        }
        // the map's own values too, so that a small target (Mazur's 0.01) does not saturate the map
        for (double v : map.output()) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        scale = scale > 0 ? scale : 1;

        // the heatmap, one pixel per grid position, scaled up smoothly
        int n = map.x1().length;
        WritableImage image = new WritableImage(n, n);
        PixelWriter px = image.getPixelWriter();
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                px.setColor(i, n - 1 - j, colour(map.output()[j * n + i], scale));
            }
        }
        double[] x1 = map.x1();
        double[] x2 = map.x2();
        gc.setImageSmoothing(true);
        gc.drawImage(image, left, top, right - left, bottom - top);
        gc.setStroke(Palette.current().outline());
        gc.setLineWidth(1);
        gc.strokeRect(left, top, right - left, bottom - top);

        // the points, filled with their target's colour
        double r = 4 * k;
        gc.setStroke(Palette.current().nodeOutline());
        for (int pass = 0; pass < 2; pass++) {
            Dataset d = pass == 0 ? train : test;
            for (int row = 0; row < d.rows(); row++) {
                double a = st == null ? d.input(row, 0) : st.invert(0, d.input(row, 0));
                double b = st == null ? d.input(row, 1) : st.invert(1, d.input(row, 1));
                double cx = left + (a - x1[0]) / (x1[n - 1] - x1[0]) * (right - left);
                double cy = bottom - (b - x2[0]) / (x2[n - 1] - x2[0]) * (bottom - top);
                gc.setFill(colour(d.target(row, unit), scale));
                if (pass == 0) {
                    gc.fillOval(cx - r, cy - r, 2 * r, 2 * r);
                    gc.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
                } else {
                    gc.fillRect(cx - r, cy - r, 2 * r, 2 * r);
                    gc.strokeRect(cx - r, cy - r, 2 * r, 2 * r);
                }
            }
        }

        // axes: ticks in original units, the feature names
        gc.setFont(font);
        gc.setFill(Palette.current().valueText());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        double xStep = Ticks.step(x1[0], x1[n - 1], (int) Math.max(2, (right - left) / (70 * k)));
        for (double t = Math.ceil(x1[0] / xStep) * xStep; t <= x1[n - 1]; t += xStep) {
            double p = left + (t - x1[0]) / (x1[n - 1] - x1[0]) * (right - left);
            gc.strokeLine(p, bottom, p, bottom + 4);
            gc.fillText(NumberText.short4(Ticks.round(t, xStep)), p, bottom + 6);
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        double yStep = Ticks.step(x2[0], x2[n - 1], (int) Math.max(2, (bottom - top) / (45 * k)));
        for (double t = Math.ceil(x2[0] / yStep) * yStep; t <= x2[n - 1]; t += yStep) {
            double p = bottom - (t - x2[0]) / (x2[n - 1] - x2[0]) * (bottom - top);
            gc.strokeLine(left - 4, p, left, p);
            gc.fillText(NumberText.short4(Ticks.round(t, yStep)), left - 6, p);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(train.featureNames().get(0).replace('_', ' ') + "  (vertical: "
                + train.featureNames().get(1).replace('_', ' ') + ")", (left + right) / 2, h - 2);

        // the colour bar: −scale … 0 … +scale, the output y
        double barLeft = right + 14 * k;
        int steps = 64;
        for (int i = 0; i < steps; i++) {
            double v = scale - 2 * scale * (i + 0.5) / steps;
            gc.setFill(colour(v, scale));
            gc.fillRect(barLeft, top + (bottom - top) * i / steps, barWidth, (bottom - top) / steps + 1);
        }
        gc.setStroke(Palette.current().outline());
        gc.strokeRect(barLeft, top, barWidth, bottom - top);
        gc.setFill(Palette.current().valueText());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        for (double v : new double[] {scale, scale / 2, 0, -scale / 2, -scale}) {
            double p = top + (scale - v) / (2 * scale) * (bottom - top);
            gc.strokeLine(barLeft + barWidth, p, barLeft + barWidth + 3, p);
            gc.fillText(NumberText.short4(v), barLeft + barWidth + 5, p);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(chooser.isVisible() ? chooser.getItems().get(unit).substring("output ".length()) : "y",
                barLeft + barWidth / 2, bottom + 6);
    }
}
