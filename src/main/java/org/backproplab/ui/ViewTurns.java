package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.backproplab.sim.Snapshot;

/**
 * The views that follow a playing run more slowly than the decision map, taking turns: at most
 * one of them renders per frame, each no more often than its own interval, in round-robin
 * order. With the software renderer each view's repaint costs milliseconds on the FX thread and
 * on the render thread, so spreading them over frames keeps every frame short instead of
 * making some frames pay for all of them. Used on the FX thread only.
 */
final class ViewTurns {
    private final List<Consumer<Snapshot>> views = new ArrayList<>();
    private final List<Long> intervals = new ArrayList<>();
    private final List<BooleanSupplier> shown = new ArrayList<>();
    private long[] renderedAt = new long[0];
    private int next;

    /**
     * @param intervalNanos smallest time between two renders of the view while playing
     * @param render        renders the view with a snapshot
     */
    void add(long intervalNanos, Consumer<Snapshot> render) {
        add(intervalNanos, () -> true, render);
    }

    /**
     * @param intervalNanos smallest time between two renders of the view while playing
     * @param shown         whether the view is on screen; a hidden view takes no turn while
     *                      playing (it is still rendered by {@link #renderAll})
     * @param render        renders the view with a snapshot
     */
    void add(long intervalNanos, BooleanSupplier shown, Consumer<Snapshot> render) {
        this.shown.add(shown);
        views.add(render);
        intervals.add(intervalNanos);
        renderedAt = new long[views.size()];
        java.util.Arrays.fill(renderedAt, Long.MIN_VALUE / 2);
    }

    /**
     * Renders the first shown view, starting after the one rendered last, whose interval has
     * passed.
     *
     * @param s   the snapshot
     * @param now the time, in nanoseconds
     * @return whether a view rendered
     */
    boolean renderOne(Snapshot s, long now) {
        int n = views.size();
        for (int i = 0; i < n; i++) {
            int k = (next + i) % n;
            if (now - renderedAt[k] >= intervals.get(k) && shown.get(k).getAsBoolean()) {
                views.get(k).accept(s);
                renderedAt[k] = now;
                next = (k + 1) % n;
                return true;
            }
        }
        return false;
    }

    /**
     * Renders every view at once (a paused or stepped snapshot).
     *
     * @param s   the snapshot
     * @param now the time, in nanoseconds
     */
    void renderAll(Snapshot s, long now) {
        for (int k = 0; k < views.size(); k++) {
            views.get(k).accept(s);
            renderedAt[k] = now;
        }
    }
}
