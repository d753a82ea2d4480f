package org.backproplab.ui.confusion;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.sim.ConfusionMatrix;
import org.backproplab.ui.views.NumberText;

/**
 * Draws the training and test confusion matrices side by side (rows: true class, columns:
 * predicted class; each cell shaded by its share of its row, in one blue scale that reads
 * without colour vision as lightness), the chosen cell framed, and below them the chosen cell's
 * samples as pictures when the data are images. Remembers where each cell went for clicks.
 */
final class ConfusionPainter {
    private static final Color TEXT = Color.web("#111111");
    private static final Color LOW = Color.web("#f4f8fb");
    private static final Color HIGH = Color.web("#0b4f8a");
    private static final Color CHOSEN = Color.web("#d81b60");
    private final Text measure = new Text();
    private final List<Bounds> cellBounds = new ArrayList<>();
    private final List<CellChoice> cellChoices = new ArrayList<>();
    private double font = 12;

    /**
     * @param x horizontal position on the canvas
     * @param y vertical position on the canvas
     * @return the cell drawn there by the last paint, or null
     */
    CellChoice cellAt(double x, double y) {
        for (int i = 0; i < cellBounds.size(); i++) {
            if (cellBounds.get(i).contains(x, y)) {
                return cellChoices.get(i);
            }
        }
        return null;
    }

    /**
     * @param c a cell
     * @return where the last paint drew it, or null
     */
    Bounds boundsOf(CellChoice c) {
        int i = cellChoices.indexOf(c);
        return i < 0 ? null : cellBounds.get(i);
    }

    /**
     * @param gc        the canvas' context
     * @param w         width
     * @param h         height
     * @param presenter larger type
     * @param train     training matrix (never null here)
     * @param test      test matrix, or null without a test set
     * @param chosen    the chosen cell, or null
     * @param images    the chosen cell's samples as images to draw, or null
     * @param caption   a line about the chosen cell, or null
     */
    void paint(GraphicsContext gc, double w, double h, boolean presenter, ConfusionMatrix train, ConfusionMatrix test,
               CellChoice chosen, Images images, String caption) {
        cellBounds.clear();
        cellChoices.clear();
        font = presenter ? 18 : 12.5;
        int k = train.classes();
        double captionSpace = 2 * font + 6;
        double imageSpace = images == null ? 0 : Math.min(h * 0.3, 4.5 * font);
        double labelWidth = 0;
        for (String name : train.classNames()) {
            labelWidth = Math.max(labelWidth, width(name, false));
        }
        labelWidth += 8;
        int panels = test == null ? 1 : 2;
        double panelW = w / panels;
        double top = 4.4 * font + 6;
        double availH = h - top - captionSpace - imageSpace - 4;
        double cell = Math.floor(Math.min((panelW - labelWidth - 2 * font - 12) / k, availH / k));
        if (cell < 8) {
            text(gc, "no room for the confusion matrix", w / 2, h / 2, TextAlignment.CENTER, false, TEXT);
            return;
        }
        for (int pI = 0; pI < panels; pI++) {
            ConfusionMatrix m = pI == 0 ? train : test;
            boolean isTest = pI == 1;
            double gridW = cell * k;
            double left = pI * panelW + Math.max(labelWidth + 2 * font, (panelW - gridW + labelWidth) / 2);
            String title = (isTest ? "Test set" : "Training set") + ": " + m.total() + " rows, "
                    + (Double.isNaN(m.accuracy()) ? "—" : NumberText.short4(100 * m.accuracy()) + " %") + " right";
            text(gc, title, left + gridW / 2, 4, TextAlignment.CENTER, true, TEXT);
            text(gc, "predicted class →", left + gridW / 2, 4 + 1.4 * font, TextAlignment.CENTER, false, TEXT);
            drawMatrix(gc, m, isTest, left, top, cell, chosen);
            // true class, written up the left side
            gc.save();
            gc.translate(left - labelWidth - font, top + gridW / 2);
            gc.rotate(-90);
            text(gc, "true class", 0, -0.6 * font, TextAlignment.CENTER, false, TEXT);
            gc.restore();
        }
        double y = h - captionSpace - imageSpace;
        if (images != null) {
            images.draw(gc, 8, y + 2, w - 16, imageSpace - 4);
        }
        String line = caption != null ? caption : "click a cell to pick out its samples";
        text(gc, line, w / 2, h - captionSpace + 4, TextAlignment.CENTER, caption != null, caption != null ? CHOSEN : TEXT);
    }

    private void drawMatrix(GraphicsContext gc, ConfusionMatrix m, boolean isTest, double left, double top, double cell,
                            CellChoice chosen) {
        int k = m.classes();
        double numberFont = Math.min(font, cell * 0.52);
        for (int a = 0; a < k; a++) {
            double y = top + a * cell;
            text(gc, m.classNames().get(a), left - 6, y + cell / 2 - font * 0.6, TextAlignment.RIGHT, false, TEXT);
            int rowTotal = m.rowTotal(a);
            for (int p = 0; p < k; p++) {
                double x = left + p * cell;
                int count = m.count(a, p);
                double share = rowTotal == 0 ? 0 : (double) count / rowTotal;
                Color fill = LOW.interpolate(HIGH, share);
                gc.setFill(fill);
                gc.fillRect(x, y, cell, cell);
                gc.setStroke(Color.web("#b0bec5"));
                gc.setLineWidth(1);
                gc.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
                if (a == p) {
                    gc.setStroke(TEXT);
                    gc.setLineWidth(1.5);
                    gc.strokeRect(x + 1.5, y + 1.5, cell - 3, cell - 3);
                }
                gc.setFont(Font.font("DejaVu Sans", a == p ? FontWeight.BOLD : FontWeight.NORMAL, numberFont));
                gc.setFill(share > 0.55 ? Color.WHITE : TEXT);
                gc.setTextAlign(TextAlignment.CENTER);
                gc.setTextBaseline(VPos.CENTER);
                gc.fillText(Integer.toString(count), x + cell / 2, y + cell / 2);
                cellBounds.add(new BoundingBox(x, y, cell, cell));
                cellChoices.add(new CellChoice(isTest, a, p));
            }
        }
        for (int p = 0; p < k; p++) {
            String name = m.classNames().get(p);
            double x = left + p * cell + cell / 2;
            if (width(name, false) <= cell - 2) {
                text(gc, name, x, top - 1.3 * font, TextAlignment.CENTER, false, TEXT);
            } else {
                gc.save();
                gc.translate(x, top - 3);
                gc.rotate(-35);
                text(gc, name, 0, -font, TextAlignment.LEFT, false, TEXT);
                gc.restore();
            }
        }
        if (chosen != null && chosen.test() == isTest && chosen.actual() < k && chosen.predicted() < k) {
            gc.setStroke(CHOSEN);
            gc.setLineWidth(3);
            gc.strokeRect(left + chosen.predicted() * cell + 1.5, top + chosen.actual() * cell + 1.5, cell - 3, cell - 3);
        }
    }

    private double width(String s, boolean bold) {
        measure.setText(s);
        measure.setFont(Font.font("DejaVu Sans", bold ? FontWeight.BOLD : FontWeight.NORMAL, font));
        return measure.getLayoutBounds().getWidth();
    }

    private void text(GraphicsContext gc, String s, double x, double y, TextAlignment align, boolean bold, Color c) {
        gc.setFont(Font.font("DejaVu Sans", bold ? FontWeight.BOLD : FontWeight.NORMAL, font));
        gc.setFill(c);
        gc.setTextAlign(align);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(s, x, y);
    }

    /**
     * Samples drawn as k × k grey pictures in a row, ink dark (the input image view's grey scale).
     *
     * @param data         the set the rows are from
     * @param standardizer to undo standardisation, or null
     * @param rows         the rows
     * @param side         the picture's side k
     */
    record Images(Dataset data, Standardizer standardizer, int[] rows, int side) {

        void draw(GraphicsContext gc, double x, double y, double w, double h) {
            double size = Math.floor(h);
            int fit = (int) Math.max(0, Math.floor((w + 4) / (size + 4)));
            double px = size / side;
            for (int i = 0; i < Math.min(fit, rows.length); i++) {
                double left = x + i * (size + 4);
                double[] v = new double[side * side];
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < v.length; j++) {
                    double raw = data.input(rows[i], j);
                    v[j] = standardizer == null ? raw : standardizer.invert(j, raw);
                    min = Math.min(min, v[j]);
                    max = Math.max(max, v[j]);
                }
                double range = max > min ? max - min : 1;
                for (int r = 0; r < side; r++) {
                    for (int c = 0; c < side; c++) {
                        gc.setFill(Color.gray(1 - (v[r * side + c] - min) / range));
                        gc.fillRect(left + c * px, y + r * px, Math.ceil(px), Math.ceil(px));
                    }
                }
                gc.setStroke(Color.web("#78909c"));
                gc.setLineWidth(1);
                gc.strokeRect(left - 0.5, y - 0.5, size + 1, size + 1);
            }
        }
    }
}
