package org.backproplab.ui.views;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.backproplab.data.DataSplit;
import org.backproplab.engine.Parameters;
import org.backproplab.sim.Snapshot;

/**
 * The input plane of a 2-input classifier, shaded by predicted class (stronger where the
 * network is more certain), with the training points (filled circles), test points (hollow
 * squares) and the current batch (black rings), axes in the data's original units and a
 * legend with the class names. The grid (at least 200 × 200 cells) is computed from the
 * snapshot's parameters on a daemon thread this view owns; while one grid is computed only the
 * newest pending request is kept, and the finished grid is drawn on the FX thread. Three
 * stacked canvases keep each frame's drawing small: a new grid repaints only the bottom one,
 * a new snapshot only the batch rings on top; axes and points are repainted when they change.
 */
public class DecisionRegionView extends BorderPane {
    /** Grid cells along each axis. */
    public static final int CELLS = 200;
    // room around the plane for the batch rings (radius 8.5 and a 2.2 line at scale 1)
    private static final double RING_MARGIN = 12;
    private static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");

    // three layers: the grid (each new grid), axes and points (data or size changes), batch rings (each snapshot)
    private final Canvas gridLayer = new Canvas();
    private final Canvas pointLayer = new Canvas();
    private final Canvas batchLayer = new Canvas();
    private final FlowPane legend = new FlowPane(14, 4);
    private final Pane holder;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "decision-regions");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean working = new AtomicBoolean();
    private final RegionPainter painter = new RegionPainter();
    private WritableImage image;
    // drawn instead of the grid while not null (a unit's map, ui.heatmap)
    private javafx.scene.image.Image planeImage;
    private Request drawnRequest;
    private Request requested;
    private DecisionGrid grid;
    private Snapshot last;
    private DataSplit pointsDrawnFor;
    private String noteDrawn;
    private DataSplit axesData;
    private PlaneAxes axes;
    private List<Object> legendKey;
    private int gridsComputed;
    // grid requests asked for and not yet drawn, dropped as superseded or discarded as stale (FX thread)
    private int gridsOutstanding;
    private int snapshotsShown;
    private boolean presenter;

    /** What to compute: parameters (never mutated after publication) over a plane. */
    private record Request(Parameters parameters, PlaneAxes axes) {
    }

    /** An empty view; call {@link #render} with snapshots and {@link #dispose} when done. */
    public DecisionRegionView() {
        getStyleClass().add("decision-region-view");
        legend.getStyleClass().add("decision-legend");
        holder = new Pane(gridLayer, pointLayer, batchLayer) {
            @Override
            protected void layoutChildren() {
                if (placeLayers(getWidth(), getHeight())) {
                    redraw();
                }
            }
        };
        // the grid canvas covers only the plane: white around it
        holder.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        holder.setMinSize(0, 0);
        holder.setPrefSize(360, 300);
        setCenter(holder);
        setBottom(legend);
    }

    /**
     * Shows a snapshot: redraws points and the batch at once and asks for a new grid when the
     * parameters changed.
     *
     * @param snapshot the snapshot
     */
    public void render(Snapshot snapshot) {
        if (snapshot == last) {
            return;
        }
        last = snapshot;
        snapshotsShown++;
        if (applicable(snapshot) == null) {
            if (snapshot.data() != axesData) {
                axesData = snapshot.data();
                PlaneAxes covering = PlaneAxes.covering(axesData, axes);
                if (covering != axes) {
                    axes = covering;
                    image = null;
                    grid = null;
                    drawnRequest = null;
                }
            }
            updateLegend(snapshot.data().train().classNames(), snapshot.data().test().rows() > 0,
                    snapshot.batchRows().length < snapshot.data().train().rows());
            Request request = new Request(snapshot.parameters(), axes);
            if (requested == null || requested.axes() != axes || !requested.parameters().equals(request.parameters())) {
                requested = request;
                submit(request);
            }
        } else {
            updateLegend(List.of(), false, false);
        }
        String note = note();
        if (snapshot.data() != pointsDrawnFor || !java.util.Objects.equals(note, noteDrawn)) {
            redraw();
        } else {
            paint(batchLayer, gc -> painter.paintBatch(gc, pointLayer.getWidth(), pointLayer.getHeight(), last, axes,
                    note, scale()));
        }
    }

    /**
     * Picks out samples (a confusion-matrix cell's) with a square each, until called with null.
     *
     * @param h the samples, or null for none
     */
    public void setHighlight(SampleHighlight h) {
        painter.setHighlight(h);
        if (last != null) {
            paint(batchLayer, gc -> painter.paintBatch(gc, pointLayer.getWidth(), pointLayer.getHeight(), last, axes,
                    note(), scale()));
        }
    }

    /**
     * Draws another picture of the plane instead of the decision grid (axes, points and rings
     * stay), until called with null.
     *
     * @param picture the picture, covering exactly {@link #planeBounds}, or null for the grid
     */
    public void setPlaneImage(javafx.scene.image.Image picture) {
        planeImage = picture;
        paint(gridLayer, gc -> painter.paintBase(gc, pointLayer.getWidth(), pointLayer.getHeight(), axes, shownImage(),
                note(), scale()));
    }

    /** @return the plane shown, {xMin, xMax, yMin, yMax} in network units, or null when a note is shown */
    public double[] planeBounds() {
        if (axes == null || note() != null) {
            return null;
        }
        return new double[] {axes.toNetwork(0, axes.xMin()), axes.toNetwork(0, axes.xMax()),
                axes.toNetwork(1, axes.yMin()), axes.toNetwork(1, axes.yMax())};
    }

    private javafx.scene.image.Image shownImage() {
        return planeImage != null ? planeImage : image;
    }

    /** Stops the grid thread; the view draws nothing new afterwards. */
    public void dispose() {
        executor.shutdownNow();
    }

    /** @param large true for presentation: larger type and markers */
    public void setPresenterMode(boolean large) {
        presenter = large;
        pseudoClassStateChanged(PRESENTER, large);
        placeLayers(holder.getWidth(), holder.getHeight());
        holder.setBackground(new Background(new BackgroundFill(Palette.current().background(), null, null)));
        if (grid != null && drawnRequest != null) {
            // the map in the current palette's colours
            show(drawnRequest, grid, RegionPainter.shade(grid));
        }
        if (last != null && applicable(last) == null) {
            legendKey = null;
            updateLegend(last.data().train().classNames(), last.data().test().rows() > 0,
                    last.batchRows().length < last.data().train().rows());
        }
        redraw();
    }

    /**
     * @param x first feature in original units
     * @param y second feature in original units
     * @return the class predicted there by the last computed grid, or −1 without one
     */
    int predictedClassAt(double x, double y) {
        if (grid == null || drawnRequest == null) {
            return -1;
        }
        PlaneAxes a = drawnRequest.axes();
        int c = (int) Math.floor((x - a.xMin()) / (a.xMax() - a.xMin()) * grid.columns());
        int r = (int) Math.floor((a.yMax() - y) / (a.yMax() - a.yMin()) * grid.rows());
        if (c < 0 || r < 0 || c >= grid.columns() || r >= grid.rows()) {
            return -1;
        }
        return grid.classAt(c, r);
    }

    /**
     * Where a mouse event falls on the plane, in its data's original units (the point editor's
     * clicks).
     *
     * @param e a mouse event on this view
     * @return {x₁, x₂, x₁ per pixel, x₂ per pixel}, or null outside the plane or while a note is shown
     */
    public double[] dataAt(javafx.scene.input.MouseEvent e) {
        double[] plane = RegionPainter.planeArea(holder.getWidth(), holder.getHeight(), scale());
        if (plane == null || axes == null || note() != null) {
            return null;
        }
        javafx.geometry.Point2D p = holder.sceneToLocal(e.getSceneX(), e.getSceneY());
        double u = (p.getX() - plane[0]) / plane[2];
        double v = (p.getY() - plane[1]) / plane[3];
        if (u < 0 || u > 1 || v < 0 || v > 1) {
            return null;
        }
        double xSpan = axes.xMax() - axes.xMin();
        double ySpan = axes.yMax() - axes.yMin();
        return new double[] {axes.xMin() + u * xSpan, axes.yMax() - v * ySpan, xSpan / plane[2], ySpan / plane[3]};
    }

    /** @return grids computed and drawn so far */
    public int gridsDrawn() {
        return gridsComputed;
    }

    /** @return grid requests neither drawn, dropped as superseded nor discarded as stale (0: none can land) */
    public int gridsPending() {
        return gridsOutstanding;
    }

    /** @return snapshots shown so far (each redraws the batch rings) */
    public int snapshotsShown() {
        return snapshotsShown;
    }

    /** @return the note shown instead of the plane, or null when the plane is shown */
    String note() {
        return last == null ? "No data yet" : applicable(last);
    }

    /** @return the plane shown (original units), or null */
    PlaneAxes axes() {
        return axes;
    }

    private static String applicable(Snapshot s) {
        if (s.architecture().inputSize() != 2) {
            return "Decision regions need 2 inputs; this network has " + s.architecture().inputSize() + ".";
        }
        if (!s.data().train().isClassification()) {
            return "Decision regions need class labels; this data set has none.";
        }
        return null;
    }

    // keeps only the newest request; one worker task drains it
    private void submit(Request request) {
        gridsOutstanding++;
        if (pending.getAndSet(request) != null) {
            gridsOutstanding--; // the replaced request is never computed
        }
        if (working.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                working.set(false);
            }
        }
    }

    private void drain() {
        try {
            Request r;
            while ((r = pending.getAndSet(null)) != null) {
                PlaneAxes a = r.axes();
                DecisionGrid g = DecisionGrid.compute(r.parameters(), a.toNetwork(0, a.xMin()), a.toNetwork(0, a.xMax()),
                        a.toNetwork(1, a.yMin()), a.toNetwork(1, a.yMax()), CELLS, CELLS);
                int[] argb = RegionPainter.shade(g);
                Request done = r;
                Platform.runLater(() -> show(done, g, argb));
            }
        } finally {
            working.set(false);
            if (pending.get() != null && working.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    private void show(Request request, DecisionGrid g, int[] argb) {
        gridsOutstanding--;
        if (request.axes() != axes) {
            return;
        }
        if (image == null || image.getWidth() != g.columns() || image.getHeight() != g.rows()) {
            image = new WritableImage(g.columns(), g.rows());
        }
        image.getPixelWriter().setPixels(0, 0, g.columns(), g.rows(), PixelFormat.getIntArgbInstance(), argb, 0,
                g.columns());
        grid = g;
        drawnRequest = request;
        gridsComputed++;
        String note = note();
        paint(gridLayer, gc -> painter.paintBase(gc, pointLayer.getWidth(), pointLayer.getHeight(), axes, shownImage(),
                note, scale()));
    }

    private double scale() {
        return presenter ? 1.5 : 1.0;
    }

    // all three layers
    private void redraw() {
        double w = pointLayer.getWidth();
        double h = pointLayer.getHeight();
        String note = note();
        paint(gridLayer, gc -> painter.paintBase(gc, w, h, axes, shownImage(), note, scale()));
        painter.paintStatic(pointLayer.getGraphicsContext2D(), w, h, last, axes, note, scale());
        paint(batchLayer, gc -> painter.paintBatch(gc, w, h, last, axes, note, scale()));
        pointsDrawnFor = last == null ? null : last.data();
        noteDrawn = note;
    }

    /*
     * The points layer covers the whole view; the grid layer only the plane and the batch layer
     * the plane with a margin for the rings, so that each frame's new grid and rings fill and
     * blend as few pixels as possible (the software renderer composites every layer of a dirty
     * region). Returns whether a layer moved or changed size.
     */
    private boolean placeLayers(double w, double h) {
        boolean changed = place(pointLayer, 0, 0, w, h);
        double[] plane = RegionPainter.planeArea(w, h, scale());
        if (plane == null) {
            return place(gridLayer, 0, 0, w, h) | place(batchLayer, 0, 0, w, h) | changed;
        }
        double m = RING_MARGIN * scale();
        double left = Math.max(0, plane[0] - m);
        double top = Math.max(0, plane[1] - m);
        changed |= place(gridLayer, plane[0], plane[1], plane[2], plane[3]);
        changed |= place(batchLayer, left, top, Math.min(w, plane[0] + plane[2] + m) - left,
                Math.min(h, plane[1] + plane[3] + m) - top);
        return changed;
    }

    private static boolean place(Canvas c, double x, double y, double w, double h) {
        if (c.getLayoutX() == x && c.getLayoutY() == y && c.getWidth() == w && c.getHeight() == h) {
            return false;
        }
        c.relocate(x, y);
        c.setWidth(w);
        c.setHeight(h);
        return true;
    }

    // paints a layer in the view's coordinates, whatever part of the view its canvas covers
    private static void paint(Canvas layer, Consumer<GraphicsContext> painting) {
        GraphicsContext gc = layer.getGraphicsContext2D();
        gc.save();
        gc.translate(-layer.getLayoutX(), -layer.getLayoutY());
        painting.accept(gc);
        gc.restore();
    }

    // the classes' colours, then the markers the plane shows: test squares only with a test
    // set, batch rings only for a minibatch (a batch of the whole set is not ringed)
    private void updateLegend(List<String> classes, boolean test, boolean minibatch) {
        List<Object> key = List.of(classes, test, minibatch);
        if (key.equals(legendKey)) {
            return;
        }
        legendKey = key;
        legend.getChildren().clear();
        if (classes.isEmpty()) {
            return;
        }
        for (int k = 0; k < classes.size(); k++) {
            Rectangle swatch = new Rectangle(14, 14, Palette.classColor(k));
            swatch.setStroke(Palette.current().nodeOutline());
            legend.getChildren().add(item(classes.get(k), swatch));
        }
        legend.getChildren().add(item("training", new Circle(6, Palette.current().zeroWeight())));
        if (test) {
            Rectangle square = new Rectangle(11, 11, Color.TRANSPARENT);
            square.setStroke(Palette.current().nodeOutline());
            square.setStrokeWidth(2);
            legend.getChildren().add(item("test", square));
        }
        if (minibatch) {
            Circle ring = new Circle(7, Color.TRANSPARENT);
            ring.setStroke(Palette.current().selection());
            ring.setStrokeWidth(2);
            legend.getChildren().add(item("current batch", ring));
        }
    }

    /** @return the legend's entries, in order */
    List<String> legendEntries() {
        return legend.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static Label item(String text, Shape graphic) {
        Label label = new Label(text, graphic);
        label.getStyleClass().add("legend-item");
        return label;
    }
}
