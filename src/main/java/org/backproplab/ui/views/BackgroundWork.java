package org.backproplab.ui.views;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;

/**
 * A view's computation on its own background daemon thread, newest first (the pattern of the
 * gradient-check tab and the lab loader): {@link #start} supersedes the job in progress or
 * waiting, so only the newest job's result is installed, on the FX thread; a superseded job's
 * result is dropped. {@link #slowProperty} turns true while a job has run longer than
 * {@link #SLOW_MILLIS}, for a progress note. Start and dispose on the FX thread.
 *
 * @param <T> what a job computes
 */
public final class BackgroundWork<T> {
    /** How long a job runs before the view says it is working. */
    public static final double SLOW_MILLIS = 300;

    private final ExecutorService worker;
    private final AtomicReference<Job<T>> pending = new AtomicReference<>();
    private final ReadOnlyBooleanWrapper slow = new ReadOnlyBooleanWrapper(false);
    private final PauseTransition slowAfter = new PauseTransition(Duration.millis(SLOW_MILLIS));
    private volatile String lastThread = "";
    // the newest job started (FX thread): only its result is installed
    private Job<T> newest;
    private boolean draining;

    private record Job<T>(Supplier<T> work, Consumer<T> install) {
    }

    /** @param threadName the name of the background thread */
    public BackgroundWork(String threadName) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        slowAfter.setOnFinished(e -> slow.set(newest != null));
    }

    /**
     * Starts a job, superseding any job in progress or waiting.
     *
     * @param work    the computation (runs on the background thread; must not touch JavaFX)
     * @param install takes its result on the FX thread, unless a newer job was started meanwhile
     */
    public void start(Supplier<T> work, Consumer<T> install) {
        Job<T> job = new Job<>(work, install);
        newest = job;
        pending.set(job);
        slowAfter.playFromStart();
        synchronized (this) {
            if (draining) {
                return;
            }
            draining = true;
        }
        try {
            worker.execute(this::drain);
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                draining = false;
            }
        }
    }

    /** Drops the job in progress or waiting (its result is not installed). */
    public void cancel() {
        newest = null;
        pending.set(null);
        slowAfter.stop();
        slow.set(false);
    }

    /** @return whether a job has been running longer than {@link #SLOW_MILLIS} */
    public ReadOnlyBooleanProperty slowProperty() {
        return slow.getReadOnlyProperty();
    }

    /** @return the name of the thread that ran the last finished job ("" before any), for tests */
    public String lastThread() {
        return lastThread;
    }

    /** Stops the background thread. */
    public void dispose() {
        cancel();
        worker.shutdownNow();
    }

    private void drain() {
        while (true) {
            Job<T> job;
            synchronized (this) {
                job = pending.getAndSet(null);
                if (job == null) {
                    draining = false;
                    return;
                }
            }
            try {
                T result = job.work().get();
                lastThread = Thread.currentThread().getName() + (Platform.isFxApplicationThread() ? " (FX)" : "");
                Platform.runLater(() -> installIfNewest(job, result));
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (newest == job) {
                        finish();
                    }
                });
            }
        }
    }

    private void installIfNewest(Job<T> job, T result) {
        if (newest != job) {
            return;
        }
        finish();
        job.install().accept(result);
    }

    private void finish() {
        newest = null;
        slowAfter.stop();
        slow.set(false);
    }
}
