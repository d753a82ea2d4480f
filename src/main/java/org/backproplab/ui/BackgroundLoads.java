package org.backproplab.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backproplab.sim.LabFiles;

/**
 * Loads labs on one background daemon thread ("lab-loader"), one load at a time: a new load
 * overtakes the one in progress, and {@link #cancel} stops waiting for it. Its properties say
 * whether a load is on and what stage it is at; results arrive on the FX thread. Used from the
 * FX thread only.
 */
final class BackgroundLoads {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lab-loader");
        t.setDaemon(true);
        return t;
    });
    /** The load in progress, or null. */
    private Loading loading;

    /** One load: its future, its work on the loader thread and whether it was called off. */
    private static final class Loading {
        final CompletableFuture<Boolean> done = new CompletableFuture<>();
        volatile boolean cancelled;
        Future<?> work;

        void callOff() {
            cancelled = true;
            if (work != null) {
                work.cancel(true);
            }
        }
    }

    /** @return whether a load is in progress */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return the stage of the load in progress, e.g. "Loading the data of datasets/iris.csv…", or "" */
    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /**
     * Starts a load, overtaking any load in progress.
     *
     * @param what   the first stage text, e.g. "Opening lab.json"
     * @param work   the loading itself (runs on the loader thread)
     * @param <T>    what the loading gives: a run ready to train, a graph lab
     * @param arrive takes what was loaded (FX thread), unless the load was cancelled or overtaken
     * @return completed on the FX thread: true once {@code arrive} ran, false when cancelled or
     *         overtaken, exceptionally with the work's exception
     */
    <T> CompletableFuture<Boolean> start(String what, Function<LabFiles.Progress, T> work, Consumer<T> arrive) {
        if (loading != null) {
            loading.callOff();
            loading.done.complete(false);
        }
        Loading l = new Loading();
        loading = l;
        busy.set(true);
        text.set(what + "…");
        LabFiles.Progress progress = new LabFiles.Progress(stage -> Platform.runLater(() -> {
            if (loading == l) {
                text.set(stage + "…");
            }
        }), () -> l.cancelled);
        try {
            l.work = loader.submit(() -> {
                try {
                    T ready = work.apply(progress);
                    Platform.runLater(() -> arrived(l, ready, arrive));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> failed(l, e));
                }
            });
        } catch (RejectedExecutionException e) {
            finish(l);
            l.done.complete(false);
        }
        return l.done;
    }

    /**
     * Stops waiting for the load in progress; its result is discarded.
     *
     * @return whether a load was in progress
     */
    boolean cancel() {
        Loading l = loading;
        if (l == null) {
            return false;
        }
        l.callOff();
        finish(l);
        l.done.complete(false);
        return true;
    }

    /**
     * @param failure how a future from {@link #start} failed
     * @return the one-line reason (the message of the lab or data error)
     */
    static String reason(Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Stops the loader thread. */
    void close() {
        loader.shutdownNow();
    }

    private <T> void arrived(Loading l, T ready, Consumer<T> arrive) {
        if (l != loading || l.cancelled) {
            return;
        }
        finish(l);
        arrive.accept(ready);
        l.done.complete(true);
    }

    private void failed(Loading l, RuntimeException e) {
        boolean current = l == loading;
        if (current) {
            finish(l);
        }
        if (!current || l.cancelled || e instanceof CancellationException) {
            l.done.complete(false);
        } else {
            l.done.completeExceptionally(e);
        }
    }

    private void finish(Loading l) {
        if (loading == l) {
            loading = null;
            busy.set(false);
            text.set("");
        }
    }
}
