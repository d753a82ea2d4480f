package org.backproplab.ui.digitpad;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.backproplab.data.Dataset;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NumberText;
import org.backproplab.ui.views.Palette;

/**
 * The Draw-a-digit pad: an 8×8 grid drawn with the mouse (the left button inks a pixel to 16 and
 * its four neighbours to at least 8, as a pen stroke looks in the data set; the right button
 * erases), Clear, and "Use the batch's sample" to start from a real digit; beside it the network's
 * probability of each class as a bar, the most likely in bold, recomputed whenever the drawing or
 * the network's parameters change.
 */
public final class DigitPadView extends HBox {
    private static final double CELL = 36;
    private final ReadOnlyObjectProperty<Snapshot> snapshot;
    private final double[] pixels = new double[DigitPrediction.PIXELS];
    private final Canvas pad = new Canvas(8 * CELL, 8 * CELL);
    private final Canvas bars = new Canvas(300, 8 * CELL);
    private final Label note = new Label();
    private double[] probabilities;

    /** @param snapshot the run's latest snapshot (its parameters and data) */
    public DigitPadView(ReadOnlyObjectProperty<Snapshot> snapshot) {
        super(16);
        this.snapshot = snapshot;
        setPadding(new Insets(12));
        setId("digitPad");
        pad.setId("digitPadCanvas");
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, this::ink);
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::ink);
        Button clear = new Button("Clear");
        clear.setId("digitPadClear");
        clear.setOnAction(e -> {
            java.util.Arrays.fill(pixels, 0);
            update();
        });
        Button sample = new Button("Use the batch's sample");
        sample.setId("digitPadSample");
        sample.setOnAction(e -> useBatchSample());
        note.setId("digitPadNote");
        note.setWrapText(true);
        note.setMaxWidth(8 * CELL);
        getChildren().addAll(new VBox(8, pad, new HBox(8, clear, sample), note), bars);
        snapshot.addListener((o, was, now) -> {
            if (was == null || now == null || was.parameters() != now.parameters()) {
                update();
            }
        });
        update();
    }

    /** @return the pad's pixels (a copy), row by row, 0–16 */
    public double[] pixels() {
        return pixels.clone();
    }

    /** @return the probabilities on show, or null when the network does not take 64 inputs */
    public double[] probabilities() {
        return probabilities == null ? null : probabilities.clone();
    }

    /**
     * Inks or erases the pixel at a pad position, as a mouse press there does.
     *
     * @param x     pixels from the pad's left
     * @param y     pixels from the pad's top
     * @param erase true for the right button
     */
    public void drawAt(double x, double y, boolean erase) {
        int col = (int) Math.floor(x / CELL);
        int row = (int) Math.floor(y / CELL);
        if (col < 0 || col > 7 || row < 0 || row > 7) {
            return;
        }
        if (erase) {
            pixels[row * 8 + col] = 0;
        } else {
            pixels[row * 8 + col] = 16;
            int[][] around = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
            for (int[] d : around) {
                int r = row + d[0];
                int c = col + d[1];
                if (r >= 0 && r < 8 && c >= 0 && c < 8) {
                    pixels[r * 8 + c] = Math.max(pixels[r * 8 + c], 8);
                }
            }
        }
        update();
    }

    private void ink(MouseEvent e) {
        drawAt(e.getX(), e.getY(), e.getButton() == MouseButton.SECONDARY);
    }

    private void useBatchSample() {
        Snapshot s = snapshot.get();
        if (s == null || s.architecture().inputSize() != DigitPrediction.PIXELS || s.batchRows().length == 0) {
            return;
        }
        Dataset train = s.data().train();
        int row = s.batchRows()[0];
        for (int i = 0; i < DigitPrediction.PIXELS; i++) {
            double v = train.input(row, i);
            pixels[i] = s.data().standardizer() == null ? v : s.data().standardizer().invert(i, v);
        }
        update();
    }

    private void update() {
        Snapshot s = snapshot.get();
        boolean fits = s != null && s.architecture().inputSize() == DigitPrediction.PIXELS;
        probabilities = fits ? DigitPrediction.outputs(s.parameters(), s.data().standardizer(), pixels) : null;
        note.setText(fits ? "Left button draws, right button erases."
                : "Draw a digit needs a network with 64 inputs (Lessons ▸ the 8×8 digits).");
        drawPad();
        drawBars(fits ? s.data().train().classNames() : List.of());
    }

    private void drawPad() {
        GraphicsContext gc = pad.getGraphicsContext2D();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                double v = Math.max(0, Math.min(16, pixels[r * 8 + c])) / 16;
                gc.setFill(Color.gray(1 - v));
                gc.fillRect(c * CELL, r * CELL, CELL, CELL);
            }
        }
        gc.setStroke(Color.web("#cccccc"));
        gc.setLineWidth(1);
        for (int i = 0; i <= 8; i++) {
            gc.strokeLine(i * CELL, 0, i * CELL, 8 * CELL);
            gc.strokeLine(0, i * CELL, 8 * CELL, i * CELL);
        }
    }

    private void drawBars(List<String> classes) {
        GraphicsContext gc = bars.getGraphicsContext2D();
        gc.setFill(Palette.current().background());
        gc.fillRect(0, 0, bars.getWidth(), bars.getHeight());
        if (probabilities == null) {
            return;
        }
        int n = probabilities.length;
        int best = 0;
        for (int k = 1; k < n; k++) {
            best = probabilities[k] > probabilities[best] ? k : best;
        }
        double h = bars.getHeight() / n;
        double labelWidth = 40;
        double barMax = bars.getWidth() - labelWidth - 70;
        gc.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < n; k++) {
            double y = k * h;
            boolean top = k == best;
            gc.setFont(Font.font("System", top ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL,
                    16));
            gc.setFill(Palette.current().valueText());
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.fillText(k < classes.size() ? classes.get(k) : Integer.toString(k), labelWidth - 8, y + h / 2);
            double p = Math.max(0, Math.min(1, probabilities[k]));
            gc.setFill(top ? Palette.current().positiveWeight() : Palette.current().positiveWeight().interpolate(Palette.current().background(), 0.55));
            gc.fillRect(labelWidth, y + 3, barMax * p, h - 6);
            gc.setFill(Palette.current().valueText());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(NumberText.short4(probabilities[k]), labelWidth + barMax * p + 6, y + h / 2);
        }
    }
}
