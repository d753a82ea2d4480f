package org.backproplab.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.backproplab.engine.Optimizer;
import org.backproplab.io.GraphLab;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;
import org.backproplab.io.TrainingSettings;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.Hyperparameters;
import org.backproplab.sim.LabFiles;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.TrainingRun;
import org.backproplab.ui.graphlab.GraphLabModel;
import org.backproplab.ui.graphlab.GraphLabSlot;
import org.backproplab.ui.theme.ThemeChoice;
import org.backproplab.ui.views.GraphSelection;

/**
 * The state the window shows and the commands it offers, in the manner of AtlantaFX's sampler
 * {@code Model}: read-only properties the views bind to, derived bindings such as
 * {@link #canStepBackProperty()}, and command methods that check for themselves whether they
 * apply (Step Back at the start of history does nothing). It owns the {@link TrainingRun}; the
 * newest snapshot enters through {@link #pull()}, called once per frame on the FX thread.
 *
 * <p>It does no file work itself ({@link LabFiles} reads, loads and saves). Labs load in the
 * background while the current run goes on ({@link #busyProperty()}, {@link #cancelLoading()}).
 */
public final class MainViewModel {

    // ---------------------------------------------------------------- Properties

    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LabFile> lab = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.PHASE);
    private final DoubleProperty speedPosition = new SimpleDoubleProperty(0.5);
    private final ObjectProperty<GraphSelection> selection = new SimpleObjectProperty<>();
    private final BooleanProperty presenterMode = new SimpleBooleanProperty(false);
    private final ThemeChoice theme = new ThemeChoice(presenterMode);
    private final BooleanProperty settingsVisible = new SimpleBooleanProperty(true);
    private final BooleanProperty networkOnly = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Path> labPath = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty saveCurrentWeights = new SimpleBooleanProperty(true);
    private final BooleanBinding running;
    private final BooleanBinding canStepBack;
    private final GraphLabSlot graph = new GraphLabSlot();
    private final StringBinding speedText;

    private final TrainingRun run;
    private final LabFiles files;
    private final BackgroundLoads loads = new BackgroundLoads();
    private long nextSeed;
    /** Hyperparameters sent to the run and not yet seen in a snapshot, or null. */
    private Hyperparameters requested;
    /** The starting lab of the run that published the snapshot shown. */
    private LabFile runLab;
    /** Why training waits (every training point was removed), or null. */
    private String trainingWaits;

    /** @param first the lab to open first (already loaded); files through a plain {@link LabFiles} */
    public MainViewModel(LabRun first) {
        this(first, new LabFiles());
    }

    /**
     * Starts a training run for a lab, with the file work done by {@code files}.
     *
     * @param first the lab to open first (already loaded)
     * @param files reads, loads and saves labs
     */
    public MainViewModel(LabRun first, LabFiles files) {
        this.files = files;
        run = new TrainingRun(first);
        lab.set(first.lab());
        labPath.set(first.lab().source());
        nextSeed = seedAfter(first.lab());
        snapshot.set(run.latest());
        running = Bindings.createBooleanBinding(() -> snapshot.get() != null && snapshot.get().running(), snapshot);
        canStepBack = Bindings.createBooleanBinding(() -> graph.active() ? graph.canStepBackProperty().get()
                : snapshot.get() != null && !snapshot.get().atHistoryStart(), snapshot, graph.graphProperty(),
                graph.canStepBackProperty());
        speedText = Bindings.createStringBinding(() -> describeSpeed(speed()), speedPosition);
        speedPosition.addListener((obs, old, now) -> run.setSpeed(speed()));
        run.setSpeed(speed());
    }

    /** @return the newest snapshot the window shows */
    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** @return the lab being trained */
    public ReadOnlyObjectProperty<LabFile> labProperty() {
        return lab.getReadOnlyProperty();
    }

    /** @return a notice for the user (settings changed, run reset, training diverged), or "" */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** @return how far Step and Step Back move */
    public ObjectProperty<Granularity> granularityProperty() {
        return granularity;
    }

    /** @return the speed slider position: 0 = 1 it/s … just under 1 = 1,000 it/s, 1 = flat out */
    public DoubleProperty speedPositionProperty() {
        return speedPosition;
    }

    /** @return the speed as the user reads it, e.g. "32 it/s" or "flat out" */
    public StringBinding speedTextProperty() {
        return speedText;
    }

    /** @return the node or edge selected in the graph, or null */
    public ObjectProperty<GraphSelection> selectionProperty() {
        return selection;
    }

    /** @return whether presenter mode (large type) is on */
    public BooleanProperty presenterModeProperty() {
        return presenterMode;
    }

    /** @return the window's theme: the one chosen, or high contrast in presenter mode and light otherwise */
    public ThemeChoice theme() {
        return theme;
    }

    /**
     * @return whether the network graph has the window to itself (the plots and the loss chart
     *         hidden; the inspector still opens beside it)
     */
    public BooleanProperty networkOnlyProperty() {
        return networkOnly;
    }

    /** @return whether the settings panel is shown */
    public BooleanProperty settingsVisibleProperty() {
        return settingsVisible;
    }

    /** @return the file File ▸ Save lab writes to (the file opened or last saved), or null for a lesson */
    public ReadOnlyObjectProperty<Path> labPathProperty() {
        return labPath.getReadOnlyProperty();
    }

    /**
     * @return whether Save writes the weights of the current position (so a student can continue
     *         later) rather than the starting weights of the run
     */
    public BooleanProperty saveCurrentWeightsProperty() {
        return saveCurrentWeights;
    }

    /** @return whether a lab is being loaded in the background (the current run goes on meanwhile) */
    public ReadOnlyBooleanProperty busyProperty() {
        return loads.busyProperty();
    }

    /** @return what the background load is doing, e.g. "Loading the data of datasets/iris.csv", or "" */
    public ReadOnlyStringProperty busyTextProperty() {
        return loads.textProperty();
    }

    /** @return whether play is on */
    public BooleanBinding runningProperty() {
        return running;
    }

    /** @return whether Step Back can move */
    public BooleanBinding canStepBackProperty() {
        return canStepBack;
    }

    /** @return the graph lab on show in place of the network (the toolbar steps it), or null */
    public ReadOnlyObjectProperty<GraphLabModel> graphLabProperty() {
        return graph.graphProperty();
    }

    /** @return iterations per second for the slider position ({@link TrainingRun#FLAT_OUT} at the end) */
    public double speed() {
        double p = speedPosition.get();
        return p >= 1 ? TrainingRun.FLAT_OUT : Math.pow(10, 3 * Math.max(0, p));
    }

    static String describeSpeed(double itPerSecond) {
        return itPerSecond == TrainingRun.FLAT_OUT ? "flat out" : Math.round(itPerSecond) + " it/s";
    }

    // ---------------------------------------------------------------- Commands

    /** Takes the training thread's newest snapshot (FX thread, once per frame; never blocks). @return whether it changed */
    public boolean pull() {
        Snapshot s = run.latest();
        if (s == snapshot.get()) {
            return false;
        }
        Snapshot before = snapshot.get();
        if (!followReplacedRun(s)) {
            followHyperparameters(before, s);
        }
        snapshot.set(s);
        if (!s.message().isEmpty()) {
            notice.set(s.message());
        } else if (s.atHistoryStart() && s.iteration() > 0 && !before.atHistoryStart()) {
            notice.set("Start of history: older steps were dropped to stay within the memory budget");
        }
        return true;
    }

    /**
     * When Step Back returned to a run that Reset or Re-initialise replaced (or a new run
     * started), the lab becomes that run's, with the hyperparameters of the position shown.
     *
     * @return whether the lab was replaced
     */
    private boolean followReplacedRun(Snapshot s) {
        LabFile start = run.latestLab();
        if (start == null || start == runLab) {
            return false;
        }
        boolean first = runLab == null;
        runLab = start;
        if (first || start == lab.get()) {
            return false;
        }
        requested = null;
        lab.set(s.hyperparameters() != null ? s.hyperparameters().applyTo(start) : start);
        return true;
    }

    /**
     * Keeps the lab's learning rate, momentum and L2 those of the position shown (Step Back
     * across a live change restores them), except while a change is on its way to the run.
     */
    private void followHyperparameters(Snapshot before, Snapshot s) {
        Hyperparameters now = s.hyperparameters();
        if (now == null) {
            return;
        }
        if (requested != null) {
            if (now.equals(requested)) {
                requested = null;
            }
            return;
        }
        if (before != null && !now.equals(before.hyperparameters()) && !now.equals(Hyperparameters.of(lab.get()))) {
            lab.set(now.applyTo(lab.get()));
        }
    }

    /** Step forward by the chosen granularity. */
    public void stepForward() {
        if (waits()) {
            return;
        }
        notice.set("");
        if (graph.stepForward()) {
            return;
        }
        run.stepForward(granularity.get());
    }

    /** Step back by the chosen granularity; nothing when {@link #canStepBackProperty()} is false. */
    public void stepBack() {
        if (!canStepBack.get() || waits()) {
            return;
        }
        notice.set("");
        if (graph.stepBack()) {
            return;
        }
        run.stepBack(granularity.get());
    }

    /**
     * Moves to a phase of the iteration on show (a click on its chip in the phase strip).
     *
     * @param step phase step, 1 … 2·layers + 2
     */
    public void goToPhase(int step) {
        if (waits()) {
            return;
        }
        notice.set("");
        run.goToStep(step);
    }

    /**
     * Sets the epoch count at which Play stops (the lab's {@code training.epochs}; Save writes
     * it), without a restart.
     *
     * @param epochs at least 1
     */
    public void setEpochs(int epochs) {
        LabFile current = lab.get();
        TrainingSettings t = current.training();
        if (epochs == t.epochs()) {
            return;
        }
        run.setEpochLimit(epochs);
        lab.set(new LabFile(current.title(), current.architecture(), current.parameters(), current.init(),
                current.data(), new TrainingSettings(t.optimizer(), t.learningRate(), t.momentum(), t.l2(),
                        t.batchSize(), epochs, t.seed(), t.shuffle()), current.source(), current.notes()));
    }

    /** Play if paused, pause if playing. */
    public void togglePlay() {
        if (running.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Train continuously at the chosen speed. */
    public void play() {
        if (waits()) {
            return;
        }
        notice.set("");
        if (graph.active()) {
            return; // a graph is stepped node by node
        }
        run.play();
    }

    /**
     * Holds training back while the lab has no training points (the point editor removed them
     * all): the run pauses, and Play, Step, Step Back and phase moves only repeat the reason,
     * and Save refuses, until a new run arrives or this is called with null.
     *
     * @param reason what the user should do, e.g. "No training points: click the plane to add one", or null
     */
    public void setTrainingWaits(String reason) {
        trainingWaits = reason;
        if (reason != null) {
            run.pause();
            notice.set(reason);
        }
    }

    // true (and the reason on show) while training waits for data
    private boolean waits() {
        if (trainingWaits != null) {
            notice.set(trainingWaits);
        }
        return trainingWaits != null;
    }

    /** Stop continuous training. */
    public void pause() {
        run.pause();
    }

    /** Back to iteration 0 with the same starting weights. */
    public void reset() {
        if (graph.reset()) {
            return;
        }
        run.reset();
    }

    /** New starting weights from the next seed. */
    public void reinitialise() {
        long seed = nextSeed++;
        lab.set(TrainingRun.reinitialised(lab.get(), seed));
        run.reinitialise(seed);
    }

    /**
     * Shows a notice, e.g. that a file was exported.
     *
     * @param text the notice
     */
    public void announce(String text) {
        notice.set(text);
    }

    /**
     * Reads a lab file in the background and starts training it; until then, and on any
     * problem, the current run is untouched.
     *
     * @param file the lab file
     * @return completed on the FX thread: true once the new run is shown, false when cancelled or
     *         overtaken; exceptionally with the lab or data error (its message is one line)
     */
    public CompletableFuture<Boolean> open(Path file) {
        return loads.start("Opening " + file.getFileName(), progress -> files.openDocument(file, progress), opened -> {
            if (opened instanceof GraphLab graphLab) {
                showGraph(graphLab, "Opened " + file.getFileName());
            } else {
                arrive((LabRun) opened, "Opened " + file.getFileName(), file);
            }
        });
    }

    /**
     * Writes the lab being trained, with the current weights or the starting ones as
     * {@link #saveCurrentWeightsProperty()} says; a failed save keeps the old file.
     *
     * @param file where to write
     * @return the lab written
     * @throws LabException with a one-line reason when the file cannot be written
     */
    public LabFile save(Path file) {
        if (graph.active()) {
            throw new LabException(file.toAbsolutePath() + ": cannot save: a graph lab is edited in its file (the window saves network labs)");
        }
        if (trainingWaits != null) {
            throw new LabException(file.toAbsolutePath() + ": cannot save: the lab has no training points (add one first)");
        }
        Snapshot s = snapshot.get();
        boolean current = saveCurrentWeights.get() && s != null;
        // the starting weights are the lab's own (explicit, or its initialiser and seed)
        LabFile written = files.save(lab.get(), current ? s.parameters() : null, file);
        labPath.set(written.source());
        notice.set("Saved " + written.source().getFileName() + (current
                ? " with the weights " + (s.phase().updated() ? "after" : "before") + " iteration " + (s.iteration() + 1)
                : " with the starting weights"));
        return written;
    }

    /**
     * Starts another lab (a lesson, changed settings), paused at iteration 0, once loaded.
     *
     * @param next   the lab
     * @param reason the notice to show, e.g. "Architecture changed: training restarted"
     * @return as {@link #open}
     */
    public CompletableFuture<Boolean> load(LabFile next, String reason) {
        return loads.start("Loading " + next.title(), progress -> files.start(next, progress),
                loaded -> arrive(loaded, reason, next.source()));
    }

    /** Stops waiting for the load in progress (its result is discarded); the current run stays. */
    public void cancelLoading() {
        if (loads.cancel()) {
            notice.set("Loading cancelled: the current run goes on");
        }
    }

    /** Shows a run that finished loading (FX thread). */
    private void arrive(LabRun loaded, String reason, Path path) {
        trainingWaits = null;
        graph.clear();
        requested = null;
        selection.set(null);
        lab.set(loaded.lab());
        nextSeed = seedAfter(loaded.lab());
        notice.set(reason);
        labPath.set(path);
        run.load(loaded, reason);
    }

    /**
     * Shows a graph lab in place of the network, from its start (the network's run pauses).
     *
     * @param lab    the graph lab
     * @param reason the notice to show
     */
    public void showGraph(GraphLab lab, String reason) {
        run.pause();
        selection.set(null);
        graph.show(lab);
        notice.set(reason);
    }

    /**
     * @param layer layer l = 1 … L the weight feeds
     * @param from  unit in layer − 1
     * @param to    unit in layer
     * @param value new weight
     */
    public void editWeight(int layer, int from, int to, double value) {
        run.editWeight(layer, from, to, value);
    }

    /**
     * @param layer layer l = 1 … L of the unit
     * @param unit  unit in that layer
     * @param value new bias
     */
    public void editBias(int layer, int unit, double value) {
        run.editBias(layer, unit, value);
    }

    /**
     * Changes the learning rate, momentum and L2 strength without restarting the run: they
     * apply from the update of the iteration shown (between steps), and Step Back across the
     * change restores the earlier ones. The lab (hence Save) takes the new values at once.
     *
     * @param h the new values
     * @throws IllegalArgumentException when a value is out of range
     */
    public void setHyperparameters(Hyperparameters h) {
        h.check();
        if (h.equals(Hyperparameters.of(lab.get()))) {
            return;
        }
        requested = h;
        lab.set(h.applyTo(lab.get()));
        run.setHyperparameters(h);
    }

    /**
     * @param s a snapshot
     * @return η in force at that position when the update is plain SGD (w ← w − η·∂J/∂w, the
     *         step the inspector spells out); NaN for momentum and Nesterov, whose step also
     *         carries the velocity
     */
    public double sgdLearningRate(Snapshot s) {
        LabFile current = lab.get();
        if (current == null || current.training().optimizer() != Optimizer.Kind.SGD) {
            return Double.NaN;
        }
        Hyperparameters h = s.hyperparameters();
        return h != null ? h.learningRate() : current.training().learningRate();
    }

    /** @return the training run (for the snapshot command and tests) */
    public TrainingRun run() {
        return run;
    }

    /** Stops the training thread and the loading thread. */
    public void close() {
        loads.close();
        run.close();
    }

    private static long seedAfter(LabFile lab) {
        return lab.init() == null ? 1 : lab.init().seed() + 1;
    }
}
