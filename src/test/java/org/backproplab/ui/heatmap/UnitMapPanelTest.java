package org.backproplab.ui.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.PlaneForward;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.Stepper;
import org.backproplab.ui.views.DecisionRegionView;
import org.backproplab.ui.views.GraphSelection;
import org.backproplab.ui.views.NetworkGraphView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A hovered or clicked unit's map, drawn large on the decision plane, and the ways back. */
class UnitMapPanelTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private record Shown(NetworkGraphView graph, DecisionRegionView plane, UnitMapPanel maps, Scene scene) {
    }

    // the graph beside the decision-region panel, as the main window has them, showing a snapshot
    private static Shown show(Snapshot s) throws Exception {
        return fx(() -> {
            NetworkGraphView graph = new NetworkGraphView();
            NeuronMapOverlay overlay = new NeuronMapOverlay(graph::redrawOverlay);
            graph.setNodeOverlay(overlay);
            DecisionRegionView plane = new DecisionRegionView();
            Label title = new Label("Decision regions");
            title.getStyleClass().add("panel-title");
            VBox box = new VBox(title, plane);
            VBox.setVgrow(plane, Priority.ALWAYS);
            StackPane panel = new StackPane(box);
            UnitMapPanel maps = new UnitMapPanel(graph, plane, overlay, panel);
            HBox root = new HBox(graph, panel);
            HBox.setHgrow(graph, Priority.ALWAYS);
            panel.setPrefWidth(420);
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            Scene scene = new Scene(root, 1100, 600);
            stage.setScene(scene);
            stage.show();
            graph.render(s);
            plane.render(s);
            maps.render(s);
            return new Shown(graph, plane, maps, scene);
        });
    }

    private static Snapshot spiralAfterOneEpoch() {
        Stepper stepper = new Stepper(LabRun.start(LabReader.read(Path.of("assets/lessons/spiral-deep.lab.json"))), 1 << 24);
        stepper.forward(Granularity.EPOCH);
        return stepper.snapshot(false);
    }

    private static UnitMapPanel.UnitMap waitForMap(UnitMapPanel maps, GraphSelection unit) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> maps.drawnMap() != null
                && maps.drawnMap().layer() == unit.layer() && maps.drawnMap().unit() == unit.unit()));
        return fx(maps::drawnMap);
    }

    @Test
    void hoveringAUnitShowsItsMapAndMovingOffGoesBack() throws Exception {
        // given the 2-8-8-8-1 spiral lesson after one epoch
        Snapshot s = spiralAfterOneEpoch();
        Shown v = show(s);
        assertNull(fx(v.maps()::shownUnit));

        // when the mouse is on the third unit of hidden layer 2
        GraphSelection unit = GraphSelection.node(2, 2);
        fx(() -> {
            v.graph().hover(unit);
            return null;
        });
        UnitMapPanel.UnitMap map = waitForMap(v.maps(), unit);
        assertEquals("Unit h⁽²⁾₃ of layer 2 — a over the input plane", fx(v.maps()::title));
        // the map covers exactly the decision plane and was computed from the snapshot shown
        assertArrayEquals(fx(v.plane()::planeBounds), map.bounds(), 0);
        assertEquals(s.parameters(), map.parameters());
        assertMatchesTheForwardPass(map, s.parameters());

        // then moving off the unit brings the decision regions back
        fx(() -> {
            v.graph().hover(null);
            return null;
        });
        assertNull(fx(v.maps()::shownUnit));
        assertEquals("", fx(v.maps()::title));
        fx(() -> {
            v.plane().dispose();
            v.maps().dispose();
            return null;
        });
    }

    @Test
    void aClickedUnitStaysUntilEscape() throws Exception {
        Snapshot s = spiralAfterOneEpoch();
        Shown v = show(s);
        GraphSelection output = GraphSelection.node(4, 0);
        fx(() -> {
            v.graph().select(output);
            return null;
        });
        UnitMapPanel.UnitMap map = waitForMap(v.maps(), output);
        assertEquals("Output y of layer 4 — a over the input plane", fx(v.maps()::title));
        assertMatchesTheForwardPass(map, s.parameters());
        // hovering another unit and moving off again keeps the clicked one
        fx(() -> {
            v.graph().hover(GraphSelection.node(1, 0));
            v.graph().hover(null);
            return null;
        });
        assertEquals(output, fx(v.maps()::shownUnit));
        // Escape goes back to the decision regions
        fx(() -> {
            v.scene().getRoot().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false,
                    false, false));
            return null;
        });
        assertNull(fx(v.maps()::shownUnit));
        fx(() -> {
            v.plane().dispose();
            v.maps().dispose();
            return null;
        });
    }

    @Test
    void clickingTheClickedUnitAgainGoesBack() throws Exception {
        Snapshot s = spiralAfterOneEpoch();
        Shown v = show(s);
        GraphSelection unit = GraphSelection.node(1, 5);
        fx(() -> {
            v.graph().select(unit);
            v.graph().hover(unit);
            return null;
        });
        waitForMap(v.maps(), unit);
        // a second click on the unit (the graph keeps it selected)
        fx(() -> {
            javafx.event.Event.fireEvent(v.graph(), mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED));
            javafx.event.Event.fireEvent(v.graph(), mouse(javafx.scene.input.MouseEvent.MOUSE_RELEASED));
            javafx.event.Event.fireEvent(v.graph(), mouse(javafx.scene.input.MouseEvent.MOUSE_CLICKED));
            return null;
        });
        assertEquals(unit, fx(() -> v.graph().selectionProperty().get()));
        assertNull(fx(v.maps()::shownUnit));
        // and the mouse still on it does not bring the map back until it moves to another unit
        GraphSelection other = GraphSelection.node(1, 6);
        fx(() -> {
            v.graph().hover(other);
            return null;
        });
        assertEquals(other, fx(v.maps()::shownUnit));
        fx(() -> {
            v.plane().dispose();
            v.maps().dispose();
            return null;
        });
    }

    private static javafx.scene.input.MouseEvent mouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type) {
        return new javafx.scene.input.MouseEvent(type, 10, 10, 10, 10, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, true, null);
    }

    // every 7th cell (display-grade) against a textbook forward pass from the weights, at the cell centre worked out here
    private static void assertMatchesTheForwardPass(UnitMapPanel.UnitMap map, Parameters p) {
        double[] b = map.bounds();
        int side = UnitMapPanel.SIDE;
        assertEquals(side * side, map.values().length);
        for (int r = 0; r < side; r += 7) {
            for (int c = 0; c < side; c += 7) {
                double x = b[0] + (c + 0.5) * (b[1] - b[0]) / side;
                double y = b[3] - (r + 0.5) * (b[3] - b[2]) / side;
                double expected = NaiveForward.activation(p, map.layer(), map.unit(), x, y);
                assertEquals(expected, map.values()[r * side + c], PlaneForward.DISPLAY_TOLERANCE, "cell " + r + "," + c);
            }
        }
    }
}
