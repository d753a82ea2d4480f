package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.backproplab.ui.views.NetworkGraphView.LabelRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The network graph shows the lecture example's numbers, and only those computed so far. */
class NetworkGraphViewTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static NetworkGraphView shown(int step) {
        return Fx.call(() -> {
            NetworkGraphView view = new NetworkGraphView();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(view), 900, 560));
            stage.show();
            view.render(TestSnapshots.lecture(step));
            view.applyCss();
            view.layout();
            return view;
        });
    }

    @Test
    void afterTheBackwardPassTheGraphShowsTheLectureGradientsInTheirColoursRoles() throws Exception {
        NetworkGraphView view = shown(5);
        // dJ/dy = −t/y with y = σ(0.1·h1 + 0.5·h2 − 0.1·h3) = 0.59039 → −1.6938 (lecture)
        assertEquals("−1.694", view.labelFor(GraphSelection.node(2, 0), LabelRole.GRADIENT));
        // dJ/dV_k = (y − t) h_k (lecture: −0.40961516, −0.29945768, −0.40961948)
        assertEquals("−0.4096", view.labelFor(GraphSelection.edge(2, 0, 0), LabelRole.GRADIENT));
        assertEquals("−0.2995", view.labelFor(GraphSelection.edge(2, 1, 0), LabelRole.GRADIENT));
        assertEquals("−0.4096", view.labelFor(GraphSelection.edge(2, 2, 0), LabelRole.GRADIENT));
        // dJ/dW (lecture: −3.42057777e−06, −2.01341432e−01, 1.25838681e−06 / −2.05234666e−06 …)
        assertEquals("−3.421e−6", view.labelFor(GraphSelection.edge(1, 0, 0), LabelRole.GRADIENT));
        assertEquals("−0.2013", view.labelFor(GraphSelection.edge(1, 0, 1), LabelRole.GRADIENT));
        assertEquals("1.258e−6", view.labelFor(GraphSelection.edge(1, 0, 2), LabelRole.GRADIENT));
        assertEquals("−2.052e−6", view.labelFor(GraphSelection.edge(1, 1, 0), LabelRole.GRADIENT));
        assertEquals("−0.1208", view.labelFor(GraphSelection.edge(1, 1, 1), LabelRole.GRADIENT));
        assertEquals("7.550e−7", view.labelFor(GraphSelection.edge(1, 1, 2), LabelRole.GRADIENT));
        // dJ/dh1 = δ_y · V1 = −0.40962 × 0.1
        assertEquals("−0.04096", view.labelFor(GraphSelection.node(1, 0), LabelRole.GRADIENT));
        // inputs show x; the output shows y = 0.5904
        assertEquals("5", view.labelFor(GraphSelection.node(0, 0), LabelRole.VALUE));
        assertEquals("0.5904", view.labelFor(GraphSelection.node(2, 0), LabelRole.VALUE));
        assertTrue(view.displayedLabels().contains("J = 0.5270"), view.displayedLabels().toString());
        Fx.run(() -> snapshotTo(view, "graph-backward-done.png"));
    }

    @Test
    void afterForwardLayerOneNoGradientAndNoOutputValueIsShown() {
        NetworkGraphView view = shown(1);
        for (String label : view.displayedLabels()) {
            assertTrue(!label.startsWith("J"), "loss shown too early: " + label);
        }
        for (int unit = 0; unit < 3; unit++) {
            assertEquals("", view.labelFor(GraphSelection.node(1, unit), LabelRole.GRADIENT));
            assertEquals("", view.labelFor(GraphSelection.edge(2, unit, 0), LabelRole.GRADIENT));
            for (int input = 0; input < 2; input++) {
                assertEquals("", view.labelFor(GraphSelection.edge(1, input, unit), LabelRole.GRADIENT));
            }
        }
        assertEquals("", view.labelFor(GraphSelection.node(2, 0), LabelRole.VALUE));
        assertEquals("", view.labelFor(GraphSelection.node(2, 0), LabelRole.GRADIENT));
        // h2 = σ(5·(−1) + 3·2) = σ(1) = 0.7311 is computed in FORWARD layer 1
        assertEquals("0.7311", view.labelFor(GraphSelection.node(1, 1), LabelRole.VALUE));
    }

    @Test
    void readyShowsOnlyTheInputsAndTheWeights() {
        NetworkGraphView view = shown(0);
        assertEquals("3", view.labelFor(GraphSelection.node(0, 1), LabelRole.VALUE));
        assertEquals("", view.labelFor(GraphSelection.node(1, 0), LabelRole.VALUE));
        assertEquals("−1", view.labelFor(GraphSelection.edge(1, 0, 1), LabelRole.WEIGHT));
        assertEquals(0, view.displayedLabels().stream().filter(t -> t.contains("e−") || t.startsWith("J")).count());
    }

    @Test
    void lossPhaseShowsTheOutputGradientButNoEdgeGradients() {
        NetworkGraphView view = shown(3);
        assertEquals("−1.694", view.labelFor(GraphSelection.node(2, 0), LabelRole.GRADIENT));
        assertEquals("", view.labelFor(GraphSelection.edge(2, 0, 0), LabelRole.GRADIENT));
        assertEquals("", view.labelFor(GraphSelection.node(1, 0), LabelRole.GRADIENT));
        assertTrue(view.displayedLabels().contains("J = 0.5270"));
    }

    @Test
    void backwardThroughTheOutputLayerShowsOrangeGradientsButNotYetPurpleOnes() {
        NetworkGraphView view = shown(4);
        assertEquals("−0.2995", view.labelFor(GraphSelection.edge(2, 1, 0), LabelRole.GRADIENT));
        // ∂J/∂h = δ_y · V comes out of the output layer's backward step
        assertEquals("−0.04096", view.labelFor(GraphSelection.node(1, 0), LabelRole.GRADIENT));
        assertEquals("", view.labelFor(GraphSelection.edge(1, 0, 0), LabelRole.GRADIENT));
        assertEquals("", view.labelFor(GraphSelection.node(0, 0), LabelRole.GRADIENT));
    }

    @Test
    void afterTheUpdateEdgesCarryTheNewWeights() {
        NetworkGraphView view = shown(6);
        // V1 ← 0.1 − 0.1 × (−0.40961516) = 0.14096
        assertEquals("0.1410", view.labelFor(GraphSelection.edge(2, 0, 0), LabelRole.WEIGHT));
    }

    @Test
    void hoverShowsExactValuesAndClickSelects() {
        NetworkGraphView view = shown(5);
        String hover = Fx.call(() -> {
            view.hover(GraphSelection.edge(1, 0, 0));
            return view.hoverText();
        });
        assertTrue(hover.contains("∂J/∂W₁₁ = −3.4205777"), hover);
        GraphSelection clicked = Fx.call(() -> {
            javafx.scene.Node canvas = view.getChildrenUnmodifiable().get(0);
            javafx.geometry.Point2D centre = view.nodeCentre(2, 0);
            double x = centre.getX() + 3;
            double y = centre.getY() - 2;
            canvas.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED, x, y, x, y,
                    javafx.scene.input.MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true,
                    false, false, null));
            return view.selectionProperty().get();
        });
        assertEquals(GraphSelection.node(2, 0), clicked);
    }

    @Test
    void largerNetworksDrawGradientsWithoutOverlappingNumbersAndKeepThemOnHover() {
        IrisRun run = new IrisRun(6, 7);
        run.trainEpochs(1);
        org.backproplab.sim.Snapshot s = run.snapshotAt(5);
        NetworkGraphView view = Fx.call(() -> {
            NetworkGraphView v = new NetworkGraphView();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(v), 640, 480));
            stage.show();
            v.render(s);
            v.layout();
            return v;
        });
        assertEquals("", view.labelFor(GraphSelection.edge(2, 0, 0), LabelRole.GRADIENT));
        String hover = Fx.call(() -> {
            view.hover(GraphSelection.edge(2, 0, 0));
            return view.hoverText();
        });
        assertTrue(hover.contains("∂J/∂V₁₁ = "), hover);
    }

    private static NetworkGraphView shown(org.backproplab.sim.Snapshot s, double width, double height) {
        return Fx.call(() -> {
            NetworkGraphView v = new NetworkGraphView();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(v), width, height));
            stage.show();
            v.render(s);
            v.layout();
            return v;
        });
    }

    @Test
    void aDenseIrisNetworkAtLaptopSizeShowsNodeNumbersThatNeverOverlap() {
        // 2-8-8-3 tanh/softmax after the loss and the whole backward pass; 800×420 is the
        // graph's share of a 1280×800 window
        org.backproplab.engine.Architecture arch = new org.backproplab.engine.Architecture(List.of(2, 8, 8, 3),
                List.of(org.backproplab.engine.Activation.TANH, org.backproplab.engine.Activation.TANH,
                        org.backproplab.engine.Activation.SOFTMAX), true, org.backproplab.engine.Loss.CE);
        NetworkGraphView view = shown(AnyArchitectureTest.snapshot(arch, 6, true), 800, 420);
        List<javafx.geometry.Bounds> boxes = Fx.call(view::labelBoxes);
        assertTrue(boxes.size() >= 21, "values of every node at least: " + boxes.size());
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                assertFalse(boxes.get(a).intersects(boxes.get(b)), boxes.get(a) + " overlaps " + boxes.get(b));
            }
            assertTrue(boxes.get(a).getMinX() >= 0 && boxes.get(a).getMaxX() <= 800, "inside: " + boxes.get(a));
        }
        // every output node keeps its red ∂J/∂a (a gradient with no room would fall back to a ring)
        for (int k = 0; k < 3; k++) {
            assertFalse(view.labelFor(GraphSelection.node(3, k), LabelRole.GRADIENT).isEmpty(), "output " + k);
        }
        // and so does every hidden node: beside it, level with it, clear of its value's box (not
        // between two nodes of the column, nor left to a ring for want of room)
        GraphGeometry g = Fx.call(view::geometry);
        for (int l = 1; l <= 2; l++) {
            for (int k = 0; k < 8; k++) {
                GraphSelection node = GraphSelection.node(l, k);
                assertFalse(view.labelFor(node, LabelRole.GRADIENT).isEmpty(), "hidden " + l + "," + k);
                javafx.geometry.Bounds gradient = view.labelBox(node, LabelRole.GRADIENT);
                javafx.geometry.Bounds value = view.labelBox(node, LabelRole.VALUE);
                assertEquals(g.y(l, k), (gradient.getMinY() + gradient.getMaxY()) / 2, 1e-9, "level with node " + l + "," + k);
                assertTrue(gradient.getMinX() >= Math.max(value.getMaxX(), g.x(l, k) + g.radius()), "clear of its value " + l + "," + k);
            }
        }
    }

    @Test
    void atReadyTheInputsShowTheFirstRowOfTheChosenBatch() {
        org.backproplab.sim.LabRun run = org.backproplab.sim.LabRun.start(
                org.backproplab.io.LabReader.read(TestSnapshots.lectureLab()));
        org.backproplab.sim.Snapshot ready = TestSnapshots.ofParameters(run.lab().initialParameters(), run.data(),
                new int[] {0});
        NetworkGraphView view = shown(ready, 900, 560);
        // the lecture's sample is x = (5, 3); nothing else is computed yet
        assertEquals("5", view.labelFor(GraphSelection.node(0, 0), LabelRole.VALUE));
        assertEquals("3", view.labelFor(GraphSelection.node(0, 1), LabelRole.VALUE));
        assertEquals("", view.labelFor(GraphSelection.node(1, 0), LabelRole.VALUE));
    }

    @Test
    void mazursBiasesAndTheirGradientsAreDrawnAtEachUnit() {
        // Mazur's 2-2-2: b₁ = 0.35 (hidden), b₂ = 0.60 (output); ∂E/∂b of output 1 = δo₁ = 0.138498562
        org.backproplab.sim.Stepper stepper = new org.backproplab.sim.Stepper(org.backproplab.sim.LabRun.start(
                org.backproplab.io.LabReader.read(Path.of("assets/lessons/mazur-2-2-2-biases.lab.json"))), 1 << 20);
        stepper.forward(org.backproplab.sim.Granularity.PASS);
        stepper.forward(org.backproplab.sim.Granularity.PASS);
        NetworkGraphView view = shown(stepper.snapshot(false), 900, 560);
        assertEquals("b 0.35", view.labelFor(GraphSelection.node(1, 0), LabelRole.BIAS));
        assertEquals("b 0.35", view.labelFor(GraphSelection.node(1, 1), LabelRole.BIAS));
        assertEquals("b 0.6", view.labelFor(GraphSelection.node(2, 1), LabelRole.BIAS));
        assertEquals("∂b 0.1385", view.labelFor(GraphSelection.node(2, 0), LabelRole.BIAS_GRADIENT));
        assertTrue(view.labelFor(GraphSelection.node(1, 0), LabelRole.BIAS_GRADIENT).startsWith("∂b "));
        Fx.call(() -> {
            snapshotTo(view, "mazur-biases.png");
            return null;
        });
    }

    static void snapshotTo(javafx.scene.Node node, String name) {
        try {
            PngWriter.write(node.getScene().getRoot().snapshot(null, null), Path.of("target", "screenshots", name));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
