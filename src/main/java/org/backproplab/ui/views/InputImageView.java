package org.backproplab.ui.views;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.sim.Snapshot;

/**
 * The first sample of the current batch drawn as the picture it is, for networks whose inputs
 * are the pixels of a square image (the 8×8 digits), where a plane of decision regions cannot be
 * drawn: each pixel as a grey level, ink dark, in the data's own units (standardisation
 * undone), with the sample's row and class below.
 */
public class InputImageView extends Pane {
    private static final int SMALLEST_SIDE = 4;

    private final Canvas canvas = new Canvas();
    private Snapshot last;
    // side() of the data set sideData, worked out once per data set (it reads every value)
    private DataSplit sideData;
    private int side;
    private boolean presenter;

    /** An empty view; call {@link #render} with snapshots. */
    public InputImageView() {
        getStyleClass().add("input-image-view");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(360, 300);
    }

    /**
     * @param s a snapshot
     * @return k when the network's inputs look like the pixels of a k × k image: k ≥ 4 (16, 25,
     *         …, 64 inputs, never the 2 of a plane) and every training value, in the data's own
     *         units, a whole number ≥ 0 (an intensity, as the digits' 0–16); else 0
     */
    public static int side(Snapshot s) {
        int n = s.architecture().inputSize();
        int k = (int) Math.round(Math.sqrt(n));
        if (k < SMALLEST_SIDE || k * k != n) {
            return 0;
        }
        Dataset train = s.data().train();
        Standardizer standardizer = s.data().standardizer();
        for (int r = 0; r < train.rows(); r++) {
            for (int j = 0; j < n; j++) {
                double v = raw(train, standardizer, r, j);
                // standardising and undoing it may leave a rounding error far below a pixel step
                if (v < -1e-6 || Math.abs(v - Math.rint(v)) > 1e-6) {
                    return 0;
                }
            }
        }
        return k;
    }

    private static double raw(Dataset train, Standardizer standardizer, int row, int feature) {
        double v = train.input(row, feature);
        return standardizer == null ? v : standardizer.invert(feature, v);
    }

    /**
     * @param s a snapshot
     * @return whether its inputs are a picture this view can show ({@link #side} &gt; 0)
     */
    public boolean shows(Snapshot s) {
        if (s.data() != sideData) {
            sideData = s.data();
            side = side(s);
        }
        return side > 0;
    }

    /** @param snapshot the snapshot to show (its batch's first row) */
    public void render(Snapshot snapshot) {
        if (snapshot == last) {
            return;
        }
        boolean sameRow = last != null && last.data() == snapshot.data()
                && last.batchRows()[0] == snapshot.batchRows()[0];
        shows(snapshot);
        last = snapshot;
        if (!sameRow) {
            redraw();
        }
    }

    /** @param large true for presentation: a larger caption */
    public void setPresenterMode(boolean large) {
        presenter = large;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    /**
     * @return the pixel values shown (the batch's first row in the data's units, row by row), or
     *         null when there is nothing to show
     */
    double[] pixels() {
        if (last == null || side == 0) {
            return null;
        }
        Dataset train = last.data().train();
        int row = last.batchRows()[0];
        double[] raw = new double[train.inputSize()];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = raw(train, last.data().standardizer(), row, j);
        }
        return raw;
    }

    /** @return the caption under the image, or null */
    String caption() {
        if (pixels() == null) {
            return null;
        }
        Dataset train = last.data().train();
        int row = last.batchRows()[0];
        String label = train.isClassification() ? "   class " + train.classNames().get(train.label(row)) : "";
        return "row " + (row + 1) + label + "   (first sample of the batch)";
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setFill(Palette.current().background());
        gc.fillRect(0, 0, w, h);
        double[] raw = pixels();
        if (raw == null || w < 10 || h < 10) {
            return;
        }
        int k = side;
        double fontSize = presenter ? 20 : 13;
        double captionHeight = 2 * fontSize;
        double cell = Math.floor(Math.max(1, Math.min(w - 16, h - captionHeight - 12) / k));
        double left = Math.floor((w - cell * k) / 2);
        double top = 6;
        // grey level = 1 − (v − min)/(max − min): the lowest value white, the highest black
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : raw) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max > min ? max - min : 1;
        for (int r = 0; r < k; r++) {
            for (int c = 0; c < k; c++) {
                gc.setFill(Color.gray(1 - (raw[r * k + c] - min) / range));
                gc.fillRect(left + c * cell, top + r * cell, cell, cell);
            }
        }
        gc.setStroke(Palette.current().outline());
        gc.setLineWidth(1);
        gc.strokeRect(left - 0.5, top - 0.5, cell * k + 1, cell * k + 1);
        gc.setFill(Palette.current().valueText());
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, fontSize));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(caption(), w / 2, top + cell * k + 6);
    }
}
