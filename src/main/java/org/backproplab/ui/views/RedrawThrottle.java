package org.backproplab.ui.views;

import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Limits how often a chart that changes continuously (every frame while training runs flat
 * out) is redrawn: JFreeChart repaints the whole chart on every change, which costs several
 * milliseconds, so continuous changes are shown at most every {@link #INTERVAL_NANOS}. A
 * change that is held back stays pending and is drawn by a later call once the interval has
 * passed, or else by a one-shot timer, so the final state is always shown even when no further
 * render call comes. Used on the FX thread only.
 */
final class RedrawThrottle {
    /** Smallest time between two redraws caused by continuous changes: 80 ms (12.5 per second). */
    static final long INTERVAL_NANOS = 80_000_000L;

    private final long intervalNanos;
    private LongSupplier clock = System::nanoTime;
    private long lastRedraw = Long.MIN_VALUE / 2;
    private final PauseTransition flushTimer;

    /**
     * @param flush draws whatever is pending; run by the timer when a held-back change is not
     *              drawn by a later call in time
     */
    RedrawThrottle(Runnable flush) {
        this(flush, INTERVAL_NANOS);
    }

    /**
     * @param flush         as for {@link #RedrawThrottle(Runnable)}
     * @param intervalNanos smallest time between two redraws caused by continuous changes
     */
    RedrawThrottle(Runnable flush, long intervalNanos) {
        this.intervalNanos = intervalNanos;
        flushTimer = new PauseTransition(Duration.millis(intervalNanos / 1e6 + 5));
        flushTimer.setOnFinished(e -> flush.run());
    }

    /** Arms the timer that draws a held-back change if no later call does. */
    void heldBack() {
        if (flushTimer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
            flushTimer.playFromStart();
        }
    }

    /** @return whether a redraw may happen now; if so, it is counted as done */
    boolean tryRedraw() {
        long now = clock.getAsLong();
        if (now - lastRedraw < intervalNanos) {
            return false;
        }
        lastRedraw = now;
        return true;
    }

    /** Records a redraw that was not throttled (a structural change drawn at once). */
    void redrawn() {
        lastRedraw = clock.getAsLong();
    }

    /** @param clock nanosecond clock (tests use a manual one) */
    void setClock(LongSupplier clock) {
        this.clock = clock;
    }
}
