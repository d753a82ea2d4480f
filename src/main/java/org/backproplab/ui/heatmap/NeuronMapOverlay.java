package org.backproplab.ui.heatmap;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;
import org.backproplab.sim.NeuronMaps;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NodeOverlay;

/**
 * Draws each unit's map inside its node: a square inscribed in the circle, on the decision
 * map's colour scale ({@link MapShading}). Maps are asked for whenever the window shows a
 * snapshot with new parameters ({@link #offer}) or the graph draws one, computed one set at a
 * time on a daemon thread, at most {@link #REFRESH_PER_SECOND} times a second; a finished set
 * redraws the graph's overlay layer at once (not the graph), also while training plays.
 */
public final class NeuronMapOverlay implements NodeOverlay {
    /** Cells across and down of each map. */
    public static final int SIDE = 32;
    /** Most map sets computed per second while training plays. */
    static final int REFRESH_PER_SECOND = 15;
    private final Runnable redraw;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "neuron-maps");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean working = new AtomicBoolean();
    private final AtomicLong setsComputed = new AtomicLong();
    private final AtomicLong computeNanos = new AtomicLong();
    private volatile Parameters wanted;
    private volatile double[] wantedBounds;
    private final javafx.beans.property.BooleanProperty enabled = new javafx.beans.property.SimpleBooleanProperty(true);
    private volatile boolean disposed;
    private Parameters requested;
    private long lastRequestNanos;
    private NeuronMaps maps;
    private WritableImage[][] images;

    /** @param redraw redraws the pictures in the graph's nodes (called on the FX thread when a new set of maps is ready) */
    public NeuronMapOverlay(Runnable redraw) {
        this.redraw = redraw;
    }

    /** @param on whether the maps are drawn */
    public void setEnabled(boolean on) {
        enabled.set(on);
    }

    /** @return whether the maps are drawn */
    public boolean isEnabled() {
        return enabled.get();
    }

    /** @return whether the maps are drawn, as a property to listen to */
    public javafx.beans.property.ReadOnlyBooleanProperty enabledProperty() {
        return enabled;
    }

    /** @return how many full sets of maps have been computed so far (the benchmark counts them) */
    public long setsComputed() {
        return setsComputed.get();
    }

    /** @return the time spent computing those sets so far, in nanoseconds (the benchmark's cost per set) */
    public long computeNanos() {
        return computeNanos.get();
    }

    /** @return the newest maps on the FX thread, or null */
    public NeuronMaps maps() {
        return maps;
    }

    /** Stops the map thread. */
    public void dispose() {
        disposed = true;
        executor.shutdownNow();
    }

    // runs the computation unless the overlay was disposed (the window closed)
    private void submit() {
        if (disposed) {
            working.set(false);
            return;
        }
        try {
            executor.execute(this::computeLoop);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            working.set(false);
        }
    }

    @Override
    public void drawNode(GraphicsContext gc, Snapshot s, int layer, int unit, double x, double y, double radius) {
        Architecture arch = s.architecture();
        if (!enabled.get() || arch.inputSize() != 2) {
            return;
        }
        request(s);
        if (maps == null || !maps.parameters().architecture().equals(arch)) {
            return;
        }
        if (images == null) {
            images = images(maps);
        }
        double half = Math.floor(radius * 0.72);
        gc.drawImage(images[layer - 1][unit], x - half, y - half, 2 * half, 2 * half);
        gc.setStroke(Color.web("#607d8b"));
        gc.setLineWidth(1);
        gc.strokeRect(x - half - 0.5, y - half - 0.5, 2 * half + 1, 2 * half + 1);
    }

    /**
     * Asks for the maps of a snapshot's parameters (at most {@link #REFRESH_PER_SECOND} times a
     * second while training plays); the window offers every snapshot it shows.
     *
     * @param s the snapshot
     */
    public void offer(Snapshot s) {
        if (enabled.get() && s.architecture().inputSize() == 2) {
            request(s);
        }
    }

    @Override
    public boolean hidesValues(Snapshot s) {
        return enabled.get() && s.architecture().inputSize() == 2;
    }

    private void request(Snapshot s) {
        Parameters p = s.parameters();
        long now = System.nanoTime();
        if (p == requested || (s.running() && now - lastRequestNanos < 1_000_000_000L / REFRESH_PER_SECOND)) {
            return;
        }
        requested = p;
        lastRequestNanos = now;
        wantedBounds = bounds(s);
        wanted = p;
        if (working.compareAndSet(false, true)) {
            submit();
        }
    }

    // computes the newest wanted parameters until none is newer than the last computed
    private void computeLoop() {
        double[] b = wantedBounds;
        Parameters p = wanted;
        try {
            long start = System.nanoTime();
            NeuronMaps m = NeuronMaps.compute(p, SIDE, b[0], b[1], b[2], b[3]);
            computeNanos.addAndGet(System.nanoTime() - start);
            setsComputed.incrementAndGet();
            Platform.runLater(() -> {
                maps = m;
                images = null;
                working.set(false);
                if (disposed) {
                    return;
                }
                redraw.run();
                if (wanted != m.parameters() && working.compareAndSet(false, true)) {
                    submit();
                }
            });
        } catch (RuntimeException e) {
            working.set(false);
        }
    }

    /**
     * @param s a snapshot of a 2-input network
     * @return {xMin, xMax, yMin, yMax} in network units: the training and test points with a
     *         tenth of their span around them
     */
    static double[] bounds(Snapshot s) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Dataset d : new Dataset[] {s.data().train(), s.data().test()}) {
            for (int r = 0; r < d.rows(); r++) {
                b[0] = Math.min(b[0], d.input(r, 0));
                b[1] = Math.max(b[1], d.input(r, 0));
                b[2] = Math.min(b[2], d.input(r, 1));
                b[3] = Math.max(b[3], d.input(r, 1));
            }
        }
        if (!(b[1] > b[0])) {
            b[0] = -1;
            b[1] = 1;
        }
        if (!(b[3] > b[2])) {
            b[2] = -1;
            b[3] = 1;
        }
        double mx = 0.1 * (b[1] - b[0]);
        double my = 0.1 * (b[3] - b[2]);
        return new double[] {b[0] - mx, b[1] + mx, b[2] - my, b[3] + my};
    }

    private static WritableImage[][] images(NeuronMaps m) {
        Architecture arch = m.parameters().architecture();
        int side = m.side();
        WritableImage[][] out = new WritableImage[arch.layerCount()][];
        for (int l = 0; l < arch.layerCount(); l++) {
            Activation g = arch.activations().get(l);
            out[l] = new WritableImage[arch.unitsOf(l)];
            for (int u = 0; u < arch.unitsOf(l); u++) {
                int[] argb = MapShading.shade(g, m.unitValues(l, u));
                WritableImage img = new WritableImage(side, side);
                img.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), argb, 0, side);
                out[l][u] = img;
            }
        }
        return out;
    }
}
