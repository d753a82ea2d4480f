package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.backproplab.ui.views.ActivationPlotView;
import org.backproplab.ui.views.DecisionRegionView;
import org.backproplab.ui.views.InspectorPane;
import org.backproplab.ui.views.LossChartView;
import org.backproplab.ui.views.NetworkGraphView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's two-step opening: graph and toolbar in the first frame, the other views after it. */
@ExtendWith(ApplicationExtension.class)
class MainWindowStartTest {
    private static final List<Class<? extends Node>> DEFERRED = List.of(LossChartView.class,
            ActivationPlotView.class, DecisionRegionView.class, InspectorPane.class, SettingsPanel.class);

    private WindowFixture fx;
    private List<Integer> deferredBeforeFirstFrame;
    private int graphsBeforeFirstFrame;
    private boolean completeBeforeFirstFrame;

    @Start
    void start(Stage stage) {
        fx = new WindowFixture(stage, WindowFixture.lecture());
        // still inside this FX event: no pulse has run, so this is what the first frame holds
        graphsBeforeFirstFrame = count(fx.window, NetworkGraphView.class);
        deferredBeforeFirstFrame = DEFERRED.stream().map(type -> count(fx.window, type)).toList();
        completeBeforeFirstFrame = fx.window.isComplete();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(fx::close);
    }

    @Test
    void theFirstFrameHoldsTheGraphAndTheOtherViewsFollowRightAfterIt(FxRobot robot) throws Exception {
        // given the window just shown: the graph, toolbar and readout are there, the rest not yet
        assertEquals(1, graphsBeforeFirstFrame);
        assertEquals(List.of(0, 0, 0, 0, 0), deferredBeforeFirstFrame);
        assertFalse(completeBeforeFirstFrame);
        assertNotNull(robot.lookup("#stepButton").query());

        // when the first frame has been drawn, then every view is in place exactly once
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, fx.window::isComplete);
        WaitForAsyncUtils.waitForFxEvents();
        for (Class<? extends Node> type : DEFERRED) {
            assertEquals(1, count(fx.window, type), type.getSimpleName());
        }
        assertNotNull(robot.lookup("#menuBar").query());
        // and the views show the lab's first snapshot
        assertTrue(fx.window.renderedSnapshot() != null);
        assertEquals(List.of(2, 3, 1), fx.window.renderedSnapshot().architecture().sizes());
    }

    private static int count(Node root, Class<? extends Node> type) {
        int n = type.isInstance(root) ? 1 : 0;
        if (root instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                n += count(child, type);
            }
        }
        return n;
    }
}
