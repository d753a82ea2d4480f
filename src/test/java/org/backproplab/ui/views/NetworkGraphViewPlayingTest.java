package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NetworkGraphView.LabelRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * While training plays the graph is redrawn at a bounded rate in its light style; paused or
 * stepped snapshots are drawn in full at once.
 */
class NetworkGraphViewPlayingTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static Snapshot withRunning(Snapshot s, boolean running) {
        return new Snapshot(s.architecture(), s.parameters(), s.pass(), s.phase(), s.iteration(), s.epoch(),
                s.batchIndex(), s.iterationsPerEpoch(), s.batchRows(), s.data(), s.epochMetrics(),
                s.iterationLosses(), running, s.atHistoryStart(), s.message(), s.firstLossIteration());
    }

    private static NetworkGraphView shownView() {
        NetworkGraphView view = new NetworkGraphView();
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(view), 900, 560));
        stage.show();
        view.applyCss();
        view.layout();
        return view;
    }

    @Test
    void whilePlayingANewSnapshotIsHeldBackFor200msAndPausingShowsTheNewestAtOnce() {
        IrisRun run = new IrisRun(4, 3);
        run.trainEpochs(1);
        Snapshot first = run.snapshotAt(6);
        Snapshot second = run.snapshotAt(6);
        GraphSelection output = GraphSelection.node(2, 0);
        String[] shown = Fx.call(() -> {
            String firstAlone = shownLabel(first, output);
            String secondAlone = shownLabel(second, output);
            long[] now = {1_000_000_000L};
            NetworkGraphView view = shownView();
            view.throttle().setClock(() -> now[0]);
            view.render(withRunning(first, true));
            String afterFirst = view.labelFor(output, LabelRole.VALUE);
            now[0] += 199_000_000L;
            view.render(withRunning(second, true));
            String heldBack = view.labelFor(output, LabelRole.VALUE);
            view.render(withRunning(second, false));
            String paused = view.labelFor(output, LabelRole.VALUE);
            return new String[] {firstAlone, secondAlone, afterFirst, heldBack, paused};
        });
        // the two iterations show different output values, so the label tells which one is drawn
        assertNotEquals(shown[0], shown[1]);
        assertEquals(shown[0], shown[2]);
        assertEquals(shown[0], shown[3]);
        assertEquals(shown[1], shown[4]);
    }

    @Test
    void whilePlayingTheNextSnapshotIsDrawnOnce200msHavePassed() {
        IrisRun run = new IrisRun(4, 3);
        run.trainEpochs(1);
        Snapshot first = run.snapshotAt(6);
        Snapshot second = run.snapshotAt(6);
        GraphSelection output = GraphSelection.node(2, 0);
        String[] shown = Fx.call(() -> {
            String secondAlone = shownLabel(second, output);
            long[] now = {1_000_000_000L};
            NetworkGraphView view = shownView();
            view.throttle().setClock(() -> now[0]);
            view.render(withRunning(first, true));
            now[0] += 200_000_000L;
            view.render(withRunning(second, true));
            return new String[] {secondAlone, view.labelFor(output, LabelRole.VALUE)};
        });
        assertEquals(shown[0], shown[1]);
    }

    @Test
    void lightEdgeWidthsFallIntoFourEqualBandsOfTheLargestWeight() {
        // |w| / max |w| in [0, ¼) → 0, [¼, ½) → 1, [½, ¾) → 2, [¾, 1] → 3; the sign does not matter
        assertEquals(0, LightEdges.level(0.1, 1.0));
        assertEquals(0, LightEdges.level(-0.2499, 1.0));
        assertEquals(1, LightEdges.level(0.25, 1.0));
        assertEquals(2, LightEdges.level(-1.0, 2.0));
        assertEquals(3, LightEdges.level(0.8, 1.0));
        assertEquals(3, LightEdges.level(-2.0, 2.0));
    }

    private static String shownLabel(Snapshot s, GraphSelection target) {
        NetworkGraphView view = shownView();
        view.render(s);
        return view.labelFor(target, LabelRole.VALUE);
    }
}
