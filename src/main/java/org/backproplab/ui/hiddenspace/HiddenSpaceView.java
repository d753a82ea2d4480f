package org.backproplab.ui.hiddenspace;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Network;
import org.backproplab.sim.HiddenProjection;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.BackgroundWork;
import org.backproplab.ui.views.NumberText;
import org.backproplab.ui.views.Palette;

/**
 * The points in the space of one layer, chosen above the plot: training points as dots, test
 * points as squares, each in its class' colour (grey for regression), on the layer's own axes or
 * its two principal components with their share of the variance. Worked out from each new
 * snapshot's parameters while the view is shown, on a background thread
 * ({@link BackgroundWork}: a newer snapshot or another layer supersedes the work in progress);
 * the FX thread only draws the finished coordinates, which stay on show until newer ones arrive.
 */
public class HiddenSpaceView extends BorderPane {
    private final Canvas canvas = new Canvas();
    private final ChoiceBox<Integer> layer = new ChoiceBox<>();
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(8, 2);
    private java.util.List<String> legendClasses = java.util.List.of();
    private Snapshot last;
    private Snapshot computedFor;
    private int computedLayer;
    private Snapshot requested;
    private int requestedLayer;
    private final BackgroundWork<HiddenProjection> work = new BackgroundWork<>("hidden-space");
    private HiddenProjection projection;
    private boolean presenter;

    /** An empty view; call {@link #render} with snapshots. */
    public HiddenSpaceView() {
        getStyleClass().add("hidden-space-view");
        layer.setId("hiddenLayerChoice");
        layer.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer l) {
                return l == null ? "" : "layer " + l + (last != null && l == last.architecture().layerCount() ? " (output)" : "");
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        layer.valueProperty().addListener((obs, old, l) -> redraw());
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(8, new Label("Points in the space of"), layer, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 4, 2, 4));
        setTop(bar);
        Pane holder = new Pane(canvas) {
            @Override
            protected void layoutChildren() {
                if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                    redraw();
                }
            }
        };
        holder.setMinSize(0, 0);
        setCenter(holder);
        setMinSize(0, 0);
        visibleProperty().addListener((obs, old, shown) -> redraw());
        work.slowProperty().addListener((obs, old, slow) -> redraw());
    }

    /** @return the name of the thread that worked out the coordinates last drawn (tests: never the FX thread) */
    public String computedOn() {
        return work.lastThread();
    }

    /** Stops the background thread. */
    public void dispose() {
        work.dispose();
    }

    /** @param snapshot the snapshot to show */
    public void render(Snapshot snapshot) {
        int layers = snapshot.architecture().layerCount();
        if (last == null || !last.architecture().equals(snapshot.architecture())) {
            last = snapshot;
            layer.getItems().clear();
            for (int l = 1; l <= layers; l++) {
                layer.getItems().add(l);
            }
            layer.setValue(Math.max(1, layers - 1));
        }
        last = snapshot;
        java.util.List<String> classes = snapshot.data().train().isClassification()
                ? snapshot.data().train().classNames() : java.util.List.of();
        if (!classes.equals(legendClasses)) {
            legendClasses = classes;
            legend.getChildren().clear();
            for (int k = 0; k < classes.size(); k++) {
                javafx.scene.shape.Circle chip = new javafx.scene.shape.Circle(5, Palette.classColor(k));
                chip.setStroke(Color.web("#263238"));
                legend.getChildren().add(new Label(classes.get(k), chip));
            }
            if (snapshot.data().test().rows() > 0) {
                javafx.scene.shape.Rectangle sq = new javafx.scene.shape.Rectangle(9, 9, Color.WHITE);
                sq.setStroke(Color.BLACK);
                legend.getChildren().add(new Label("test", sq));
            }
        }
        redraw();
    }

    /** @param large true for presentation: larger type and points */
    public void setPresenterMode(boolean large) {
        presenter = large;
        redraw();
    }

    /** @return the layer shown (1..L) */
    public ChoiceBox<Integer> layerChoice() {
        return layer;
    }

    /** @return the coordinates last drawn, or null */
    public HiddenProjection projection() {
        return projection;
    }

    private void redraw() {
        if (!isVisible() || last == null || layer.getValue() == null) {
            return;
        }
        int l = layer.getValue();
        if ((computedFor != last || computedLayer != l) && (requested != last || requestedLayer != l)) {
            Snapshot wanted = last;
            requested = wanted;
            requestedLayer = l;
            work.start(() -> HiddenProjection.of(new Network(wanted.parameters()), l - 1, wanted.data().train(),
                    wanted.data().test()), p -> {
                        projection = p;
                        computedFor = wanted;
                        computedLayer = l;
                        redraw();
                    });
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (projection == null || computedFor.data() != last.data() || computedLayer != l
                || !computedFor.architecture().equals(last.architecture())) {
            // the first coordinates of these data and this layer are on their way
            gc.setFill(Color.WHITE);
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            gc.setFill(Color.web("#444444"));
            gc.setFont(Font.font("DejaVu Sans", presenter ? 17 : 12));
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText("Working out the points' coordinates…", 12, 12);
            return;
        }
        paint(gc, canvas.getWidth(), canvas.getHeight());
        if (work.slowProperty().get()) {
            gc.setFill(Color.web("#607d8b"));
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText("working out the newest weights…", canvas.getWidth() - 8, 4);
        }
    }

    private void paint(GraphicsContext gc, double w, double h) {
        gc.setFill(Palette.current().background());
        gc.fillRect(0, 0, w, h);
        double font = presenter ? 17 : 12;
        double left = 4 * font;
        double bottom = h - 2.6 * font;
        double top = 0.8 * font;
        double right = w - font;
        if (right - left < 40 || bottom - top < 40) {
            return;
        }
        HiddenProjection p = projection;
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < 2; t++) {
            int rows = t == 0 ? p.trainRows() : p.testRows();
            for (int r = 0; r < rows; r++) {
                xMin = Math.min(xMin, p.coordinate(t == 1, r, 0));
                xMax = Math.max(xMax, p.coordinate(t == 1, r, 0));
                yMin = Math.min(yMin, p.coordinate(t == 1, r, 1));
                yMax = Math.max(yMax, p.coordinate(t == 1, r, 1));
            }
        }
        if (!(xMax > xMin)) {
            xMin -= 1;
            xMax += 1;
        }
        if (!(yMax > yMin)) {
            yMin -= 1;
            yMax += 1;
        }
        double mx = 0.05 * (xMax - xMin);
        double my = 0.05 * (yMax - yMin);
        xMin -= mx;
        xMax += mx;
        yMin -= my;
        yMax += my;
        gc.setStroke(Palette.current().outline());
        gc.setLineWidth(1);
        gc.strokeRect(left + 0.5, top + 0.5, right - left, bottom - top);
        gc.setFont(Font.font("DejaVu Sans", font));
        gc.setFill(Palette.current().valueText());
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(NumberText.short4(xMin), left, bottom + 3);
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.fillText(NumberText.short4(xMax), right, bottom + 3);
        gc.fillText(NumberText.short4(yMax), left - 3, top);
        gc.setTextBaseline(VPos.BOTTOM);
        gc.fillText(NumberText.short4(yMin), left - 3, bottom);
        int l = computedLayer;
        String ax = p.principal()
                ? "PC1 (" + NumberText.short4(100 * p.explainedVariance(0)) + " % of the variance)"
                : "a₁ of layer " + l;
        String ay = p.principal()
                ? "PC2 (" + NumberText.short4(100 * p.explainedVariance(1)) + " %)"
                : last.architecture().unitsOf(l - 1) > 1 ? "a₂ of layer " + l : "(one unit)";
        gc.setFont(Font.font("DejaVu Sans", FontWeight.BOLD, font));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        gc.fillText(ax, (left + right) / 2, bottom + 3);
        gc.save();
        gc.translate(left - 1.2 * font, (top + bottom) / 2);
        gc.rotate(-90);
        gc.fillText(ay, 0, -0.6 * font);
        gc.restore();
        double dot = presenter ? 5 : 3.5;
        for (int t = 0; t < 2; t++) {
            Dataset d = t == 0 ? last.data().train() : last.data().test();
            int rows = t == 0 ? p.trainRows() : p.testRows();
            for (int r = 0; r < rows; r++) {
                double px = left + (p.coordinate(t == 1, r, 0) - xMin) / (xMax - xMin) * (right - left);
                double py = bottom - (p.coordinate(t == 1, r, 1) - yMin) / (yMax - yMin) * (bottom - top);
                Color c = d.isClassification() ? Palette.classColor(d.label(r)) : Color.GRAY;
                gc.setFill(c);
                gc.setStroke(Palette.current().nodeOutline());
                gc.setLineWidth(0.7);
                if (t == 0) {
                    gc.fillOval(px - dot, py - dot, 2 * dot, 2 * dot);
                    gc.strokeOval(px - dot, py - dot, 2 * dot, 2 * dot);
                } else {
                    gc.fillRect(px - dot, py - dot, 2 * dot, 2 * dot);
                    gc.setStroke(Color.BLACK);
                    gc.setLineWidth(1.4);
                    gc.strokeRect(px - dot, py - dot, 2 * dot, 2 * dot);
                }
            }
        }
    }
}
