package org.backproplab.ui.heatmap;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.DecisionRegionView;
import org.backproplab.ui.views.GraphSelection;
import org.backproplab.ui.views.NetworkGraphView;
import org.backproplab.ui.views.Notation;

/**
 * One unit's map drawn large in the decision-region panel, with the data on it: while the neuron
 * maps are on, hovering a hidden or output unit in the graph shows its map instead of the
 * decision regions, and clicking (selecting) it keeps the map there. The panel's header names
 * the unit and shows the colour scale. Back to the decision regions: move the mouse off the unit
 * (nothing clicked), click the unit again, press Escape or the header's ✕. The map of
 * {@link #SIDE} × {@link #SIDE} cells covers exactly the decision plane and is computed on a
 * daemon thread from the snapshot the panel shows (only the newest request is kept, at most
 * {@link #PLAYING_INTERVAL_NANOS} apart while training plays); the FX thread only installs the
 * finished picture.
 */
public final class UnitMapPanel {
    /** Cells across and down of the large map. */
    public static final int SIDE = 100;
    /** Smallest time between two maps while training plays (10 a second). */
    static final long PLAYING_INTERVAL_NANOS = 100_000_000L;

    private final NetworkGraphView graph;
    private final DecisionRegionView plane;
    private final NeuronMapOverlay overlay;
    private final HBox header;
    private final Label title = new Label();
    private final Label low = new Label();
    private final Label high = new Label();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "unit-map");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean working = new AtomicBoolean();
    private Snapshot last;
    private GraphSelection pinned;
    private GraphSelection dismissed;
    private boolean pinnedAtPress;
    private GraphSelection shown;
    private Request requested;
    private long requestedAt;
    private UnitMap drawn;
    private WritableImage image;

    /**
     * A computed map.
     *
     * @param parameters the parameters it was computed from
     * @param layer      the unit's layer, 1..L as the graph counts
     * @param unit       0-based unit
     * @param bounds     {xMin, xMax, yMin, yMax} in network units
     * @param values     the unit's activation at the cell centres, row-major from the top row
     */
    public record UnitMap(Parameters parameters, int layer, int unit, double[] bounds, double[] values) {
    }

    private record Request(Parameters parameters, double[] bounds, int layer, int unit) {
        boolean sameAs(Request o) {
            return o != null && o.parameters == parameters && o.layer == layer && o.unit == unit
                    && java.util.Arrays.equals(o.bounds, bounds);
        }
    }

    /**
     * @param graph   the network graph (its hover and selection choose the unit)
     * @param plane   the decision-region view the map is drawn into
     * @param overlay the neuron maps in the graph's nodes (large maps only while they are on)
     * @param panel   the decision-region panel, whose title the header covers while a map shows
     */
    public UnitMapPanel(NetworkGraphView graph, DecisionRegionView plane, NeuronMapOverlay overlay, StackPane panel) {
        this.graph = graph;
        this.plane = plane;
        this.overlay = overlay;
        title.getStyleClass().add("panel-title");
        title.setId("unitMapTitle");
        title.setMinWidth(0);
        Rectangle bar = new Rectangle(48, 12, new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, argbColor(MapShading.argb(-1))), new Stop(0.499, argbColor(MapShading.argb(-0.001))),
                new Stop(0.501, argbColor(MapShading.argb(0.001))), new Stop(1, argbColor(MapShading.argb(1)))));
        bar.setStroke(Color.web("#607d8b"));
        Button back = new Button("✕");
        back.setId("unitMapBack");
        back.getStyleClass().add("close-button");
        back.setFocusTraversable(false);
        back.setTooltip(new javafx.scene.control.Tooltip("Back to the decision regions (Esc)"));
        back.setOnAction(e -> dismiss());
        low.setMinWidth(Region.USE_PREF_SIZE);
        high.setMinWidth(Region.USE_PREF_SIZE);
        back.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header = new HBox(6, title, gap, low, bar, high, back);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setStyle("-fx-background-color: #ffffff;");
        header.setMaxHeight(Region.USE_PREF_SIZE);
        header.setVisible(false);
        StackPane.setAlignment(header, Pos.TOP_LEFT);
        panel.getChildren().add(header);
        pinned = isUnit(graph.selectionProperty().get()) ? graph.selectionProperty().get() : null;
        graph.hoveredProperty().addListener((obs, old, h) -> {
            dismissed = null;
            update();
        });
        graph.selectionProperty().addListener((obs, old, sel) -> {
            pinned = isUnit(sel) ? sel : null;
            update();
        });
        // a click on the unit whose map is kept there already takes the map away
        graph.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pinnedAtPress = pinned != null
                && pinned.equals(graph.hoveredProperty().get()));
        graph.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (pinnedAtPress && pinned != null && pinned.equals(graph.selectionProperty().get())) {
                dismiss();
            }
        });
        overlay.enabledProperty().addListener((obs, old, on) -> update());
        panel.sceneProperty().addListener((obs, old, scene) -> listenForEscape(scene));
        listenForEscape(panel.getScene());
    }

    private void listenForEscape(Scene scene) {
        if (scene != null) {
            scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && shown != null) {
                    dismiss();
                    e.consume();
                }
            });
        }
    }

    /**
     * Follows a snapshot (the one the decision-region panel shows): asks for a new map of the
     * shown unit when its parameters changed.
     *
     * @param s the snapshot
     */
    public void render(Snapshot s) {
        boolean network = last == null || !last.architecture().equals(s.architecture());
        last = s;
        if (network) {
            update();
        } else if (shown != null) {
            request(false);
        }
    }

    /** Back to the decision regions (until the mouse moves onto another unit or one is clicked). */
    public void dismiss() {
        pinned = null;
        dismissed = graph.hoveredProperty().get();
        update();
    }

    /** Stops the map thread. */
    public void dispose() {
        executor.shutdownNow();
    }

    /** @return the unit whose map the panel shows (or is computing), or null for the decision regions */
    public GraphSelection shownUnit() {
        return shown;
    }

    /** @return the map drawn now, or null */
    public UnitMap drawnMap() {
        return shown == null ? null : drawn;
    }

    /** @return the header's title */
    public String title() {
        return header.isVisible() ? title.getText() : "";
    }

    private static boolean isUnit(GraphSelection s) {
        return s != null && s.isNode() && s.layer() >= 1;
    }

    private void update() {
        GraphSelection hovered = graph.hoveredProperty().get();
        GraphSelection target = pinned != null ? pinned : isUnit(hovered) && !hovered.equals(dismissed) ? hovered : null;
        if (target != null && (last == null || !overlay.isEnabled() || last.architecture().inputSize() != 2
                || !plane.isVisible() || plane.planeBounds() == null
                || target.layer() > last.architecture().layerCount())) {
            target = null;
        }
        if (java.util.Objects.equals(target, shown)) {
            return;
        }
        shown = target;
        drawn = null;
        requested = null;
        if (target == null) {
            header.setVisible(false);
            plane.setPlaneImage(null);
            return;
        }
        Architecture arch = last.architecture();
        String kind = target.layer() == arch.layerCount() ? "Output " : "Unit ";
        title.setText(kind + Notation.node(arch, target.layer(), target.unit()) + " of layer " + target.layer()
                + " — a over the input plane");
        low.setText("");
        high.setText("");
        title.setTooltip(new javafx.scene.control.Tooltip(title.getText()
                + ". Back to the decision regions: move off the unit, click it again, Esc or ✕"));
        header.setVisible(true);
        request(true);
    }

    private void request(boolean now) {
        double[] bounds = plane.planeBounds();
        if (bounds == null) {
            return;
        }
        Request r = new Request(last.parameters(), bounds, shown.layer(), shown.unit());
        long t = System.nanoTime();
        if (r.sameAs(requested) || (!now && last.running() && t - requestedAt < PLAYING_INTERVAL_NANOS)) {
            return;
        }
        requested = r;
        requestedAt = t;
        pending.set(r);
        if (working.compareAndSet(false, true)) {
            submit();
        }
    }

    private void submit() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            working.set(false);
        }
    }

    // computes the newest request until none is left
    private void drain() {
        try {
            Request r;
            while ((r = pending.getAndSet(null)) != null) {
                UnitMap map = compute(r.parameters(), r.layer(), r.unit(), r.bounds());
                Architecture arch = r.parameters().architecture();
                int[] argb = MapShading.shade(arch.activations().get(r.layer() - 1), map.values());
                Platform.runLater(() -> install(map, argb));
            }
        } finally {
            working.set(false);
            if (pending.get() != null && working.compareAndSet(false, true)) {
                submit();
            }
        }
    }

    /**
     * @param p      a 2-input network's parameters (read only)
     * @param layer  1..L
     * @param unit   0-based unit
     * @param bounds {xMin, xMax, yMin, yMax} in network units
     * @return the unit's map over {@link #SIDE} × {@link #SIDE} cell centres
     */
    static UnitMap compute(Parameters p, int layer, int unit, double[] bounds) {
        double[] values = org.backproplab.sim.NeuronMaps.unitMap(p, layer - 1, unit, SIDE, bounds[0], bounds[1],
                bounds[2], bounds[3]);
        return new UnitMap(p, layer, unit, bounds, values);
    }

    private void install(UnitMap map, int[] argb) {
        if (shown == null || shown.layer() != map.layer() || shown.unit() != map.unit()) {
            return;
        }
        if (image == null) {
            image = new WritableImage(SIDE, SIDE);
        }
        image.getPixelWriter().setPixels(0, 0, SIDE, SIDE, PixelFormat.getIntArgbInstance(), argb, 0, SIDE);
        String[] ends = MapShading.ends(map.parameters().architecture().activations().get(map.layer() - 1),
                MapShading.largest(map.values()));
        low.setText(ends[0]);
        high.setText(ends[1]);
        drawn = map;
        plane.setPlaneImage(image);
    }

    private static Color argbColor(int argb) {
        return Color.rgb((argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff);
    }
}
