package org.backproplab.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.backproplab.io.GraphLab;
import org.backproplab.io.Lessons;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.TrainingRun;
import org.backproplab.ui.gradcheck.GradientCheckView;
import org.backproplab.ui.graphlab.GraphLabPane;
import org.backproplab.ui.graphlab.GraphLabPlacement;
import org.backproplab.ui.notes.NotesPanel;
import org.backproplab.ui.views.ActivationPlotView;
import org.backproplab.ui.views.DecisionRegionView;
import org.backproplab.ui.views.GraphSelection;
import org.backproplab.ui.views.InspectorPane;
import org.backproplab.ui.views.LossChartView;
import org.backproplab.ui.views.NetworkGraphView;

/**
 * The main window's content (DESIGN §4): menus, toolbar and phase strip on top; the network
 * graph in the centre; decision regions above the activation plot on the right, with the
 * inspector opening above them when a node or edge is selected; the loss chart and the readout
 * along the bottom; the collapsible settings panel on the left. An {@link AnimationTimer} pulls
 * the newest snapshot once per frame and renders the views only when it changed.
 *
 * <p>The window opens in two steps so that it appears quickly: the first frame shows the menus,
 * toolbar, phase strip, network graph and readout, with the other panels still empty; right
 * after it, {@link #start()} creates the chart-based views, the inspector and the settings panel
 * (JFreeChart and the many controls take about a second to load) and fills those panels.
 */
public final class MainWindow extends BorderPane {
    /** While playing, smallest time between two redraws of the network graph or the inspector. */
    static final long GRAPH_INTERVAL_NANOS = 250_000_000L;
    /** The same for each JFreeChart view (a redraw costs about five decision-map frames). */
    static final long CHART_INTERVAL_NANOS = 500_000_000L;
    /** The same for the phase strip and the readout numbers. */
    static final long TEXT_INTERVAL_NANOS = 100_000_000L;
    /** Share of one core flat-out training uses while the window is open (the rest draws it). */
    static final double FLAT_OUT_SHARE = 0.5;
    private final MainViewModel vm;
    private final NetworkGraphView graph = new NetworkGraphView();
    private final PhaseIndicator phase = new PhaseIndicator();
    private final ReadoutBar readout = new ReadoutBar();
    private final InsideTabs inside;
    // created by completeViews() right after the first frame, null before
    private InspectorPane inspector;
    private ActivationPlotView activation;
    private LossChartView lossChart;
    private org.backproplab.ui.perceptron.ErrorsChartView errorsChart;
    private GradientCheckView gradientCheck;
    private ViewPanel.PlaneOrImage regions;
    private SettingsPanel settings;
    // the panels those views go into, empty in the first frame
    private final StackPane settingsSlot = new StackPane();
    private final StackPane regionsBox = new StackPane();
    private final StackPane regionsPanel;
    private final StackPane activationBox = new StackPane();
    private final StackPane chartBox = new StackPane();
    private final WindowLayout layout;
    /** Decision regions above the activation plot, in the right column. */
    private final ViewPanel.Plots plots;
    private final VBox inspectorBox;
    private final Runnable afterFirstLayout = this::afterFirstLayout;
    private boolean complete;
    private boolean stopped;
    private final AnimationTimer timer;
    private Snapshot rendered;
    private long frames;
    private long renderAllowedAt;
    private long lastRenderAll = Long.MIN_VALUE / 2;
    private final ViewTurns<Snapshot> turns = new ViewTurns<>();
    private Snapshot regionsShown;
    private long longestRender;
    private final GraphLabPlacement graphs;

    /**
     * @param vm      the view-model
     * @param lessons the lessons for the menus
     */
    public MainWindow(MainViewModel vm, List<Lessons.Lesson> lessons) {
        this.vm = vm;
        getStyleClass().add("main-window");

        MenuButton lessonButton = new MenuButton("Lessons");
        lessonButton.setId("lessonButton");
        lessonButton.getItems().addAll(AppMenus.lessonItems(lessons, this));
        lessonButton.setFocusTraversable(false);
        VBox top = new VBox(new AppMenus(vm, this, lessons).menuBar(), new ControlBar(vm, lessonButton), phase,
                new LoadingBar(vm));
        top.getStyleClass().add("top-area");
        setTop(top);

        inspectorBox = ViewPanel.inspectorBox(vm);

        regionsPanel = ViewPanel.titled("Decision regions", regionsBox);
        plots = new ViewPanel.Plots(inspectorBox, regionsPanel, ViewPanel.titled("Activation", activationBox));
        plots.column().getChildren().add(0, new NotesPanel(vm.labProperty(), vm.presenterModeProperty()));
        inside = new InsideTabs(ViewPanel.titled("Network", graph), graph);
        layout = new WindowLayout(settingsSlot, inside, plots, chartBox);
        vm.settingsVisibleProperty().addListener((obs, old, show) -> layout.showSettings(show));
        layout.showSettings(vm.settingsVisibleProperty().get());
        setCenter(layout.root());
        graphs = new GraphLabPlacement(vm.graphLabProperty(), this::setCenter, layout.root(), List.of(phase, readout),
                vm.presenterModeProperty());
        heightProperty().addListener((obs, old, h) -> fitPlots());
        inspectorBox.visibleProperty().addListener((obs, old, open) -> fitPlots());
        vm.networkOnlyProperty().addListener((obs, old, on) -> fitPlots());
        readout.getStyleClass().add("bottom-area");
        setBottom(readout);

        graph.selectionProperty().addListener((obs, old, sel) -> vm.selectionProperty().set(sel));
        vm.selectionProperty().addListener((obs, old, sel) -> {
            graph.select(sel);
            if (rendered != null) {
                followLayer(rendered);
                activation.render(rendered);
            }
            renderSelection();
        });
        vm.noticeProperty().addListener((obs, old, text) -> readout.notice().setText(text));
        phase.setOnPhaseChosen(vm::goToPhase);
        vm.presenterModeProperty().addListener((obs, old, on) -> setPresenterMode(on));

        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames++;
                vm.pull();
                renderIfChanged();
            }
        };
    }

    /**
     * Renders the graph, phase strip and readout for the first frame (call after the window is
     * shown); once that frame is laid out, creates the remaining views, fills their panels and
     * starts pulling snapshots every frame.
     */
    public void start() {
        Snapshot s = vm.snapshotProperty().get();
        if (s != null) {
            graph.render(s);
            phase.render(s);
            readout.render(s, vm.selectionProperty().get());
        }
        if (getScene() == null) {
            completeViews();
        } else {
            getScene().addPostLayoutPulseListener(afterFirstLayout);
        }
    }

    /**
     * The first frame is laid out and about to be drawn. Once it is drawn, the rest follows: the
     * FX thread waits for that by taking a snapshot of a 1-pixel shape, which JavaFX renders on
     * the same render thread after the frame (so loading the remaining views does not compete
     * with drawing the first frame for the processor).
     */
    private void afterFirstLayout() {
        getScene().removePostLayoutPulseListener(afterFirstLayout);
        StartupLog.mark("first frame laid out");
        Platform.runLater(() -> {
            new Rectangle(1, 1).snapshot(null, null);
            StartupLog.mark("first frame");
            completeViews();
        });
    }

    /** Creates the views left out of the first frame, renders them and starts the frame timer. */
    private void completeViews() {
        if (complete || stopped) {
            return;
        }
        inspector = new InspectorPane();
        inspectorBox.getChildren().addAll(inspector, new WeightEditor(vm));
        VBox.setVgrow(inspector, Priority.ALWAYS);
        regions = new ViewPanel.PlaneOrImage(regionsPanel, regionsBox, vm);
        regions.showUnitMaps(graph, inside.neuronMaps());
        inside.confusion().highlightProperty().addListener((obs, old, h) -> regions.plane.setHighlight(h));
        activation = new ActivationPlotView();
        activationBox.getChildren().add(activation);
        lossChart = new LossChartView();
        errorsChart = new org.backproplab.ui.perceptron.ErrorsChartView();
        gradientCheck = new GradientCheckView();
        chartBox.getChildren().add(gradientCheck.besideInTabs(
                org.backproplab.ui.perceptron.ErrorsChartView.besideLossChart(lossChart, errorsChart), () -> rendered));
        settings = new SettingsPanel(vm);
        settingsSlot.getChildren().add(settings);
        settings.show(vm.labProperty().get());
        presentViews(vm.presenterModeProperty().get());
        vm.labProperty().addListener((obs, old, lab) -> settings.show(lab));
        vm.run().setFlatOutShare(FLAT_OUT_SHARE);
        turns.add(GRAPH_INTERVAL_NANOS, graph::render);
        turns.add(CHART_INTERVAL_NANOS, s -> {
            followLayer(s);
            activation.render(s);
        });
        turns.add(CHART_INTERVAL_NANOS, s -> {
            lossChart.render(s);
            errorsChart.render(s);
        });
        turns.add(CHART_INTERVAL_NANOS, s -> gradientCheck.render(s));
        turns.add(CHART_INTERVAL_NANOS, inside::render);
        turns.add(TEXT_INTERVAL_NANOS, s -> {
            phase.render(s);
            readout.render(s, vm.selectionProperty().get());
            boolean flatOut = vm.speed() == TrainingRun.FLAT_OUT;
            phase.renderSpeed(s, System.nanoTime(), flatOut ? vm.run().flatOutShare() : 1);
        });
        // the inspector is on screen only with a selection (selecting renders it at once)
        turns.add(GRAPH_INTERVAL_NANOS, () -> vm.selectionProperty().get() != null,
                s -> inspector.render(s, vm.selectionProperty().get()));
        complete = true;
        renderIfChanged();
        timer.start();
        StartupLog.mark("window complete");
        if (StartupLog.exitWhenComplete()) {
            Platform.exit();
        }
    }

    /** @return whether every view exists and the frame timer runs (shortly after the first frame) */
    public boolean isComplete() {
        return complete;
    }

    /** Stops the frame timer and the views' background work. */
    public void stop() {
        stopped = true;
        timer.stop();
        if (regions != null) {
            regions.dispose();
            gradientCheck.dispose();
        }
        inside.dispose();
    }

    /**
     * Renders the newest snapshot if the views have not shown it yet (FX thread), so that every
     * view on screen shows the same snapshot. Paused, stepped, or playing at a set speed, every
     * view renders the newest snapshot in the same frame (while playing at most every
     * {@link #GRAPH_INTERVAL_NANOS}, so the views' own redraw limits never hold one back, and
     * after a pause as long as the last render took: rendering takes at most about half of the
     * FX thread). Flat out, the views take turns over one snapshot ({@link ViewTurns}), one view
     * a frame within its interval; it counts as rendered once every shown view drew it. The
     * decision map follows every snapshot (its grid is computed off the FX thread).
     */
    void renderIfChanged() {
        Snapshot s = vm.snapshotProperty().get();
        if (s == null) {
            return;
        }
        long start = System.nanoTime();
        boolean flatOut = s.running() && vm.speed() == TrainingRun.FLAT_OUT;
        if (!flatOut) {
            if (s == rendered || s.running() && start < Math.max(renderAllowedAt, lastRenderAll + GRAPH_INTERVAL_NANOS)) {
                return;
            }
            renderRegions(s);
            turns.renderAll(s, start);
            lastRenderAll = start;
            rendered = s;
        } else {
            renderRegions(s);
            if (start < renderAllowedAt || !turns.renderOne(s, start)) {
                return;
            }
            if (turns.allDrew()) {
                rendered = turns.target();
            }
        }
        long took = System.nanoTime() - start;
        longestRender = Math.max(longestRender, took);
        renderAllowedAt = start + 2 * took;
    }

    private void renderRegions(Snapshot s) {
        if (s != regionsShown) {
            regions.render(s);
            regionsShown = s;
        }
    }

    /** @return what each view that takes turns drew last (tests: the same snapshot in all) */
    java.util.List<Snapshot> viewSnapshots() {
        return turns.drawn();
    }

    /**
     * The activation plot shows the layer being computed while stepping, or the layer of the
     * selected node or edge.
     */
    private void followLayer(Snapshot s) {
        GraphSelection sel = vm.selectionProperty().get();
        int layer = sel != null && sel.layer() >= 1 ? sel.layer() : s.phase().layer();
        if (layer >= 1 && layer <= s.architecture().layerCount()) {
            activation.layerProperty().set(layer);
        }
    }

    /** @return the longest time one {@link #renderIfChanged} took, in nanoseconds */
    public long longestRenderNanos() {
        return longestRender;
    }

    private void renderSelection() {
        if (rendered == null) {
            return;
        }
        inspector.setLearningRate(vm.sgdLearningRate(rendered));
        inspector.render(rendered, vm.selectionProperty().get());
        readout.render(rendered, vm.selectionProperty().get());
    }

    /** Presenter mode: large type, and the settings panel out of the way (back when it ends). */
    private void setPresenterMode(boolean on) {
        if (on) {
            getStyleClass().add("presenter");
        } else {
            getStyleClass().remove("presenter");
        }
        layout.setPresenterMode(on, vm, getHeight());
        graph.setPresenterMode(on);
        presentViews(on);
        fitPlots();
    }

    /**
     * Redraws every view from the current snapshot in the current palette (after a change of
     * theme): the graph, the charts and the panes re-apply their style as for presenter mode.
     */
    void redrawAll() {
        boolean on = vm.presenterModeProperty().get();
        graph.setPresenterMode(on);
        presentViews(on);
        rendered = null;
        regionsShown = null;
        if (complete) {
            renderIfChanged();
        }
    }

    private void fitPlots() {
        layout.fit(inspectorBox.isVisible(), getHeight(), vm.networkOnlyProperty().get());
    }

    /** Large type in the inspector and the charts (once they exist, see {@link #completeViews}). */
    private void presentViews(boolean on) {
        if (inspector != null) {
            inspector.setPresenterMode(on);
            activation.setPresenterMode(on);
            lossChart.setPresenterMode(on);
            errorsChart.setPresenterMode(on);
            gradientCheck.setPresenterMode(on);
            regions.setPresenterMode(on);
            inside.setPresenterMode(on);
        }
    }

    /**
     * @return the snapshot the views show now (while playing, the newest one a view rendered),
     *         null until the window is {@link #isComplete complete}
     */
    public Snapshot renderedSnapshot() {
        return rendered;
    }

    /** @return frames handled by the timer so far */
    public long frames() {
        return frames;
    }

    /**
     * Opens a lab file in the background; a bad file shows its one-line reason in a dialog and
     * leaves the current run untouched.
     *
     * @param file the lab file
     * @return completed on the FX thread with whether it was opened
     */
    public CompletableFuture<Boolean> open(Path file) {
        return vm.open(file).handle((opened, error) -> {
            if (error != null) {
                showError("Cannot open lab", BackgroundLoads.reason(error));
            }
            return error == null && opened;
        });
    }

    /** @return the graph lab's pane while one is on show, else null */
    public GraphLabPane graphLabPane() {
        return graphs.pane();
    }

    /**
     * @param lesson a lesson to start
     */
    void openLesson(Lessons.Lesson lesson) {
        if (lesson.document() instanceof GraphLab g) {
            vm.showGraph(g, "Lesson: " + lesson.title());
            return;
        }
        vm.load(lesson.lab(), "Lesson: " + lesson.title()).whenComplete((loaded, error) -> {
            if (error != null) {
                showError("Cannot open lesson", BackgroundLoads.reason(error));
            }
        });
    }

    /**
     * @param header what failed
     * @param reason the one-line reason
     */
    void showError(String header, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR, reason);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("errorDialog");
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    /** @return the decision-region view (the UI benchmark counts its grids) */
    DecisionRegionView decisionRegions() {
        return regions.plane;
    }

    /** @param on whether the graph's nodes show their neuron maps (the UI benchmark turns them on) */
    void showNeuronMaps(boolean on) {
        inside.showNeuronMaps(on);
    }

    /** @return full sets of neuron maps computed so far (the UI benchmark counts them) */
    long neuronMapSets() {
        return inside.neuronMaps().setsComputed();
    }

    /** @return nanoseconds spent computing those sets (the UI benchmark's cost per set) */
    long neuronMapNanos() {
        return inside.neuronMaps().computeNanos();
    }

    /** @return the view-model */
    public MainViewModel viewModel() {
        return vm;
    }
}
