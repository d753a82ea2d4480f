package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lays the five views out as the main window will (graph centre, decision regions and
 * activation plot right, loss chart bottom, inspector far right), renders real snapshots and
 * writes PNGs to target/screenshots for a person to look at.
 */
class ViewsScreenshotTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    /** The five views in one window. */
    static final class Layout {
        final NetworkGraphView graph = new NetworkGraphView();
        final InspectorPane inspector = new InspectorPane();
        final ActivationPlotView activation = new ActivationPlotView();
        final LossChartView loss = new LossChartView();
        final DecisionRegionView regions = new DecisionRegionView();
        final Stage stage = new Stage();

        Layout(double width, double height, boolean presenter) {
            SplitPane right = new SplitPane(regions, activation);
            right.setOrientation(Orientation.VERTICAL);
            SplitPane middle = new SplitPane(graph, right, inspector);
            middle.setDividerPositions(0.5, 0.76);
            SplitPane all = new SplitPane(middle, loss);
            all.setOrientation(Orientation.VERTICAL);
            all.setDividerPositions(0.72);
            BorderPane root = new BorderPane(all);
            Scene scene = new Scene(root, width, height);
            scene.getStylesheets().add(NetworkGraphView.class.getResource("views.css").toExternalForm());
            stage.setScene(scene);
            graph.selectionProperty().addListener((o, was, now) -> inspector.render(lastSnapshot, now));
            graph.setPresenterMode(presenter);
            inspector.setPresenterMode(presenter);
            activation.setPresenterMode(presenter);
            loss.setPresenterMode(presenter);
            regions.setPresenterMode(presenter);
            if (width <= 1280 && height <= 800) {
                stage.show();
            } else {
                // larger than the headless screen: lay out and snapshot the scene without a window
                root.applyCss();
                root.layout();
            }
        }

        Snapshot lastSnapshot;

        void render(Snapshot s) {
            lastSnapshot = s;
            graph.render(s);
            inspector.render(s, graph.selectionProperty().get());
            activation.render(s);
            loss.render(s);
            regions.render(s);
        }
    }

    private static Path shoot(Layout layout, String name) throws Exception {
        int grids = Fx.call(() -> layout.regions.gridsDrawn());
        if (layout.regions.note() == null) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.call(() -> layout.regions.gridsDrawn()) > 0);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Path.of("target", "screenshots", name);
        Image image = Fx.call(() -> layout.stage.getScene().snapshot(null));
        PngWriter.write(image, file);
        assertTrue(distinctColours(image) > 50, name + " looks blank (grids " + grids + ")");
        Fx.run(() -> {
            layout.regions.dispose();
            layout.stage.close();
        });
        return file;
    }

    private static int distinctColours(Image image) {
        PixelReader reader = image.getPixelReader();
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(reader.getArgb(x, y));
            }
        }
        return colours.size();
    }

    @Test
    void lectureExampleAfterTheBackwardPassWithW11Inspected() throws Exception {
        Layout layout = Fx.call(() -> new Layout(1280, 800, false));
        Fx.run(() -> {
            layout.render(TestSnapshots.lecture(5));
            layout.graph.select(GraphSelection.edge(1, 0, 0));
            layout.inspector.setLearningRate(0.1);
        });
        shoot(layout, "lecture-backward-1280x800.png");
    }

    @Test
    void lectureExampleAfterForwardLayerOneShowsNoGradients() throws Exception {
        Layout layout = Fx.call(() -> new Layout(1280, 800, false));
        Fx.run(() -> {
            layout.render(TestSnapshots.lecture(1));
            layout.graph.select(GraphSelection.node(1, 0));
            layout.graph.hover(GraphSelection.node(1, 1));
        });
        shoot(layout, "lecture-forward1-hover-1280x800.png");
    }

    @Test
    void lectureExampleInPresenterModeAt1920x1080() throws Exception {
        Layout layout = Fx.call(() -> new Layout(1920, 1080, true));
        Fx.run(() -> {
            layout.render(TestSnapshots.lecture(5));
            layout.graph.select(GraphSelection.edge(2, 0, 0));
        });
        shoot(layout, "lecture-presenter-1920x1080.png");
    }

    @Test
    void irisSoftmaxMidTraining() throws Exception {
        IrisRun run = new IrisRun(6, 7);
        run.trainEpochs(30);
        Snapshot s = run.snapshotAt(5);
        Layout layout = Fx.call(() -> new Layout(1280, 800, false));
        Fx.run(() -> {
            layout.render(s);
            layout.graph.select(GraphSelection.edge(1, 1, 2));
        });
        shoot(layout, "iris-training-1280x800.png");
    }

    @Test
    void irisSoftmaxAt1920x1080WithAnOutputNodeInspected() throws Exception {
        IrisRun run = new IrisRun(8, 11);
        run.trainEpochs(60);
        Snapshot s = run.snapshotAt(3);
        Layout layout = Fx.call(() -> new Layout(1920, 1080, false));
        Fx.run(() -> {
            layout.activation.layerProperty().set(2);
            layout.loss.logScaleProperty().set(true);
            layout.render(s);
            layout.graph.select(GraphSelection.node(2, 1));
        });
        shoot(layout, "iris-loss-phase-1920x1080.png");
    }

    @Test
    void deepReluNetworkDuringTheBackwardPassAndAPerceptron() throws Exception {
        org.backproplab.engine.Architecture deep = new org.backproplab.engine.Architecture(java.util.List.of(2, 5, 4, 3, 1),
                java.util.List.of(org.backproplab.engine.Activation.RELU, org.backproplab.engine.Activation.RELU,
                        org.backproplab.engine.Activation.TANH, org.backproplab.engine.Activation.SIGMOID), true,
                org.backproplab.engine.Loss.BCE);
        Layout layout = Fx.call(() -> new Layout(1280, 800, false));
        Fx.run(() -> {
            layout.activation.layerProperty().set(2);
            layout.render(AnyArchitectureTest.snapshot(deep, 7, true));
            layout.graph.select(GraphSelection.edge(3, 1, 2));
        });
        shoot(layout, "deep-relu-backward-1280x800.png");
        org.backproplab.engine.Architecture perceptron = new org.backproplab.engine.Architecture(java.util.List.of(2, 1),
                java.util.List.of(org.backproplab.engine.Activation.STEP), true, org.backproplab.engine.Loss.PERCEPTRON);
        Layout small = Fx.call(() -> new Layout(1280, 800, false));
        Fx.run(() -> {
            small.render(AnyArchitectureTest.snapshot(perceptron, 3, true));
            small.graph.select(GraphSelection.edge(1, 0, 0));
        });
        shoot(small, "perceptron-backward-1280x800.png");
    }
}
