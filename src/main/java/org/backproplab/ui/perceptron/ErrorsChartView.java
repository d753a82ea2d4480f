package org.backproplab.ui.perceptron;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backproplab.engine.Loss;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NumberText;
import org.backproplab.ui.views.Palette;

/**
 * For a lab trained with the perceptron rule: the training samples misclassified while each
 * epoch trained (the {@code errors} column of {@code train}) as a line with a dot per epoch,
 * with the last epoch's count written out. It sits beside the loss chart and is hidden (taking
 * no room) for every other lab.
 */
public final class ErrorsChartView extends Pane {
    private final Canvas canvas = new Canvas();
    private final List<int[]> points = new ArrayList<>();
    private Snapshot last;
    private boolean presenter;

    /** An empty, hidden view. */
    public ErrorsChartView() {
        getStyleClass().add("errors-chart-view");
        setId("errorsChart");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefWidth(300);
        setVisible(false);
        setManaged(false);
    }

    /**
     * @param lossChart the loss chart
     * @param errors    this chart
     * @return the two side by side, the loss chart taking the spare width
     */
    public static HBox besideLossChart(Node lossChart, ErrorsChartView errors) {
        HBox box = new HBox(lossChart, errors);
        HBox.setHgrow(lossChart, Priority.ALWAYS);
        return box;
    }

    /**
     * @param s a snapshot
     * @return whether this chart applies: the perceptron rule
     */
    public static boolean shows(Snapshot s) {
        return s != null && s.architecture().loss() == Loss.PERCEPTRON;
    }

    /** @param s the snapshot to show */
    public void render(Snapshot s) {
        boolean on = shows(s);
        if (isVisible() != on) {
            setVisible(on);
            setManaged(on);
        }
        if (!on || s == last) {
            return;
        }
        last = s;
        points.clear();
        for (Snapshot.EpochMetrics m : s.epochMetrics()) {
            if (m.errors() >= 0) {
                points.add(new int[] {m.epoch(), m.errors()});
            }
        }
        draw();
    }

    /** @return the plotted (epoch, errors) pairs, oldest first */
    public List<int[]> plotted() {
        return points.stream().map(int[]::clone).toList();
    }

    /** @param on true for presentation: larger type */
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
        if (w < 60 || h < 50) {
            return;
        }
        double k = presenter ? 1.4 : 1.0;
        Font font = Font.font("DejaVu Sans", 11 * k);
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, 12 * k));
        gc.setFill(Palette.current().valueText());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.TOP);
        int[] newest = points.isEmpty() ? null : points.get(points.size() - 1);
        gc.fillText(newest == null ? "Errors per epoch: none finished yet"
                : "Errors per epoch · epoch " + newest[0] + ": " + newest[1], 8, 4, w - 12);
        double left = 40 * k;
        double right = w - 10;
        double top = 24 * k;
        double bottom = h - 22 * k;
        if (bottom - top < 20 || right - left < 20) {
            return;
        }
        int maxErrors = 1;
        int lastEpoch = 1;
        for (int[] p : points) {
            maxErrors = Math.max(maxErrors, p[1]);
            lastEpoch = Math.max(lastEpoch, p[0]);
        }
        int firstEpoch = points.isEmpty() ? 1 : points.get(0)[0];
        double span = Math.max(1, lastEpoch - firstEpoch);
        gc.setStroke(Palette.current().mutedText());
        gc.setLineWidth(1);
        gc.strokeRect(left, top, right - left, bottom - top);
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (int v : new int[] {0, maxErrors / 2, maxErrors}) {
            double y = bottom - v / (double) maxErrors * (bottom - top);
            gc.strokeLine(left - 3, y, left, y);
            gc.fillText(Integer.toString(v), left - 5, y);
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(NumberText.short4(firstEpoch), left, bottom + 3);
        gc.fillText(NumberText.short4(lastEpoch) + " (epoch)", Math.max(left + 60 * k, right - 30 * k), bottom + 3);
        gc.setStroke(Palette.current().positiveWeight());
        gc.setFill(Palette.current().positiveWeight());
        gc.setLineWidth(2 * k);
        gc.beginPath();
        double r = 2.5 * k;
        for (int i = 0; i < points.size(); i++) {
            double x = left + (points.get(i)[0] - firstEpoch) / span * (right - left);
            double y = bottom - points.get(i)[1] / (double) maxErrors * (bottom - top);
            if (i == 0) {
                gc.moveTo(x, y);
            } else {
                gc.lineTo(x, y);
            }
        }
        gc.stroke();
        if (points.size() <= 200) {
            for (int[] p : points) {
                double x = left + (p[0] - firstEpoch) / span * (right - left);
                double y = bottom - p[1] / (double) maxErrors * (bottom - top);
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }
}
