package org.backproplab.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The views that follow a run playing flat out, taking turns over one snapshot at a time: the
 * <em>target</em>. Each frame at most one view that has not drawn the target yet draws it (in
 * round-robin order, each no more often than its own interval); only once every shown view drew
 * it does the newest snapshot become the next target. So the views never show different
 * moments for longer than the few frames a target takes, while no frame pays for more than one
 * view's repaint (with the software renderer each costs milliseconds on the FX thread and on the
 * render thread). Used on the FX thread only.
 *
 * @param <T> what the views draw (a snapshot)
 */
final class ViewTurns<T> {
    private final List<Consumer<T>> views = new ArrayList<>();
    private final List<Long> intervals = new ArrayList<>();
    private final List<BooleanSupplier> shown = new ArrayList<>();
    private final List<T> drawn = new ArrayList<>();
    private long[] renderedAt = new long[0];
    private T target;
    private int next;

    /**
     * @param intervalNanos smallest time between two renders of the view while taking turns
     * @param render        renders the view
     */
    void add(long intervalNanos, Consumer<T> render) {
        add(intervalNanos, () -> true, render);
    }

    /**
     * @param intervalNanos smallest time between two renders of the view while taking turns
     * @param shown         whether the view is on screen; a hidden view takes no turn and the
     *                      target does not wait for it (it is still rendered by {@link #renderAll})
     * @param render        renders the view
     */
    void add(long intervalNanos, BooleanSupplier shown, Consumer<T> render) {
        this.shown.add(shown);
        views.add(render);
        intervals.add(intervalNanos);
        drawn.add(null);
        renderedAt = new long[views.size()];
        Arrays.fill(renderedAt, Long.MIN_VALUE / 2);
    }

    /**
     * Makes {@code newest} the target if every shown view drew the current one, then renders the
     * first shown view, starting after the one rendered last, that has not drawn the target and
     * whose interval has passed.
     *
     * @param newest the newest snapshot
     * @param now    the time, in nanoseconds
     * @return whether a view rendered
     */
    boolean renderOne(T newest, long now) {
        if (target == null || allDrew()) {
            target = newest;
        }
        int n = views.size();
        for (int i = 0; i < n; i++) {
            int k = (next + i) % n;
            if (drawn.get(k) != target && now - renderedAt[k] >= intervals.get(k) && shown.get(k).getAsBoolean()) {
                views.get(k).accept(target);
                drawn.set(k, target);
                renderedAt[k] = now;
                next = (k + 1) % n;
                return true;
            }
        }
        return false;
    }

    /** @return whether every shown view has drawn the target (true with no target yet) */
    boolean allDrew() {
        for (int k = 0; k < views.size(); k++) {
            if (drawn.get(k) != target && shown.get(k).getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    /** @return the snapshot the views are drawing, or null before the first */
    T target() {
        return target;
    }

    /** @return what each view drew last, in the order the views were added (null: nothing yet) */
    List<T> drawn() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(drawn));
    }

    /**
     * Renders every view at once with one snapshot, which becomes the target.
     *
     * @param s   the snapshot
     * @param now the time, in nanoseconds
     */
    void renderAll(T s, long now) {
        target = s;
        for (int k = 0; k < views.size(); k++) {
            views.get(k).accept(s);
            drawn.set(k, s);
            renderedAt[k] = now;
        }
    }
}
