package org.backproplab.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backproplab.bench.JitWatch;
import org.backproplab.io.LabFile;
import org.backproplab.io.Lessons;
import org.backproplab.sim.LabRun;
import org.backproplab.ui.views.DecisionRegionView;

/**
 * The UI benchmark ({@code bench ui}): opens the real main window on a lab, plays flat out and,
 * after a warm-up, records every frame's pulse time stamp (the {@link AnimationTimer} {@code now};
 * a pulse in which nothing changed draws nothing and is not counted) for a number of seconds,
 * with the decision-map grids drawn, the snapshots rendered, the iterations the training thread
 * completed meanwhile and the processor time each group of threads used (training, FX, Prism's
 * renderer, the decision-map grid). Needs a display (under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24"}).
 */
public final class UiBenchmark {
    /** Window size: what the app opens with on a screen of at least this size. */
    static final double WIDTH = 1280;
    /** Window height. */
    static final double HEIGHT = 800;

    private UiBenchmark() {
    }

    /**
     * What one run measured.
     *
     * @param seconds                  length of the recording
     * @param frames                   frames recorded: pulses in which the scene changed (pulses
     *                                 without a change render nothing and are not counted)
     * @param framesPerSecond          frames / seconds
     * @param p99FrameMillis           99th percentile of the time between consecutive frames
     * @param maxFrameMillis           longest time between consecutive frames
     * @param iterationsPerSecond      training iterations completed per second
     * @param mapUpdatesPerSecond      decision-map grids drawn per second
     * @param framesWithNewMap         fraction of frames showing a grid newer than the frame before
     * @param snapshotsPerSecond       distinct snapshots the views rendered per second
     * @param gridCells                cells along each side of the decision map
     * @param width                    window width
     * @param height                   window height
     * @param idlePulses               pulses without a change, left out of the frames
     * @param cores                    processor cores used meanwhile per thread group (training,
     *                                 fx, render, grid, process = all threads incl. JIT and GC);
     *                                 empty where /proc is unavailable
     * @param warmupSeconds            playing time before the recording (until the JIT settled)
     * @param neuronMapsPerSecond      full sets of neuron maps (every unit's map) computed per
     *                                 second, 0 for a network without two inputs
     * @param neuronMapSetMillis       mean time to compute one full set of neuron maps, 0 without any
     */
    public record Result(double seconds, long frames, double framesPerSecond, double p99FrameMillis,
                         double maxFrameMillis, double iterationsPerSecond, double mapUpdatesPerSecond,
                         double framesWithNewMap, double snapshotsPerSecond, int gridCells, int width, int height,
                         int idlePulses, Map<String, Double> cores, double warmupSeconds,
                         double neuronMapsPerSecond, double neuronMapSetMillis) {

        /** @return one line of {@code key=value} pairs, the leading keys as BENCHMARKS.md names them */
        public String line() {
            StringBuilder cpu = new StringBuilder();
            cores.forEach((group, used) ->
                    cpu.append(String.format(java.util.Locale.ROOT, " cpu_%s=%.2f", group, used)));
            return String.format(java.util.Locale.ROOT,
                    "workload=ui fps=%.1f p99_frame_ms=%.1f iterations_per_s=%.0f decision_map_updates_per_s=%.1f"
                            + " grid=%dx%d frames_with_new_map=%.2f snapshots_rendered_per_s=%.1f max_frame_ms=%.1f"
                            + " frames=%d idle_pulses=%d seconds=%.1f warmup_s=%.1f window=%dx%d",
                    framesPerSecond, p99FrameMillis, iterationsPerSecond, mapUpdatesPerSecond, gridCells, gridCells,
                    framesWithNewMap, snapshotsPerSecond, maxFrameMillis, frames, idlePulses, seconds, warmupSeconds,
                    width, height) + String.format(java.util.Locale.ROOT, " neuron_maps_per_s=%.1f neuron_map_set_ms=%.3f",
                    neuronMapsPerSecond, neuronMapSetMillis)
                    + cpu;
        }
    }

    /**
     * Starts JavaFX, runs the benchmark and shuts JavaFX down again (once per process).
     *
     * @param lab           the lab to train
     * @param warmupSeconds playing time before the recording starts
     * @param seconds       recording time
     * @return the figures
     * @throws IllegalStateException when the window cannot be opened or the run does not finish
     */
    public static Result run(LabFile lab, double warmupSeconds, double seconds) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                open(lab, warmupSeconds, seconds, result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get((long) (warmupSeconds + seconds) + 60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ui benchmark interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException("ui benchmark failed: " + (cause.getMessage() == null ? cause : cause.getMessage()));
        } catch (TimeoutException e) {
            throw new IllegalStateException("ui benchmark did not finish in time");
        } finally {
            Platform.exit();
        }
    }

    private static void open(LabFile lab, double warmupSeconds, double seconds, CompletableFuture<Result> result) {
        List<Lessons.Lesson> lessons = Lessons.builtIn();
        MainViewModel vm = new MainViewModel(LabRun.start(lab));
        MainWindow window = new MainWindow(vm, lessons);
        // the benchmark measures the window with every neuron's map on (a 2-input network)
        window.showNeuronMaps(true);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(WIDTH, screen.getWidth());
        double height = Math.min(HEIGHT, screen.getHeight());
        vm.settingsVisibleProperty().set(width >= 1600);
        Scene scene = BackpropLabApp.createScene(window, width, height);
        Stage stage = new Stage();
        stage.setTitle("Backprop Lab — UI benchmark");
        stage.setScene(scene);
        stage.show();
        window.start();
        vm.speedPositionProperty().set(1);
        // the benchmark plays past the lab's own epoch count (where Play in the window stops)
        vm.run().setEpochLimit(Integer.MAX_VALUE);
        vm.play();
        Recorder recorder = new Recorder(window, (long) (warmupSeconds * 1e9), (long) (seconds * 1e9), r -> {
            vm.pause();
            window.stop();
            vm.close();
            stage.close();
            try {
                result.complete(r.finish((int) width, (int) height));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        recorder.start();
    }

    /** Records the frames of the measured interval on the FX thread. */
    private static final class Recorder extends AnimationTimer {
        private final MainWindow window;
        private DecisionRegionView regions;
        private static final long JIT_QUIET_NANOS = 1_000_000_000L;
        private static final long MAX_WARMUP_NANOS = 30_000_000_000L;
        private final JitWatch jit = new JitWatch(System.nanoTime());
        private final long warmupNanos;
        private final long recordNanos;
        private final java.util.function.Consumer<Recorder> done;
        private long[] stamps = new long[4096];
        private int count;
        private long first = -1;
        private long startIteration;
        private long endIteration;
        private int startGrids;
        private int lastGrids;
        private long startMapSets;
        private long lastMapSets;
        private long startMapNanos;
        private long lastMapNanos;
        private int lastMapSnapshots;
        private int idlePulses;
        private int framesWithNewMap;
        private Object lastSnapshot;
        private int snapshotsRendered;
        private Map<String, Double> cpuAtStart = Map.of();
        private Map<String, Double> cpuAtEnd = Map.of();

        /**
         * The warm-up lasts the given time and on until the JIT compilers have been idle for
         * {@link #JIT_QUIET_NANOS} (JavaFX's, JFreeChart's and the views' code is measured
         * compiled, as a window that has been open a while runs it), at most {@link #MAX_WARMUP_NANOS}.
         */
        private boolean warmedUp(long now) {
            long quiet = jit.quietNanos(System.nanoTime());
            return now - first >= MAX_WARMUP_NANOS || now - first >= warmupNanos && quiet >= JIT_QUIET_NANOS;
        }

        Recorder(MainWindow window, long warmupNanos, long recordNanos, java.util.function.Consumer<Recorder> done) {
            this.window = window;
            this.warmupNanos = warmupNanos;
            this.recordNanos = recordNanos;
            this.done = done;
        }

        @Override
        public void handle(long now) {
            if (!window.isComplete()) {
                return;
            }
            if (first < 0) {
                first = now;
                regions = window.decisionRegions();
                return;
            }
            if (count == 0 && !warmedUp(now)) {
                return;
            }
            int grids = regions.gridsDrawn();
            int mapSnapshots = regions.snapshotsShown();
            Object shown = window.renderedSnapshot();
            // a pulse is a frame only when the scene changed since the last one (JavaFX renders
            // nothing otherwise): a new grid, batch rings for a new snapshot, or views redrawn
            boolean changed = grids != lastGrids || mapSnapshots != lastMapSnapshots || shown != lastSnapshot;
            lastMapSnapshots = mapSnapshots;
            if (count == 0) {
                startIteration = window.viewModel().run().latest().iteration();
                startGrids = grids;
                startMapSets = window.neuronMapSets();
                startMapNanos = window.neuronMapNanos();
                cpuAtStart = ThreadCpu.read();
            } else if (changed) {
                if (grids != lastGrids) {
                    framesWithNewMap++;
                }
                if (shown != lastSnapshot) {
                    snapshotsRendered++;
                }
            } else {
                idlePulses++;
            }
            lastGrids = grids;
            lastMapSets = window.neuronMapSets();
            lastMapNanos = window.neuronMapNanos();
            lastSnapshot = shown;
            if (count == 0 || changed) {
                if (count == stamps.length) {
                    stamps = Arrays.copyOf(stamps, 2 * count);
                }
                stamps[count++] = now;
            }
            if (now - stamps[0] >= recordNanos) {
                endIteration = window.viewModel().run().latest().iteration();
                cpuAtEnd = ThreadCpu.read();
                stop();
                done.accept(this);
            }
        }

        Result finish(int width, int height) {
            if (count < 2) {
                throw new IllegalStateException("the window drew no frame while recording (did training stop?)");
            }
            double seconds = (stamps[count - 1] - stamps[0]) / 1e9;
            long[] gaps = new long[count - 1];
            for (int i = 1; i < count; i++) {
                gaps[i - 1] = stamps[i] - stamps[i - 1];
            }
            Arrays.sort(gaps);
            // 99th percentile by the nearest-rank method
            int rank = (int) Math.ceil(0.99 * gaps.length) - 1;
            int intervals = count - 1;
            return new Result(seconds, intervals, intervals / seconds, gaps[Math.max(0, rank)] / 1e6,
                    gaps[gaps.length - 1] / 1e6, (endIteration - startIteration) / seconds,
                    (lastGrids - startGrids) / seconds, framesWithNewMap / (double) intervals,
                    snapshotsRendered / seconds, DecisionRegionView.CELLS, width, height, idlePulses, cores(seconds),
                    (stamps[0] - first) / 1e9, (lastMapSets - startMapSets) / seconds,
                    lastMapSets > startMapSets ? (lastMapNanos - startMapNanos) / 1e6 / (lastMapSets - startMapSets) : 0);
        }

        // cores used per thread group while recording: processor seconds / wall seconds
        private Map<String, Double> cores(double seconds) {
            Map<String, Double> cores = new LinkedHashMap<>();
            cpuAtEnd.forEach((group, end) -> {
                Double start = cpuAtStart.get(group);
                if (start != null) {
                    cores.put(group, (end - start) / seconds);
                }
            });
            return cores;
        }
    }
}
