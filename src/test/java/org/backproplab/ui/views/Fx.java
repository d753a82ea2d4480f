package org.backproplab.ui.views;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread (headless Monocle, started once per JVM). */
final class Fx {
    private Fx() {
    }

    static void start() {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
    }

    static <T> T call(Callable<T> task) {
        try {
            return WaitForAsyncUtils.asyncFx(task).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    static void run(Runnable task) {
        call(() -> {
            task.run();
            return null;
        });
    }
}
