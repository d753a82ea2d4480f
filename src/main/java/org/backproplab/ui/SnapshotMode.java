package org.backproplab.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.Snapshot;

/**
 * {@code app LAB --snapshot FILE.png --steps N}: runs N iterations, waits until the window has
 * rendered the resulting snapshot and a few more frames have passed (so views that compute in
 * the background have drawn it), writes the PNG and exits.
 */
final class SnapshotMode {
    /** Frames to wait after the final snapshot was rendered. */
    private static final int SETTLE_FRAMES = 30;

    private final MainWindow window;
    private final Path file;
    private final int steps;
    private final IntConsumer exit;
    private volatile Snapshot target;
    private long renderedAtFrame = -1;

    /**
     * @param window the window to photograph
     * @param file   the PNG to write
     * @param steps  iterations to run first
     * @param exit   ends the application with an exit code (0 after writing, 1 on failure)
     */
    SnapshotMode(MainWindow window, Path file, int steps, IntConsumer exit) {
        this.window = window;
        this.file = file;
        this.steps = steps;
        this.exit = exit;
    }

    /**
     * System property: "true" turns the neuron maps on before the picture (for screenshots of
     * them); with {@link #UNIT_PROPERTY} "layer,unit" (e.g. "2,0") that unit is clicked, so its
     * map shows large on the decision plane.
     */
    static final String MAPS_PROPERTY = "backproplab.neuronMaps";
    /** System property: the unit clicked before the picture, "layer,unit" (layer 1..L, unit from 0). */
    static final String UNIT_PROPERTY = "backproplab.unit";

    void start() {
        if (Boolean.getBoolean(MAPS_PROPERTY)) {
            window.showNeuronMaps(true);
        }
        String unit = System.getProperty(UNIT_PROPERTY, "");
        if (unit.matches("\\d+,\\d+")) {
            String[] parts = unit.split(",");
            window.viewModel().selectionProperty().set(org.backproplab.ui.views.GraphSelection.node(
                    Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
        }
        var graph = window.viewModel().graphLabProperty().get();
        if (graph != null) {
            // a graph lab: N node steps, then a few frames to lay them out
            for (int i = 0; i < steps; i++) {
                graph.stepForward();
            }
            long startFrame = window.frames();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (window.frames() - startFrame >= SETTLE_FRAMES) {
                        stop();
                        write();
                    }
                }
            }.start();
            return;
        }
        var run = window.viewModel().run();
        for (int i = 0; i < steps; i++) {
            run.stepForward(Granularity.ITERATION);
        }
        run.flush().orTimeout(10, TimeUnit.MINUTES).whenComplete((s, error) -> {
            if (error != null) {
                Platform.runLater(() -> {
                    System.err.println("snapshot: training did not finish: " + error.getMessage());
                    exit.accept(1);
                });
            }
            target = s;
        });
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                Snapshot t = target;
                if (t == null || window.renderedSnapshot() != t) {
                    return;
                }
                if (renderedAtFrame < 0) {
                    renderedAtFrame = window.frames();
                }
                if (window.frames() - renderedAtFrame >= SETTLE_FRAMES) {
                    stop();
                    write();
                }
            }
        }.start();
    }

    private void write() {
        try {
            WindowImage.writePng(window.getScene(), file);
        } catch (IOException e) {
            System.err.println(file + ": cannot write the snapshot: " + e.getMessage());
            exit.accept(1);
            return;
        }
        exit.accept(0);
    }
}
