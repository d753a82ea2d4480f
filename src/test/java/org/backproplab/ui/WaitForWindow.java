package org.backproplab.ui;

import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for the window's second start step (settings panel, charts, inspector). */
final class WaitForWindow {
    private WaitForWindow() {
    }

    static void complete(WindowFixture fx) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, fx.window::isComplete);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
