package org.backproplab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.backproplab.data.DataSpec;
import org.backproplab.engine.Optimizer;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.io.LabWriter;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.Hyperparameters;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.TrainingRun;
import org.backproplab.ui.views.GraphSelection;

/**
 * The state the window shows and the commands it offers, in the manner of AtlantaFX's sampler
 * {@code Model}: read-only properties the views bind to, derived bindings such as
 * {@link #canStepBackProperty()}, and command methods. It owns the {@link TrainingRun}; the
 * newest snapshot enters through {@link #pull()}, called once per frame on the FX thread.
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
    private final BooleanProperty settingsVisible = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Path> labPath = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty saveCurrentWeights = new SimpleBooleanProperty(true);
    private final BooleanBinding running;
    private final BooleanBinding canStepBack;
    private final StringBinding speedText;

    private final TrainingRun run;
    private long nextSeed;
    /** Hyperparameters sent to the run and not yet seen in a snapshot, or null. */
    private Hyperparameters requested;

    /**
     * Starts a training run for a lab.
     *
     * @param first the lab to open first (already loaded)
     */
    public MainViewModel(LabRun first) {
        run = new TrainingRun(first);
        lab.set(first.lab());
        labPath.set(first.lab().source());
        nextSeed = seedAfter(first.lab());
        snapshot.set(run.latest());
        running = Bindings.createBooleanBinding(() -> snapshot.get() != null && snapshot.get().running(), snapshot);
        canStepBack = Bindings.createBooleanBinding(
                () -> snapshot.get() != null && !snapshot.get().atHistoryStart(), snapshot);
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

    /** @return whether play is on */
    public BooleanBinding runningProperty() {
        return running;
    }

    /** @return whether Step Back can move */
    public BooleanBinding canStepBackProperty() {
        return canStepBack;
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

    /**
     * Takes the newest snapshot from the training thread, if there is one (FX thread, once per
     * frame; never blocks).
     *
     * @return whether it changed
     */
    public boolean pull() {
        Snapshot s = run.latest();
        if (s == snapshot.get()) {
            return false;
        }
        Snapshot before = snapshot.get();
        followHyperparameters(before, s);
        snapshot.set(s);
        if (!s.message().isEmpty()) {
            notice.set(s.message());
        } else if (s.atHistoryStart() && s.iteration() > 0 && !before.atHistoryStart()) {
            notice.set("Start of history: older steps were dropped to stay within the memory budget");
        }
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
        notice.set("");
        run.stepForward(granularity.get());
    }

    /** Step back by the chosen granularity. */
    public void stepBack() {
        notice.set("");
        run.stepBack(granularity.get());
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
        notice.set("");
        run.play();
    }

    /** Stop continuous training. */
    public void pause() {
        run.pause();
    }

    /** Back to iteration 0 with the same starting weights. */
    public void reset() {
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
     * Reads a lab file and starts training it; on any problem the current run is untouched.
     *
     * @param file the lab file
     * @throws org.backproplab.io.LabException  when the file is malformed or inconsistent
     * @throws org.backproplab.data.DataException when its data cannot be loaded
     */
    public void open(Path file) {
        LabFile next = LabReader.read(file);
        load(next, "Opened " + file.getFileName());
        labPath.set(file);
    }

    /**
     * Writes the lab being trained to a file, with the current weights or the starting ones as
     * {@link #saveCurrentWeightsProperty()} says, through {@link LabWriter#write} (never a
     * half-written lab). A relative CSV path is rewritten to stay valid from the new folder.
     *
     * @param file where to write
     * @return the lab written
     * @throws LabException with a one-line reason when the file cannot be written
     */
    public LabFile save(Path file) {
        Path target = file.toAbsolutePath();
        LabFile current = lab.get();
        Snapshot s = snapshot.get();
        // the starting weights are the lab's own (explicit, or its initialiser and seed)
        LabFile toWrite = saveCurrentWeights.get() && s != null ? current.withParameters(s.parameters()) : current;
        toWrite = new LabFile(toWrite.title(), toWrite.architecture(), toWrite.parameters(), toWrite.init(),
                relocatedData(current, target.getParent()), toWrite.training(), target);
        LabWriter.write(toWrite, target);
        labPath.set(target);
        notice.set("Saved " + target.getFileName() + (saveCurrentWeights.get() && s != null
                ? " with the weights of iteration " + s.iteration() + (s.phase().step() > 0 ? " (mid-iteration)" : "")
                : " with the starting weights"));
        return toWrite;
    }

    /** A relative CSV path that points into the lab's old folder, made relative to the new one. */
    private static DataSpec relocatedData(LabFile lab, Path newFolder) {
        if (!(lab.data() instanceof DataSpec.Csv csv) || lab.folder() == null || Path.of(csv.csv()).isAbsolute()) {
            return lab.data();
        }
        Path resolved = lab.folder().resolve(csv.csv()).normalize();
        if (!Files.isRegularFile(resolved)) {
            return lab.data(); // found in the current directory or among the built-in datasets
        }
        String moved = newFolder.relativize(resolved).toString().replace('\\', '/');
        return new DataSpec.Csv(moved, csv.features(), csv.target(), csv.classes(), csv.standardize(),
                csv.testFraction(), csv.seed());
    }

    /**
     * Starts training another lab (a lesson, or changed settings), paused at iteration 0.
     *
     * @param next   the lab
     * @param reason the notice to show, e.g. "Architecture changed: training restarted"
     * @throws org.backproplab.data.DataException when its data cannot be loaded
     */
    public void load(LabFile next, String reason) {
        LabRun loaded = LabRun.start(next);
        requested = null;
        selection.set(null);
        lab.set(next);
        nextSeed = seedAfter(next);
        notice.set(reason);
        labPath.set(next.source());
        run.load(loaded, reason);
    }

    /**
     * @param layer 1-based layer the weight feeds
     * @param from  unit in layer − 1
     * @param to    unit in layer
     * @param value new weight
     */
    public void editWeight(int layer, int from, int to, double value) {
        run.editWeight(layer, from, to, value);
    }

    /**
     * @param layer 1-based layer of the unit
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

    /** Stops the training thread. */
    public void close() {
        run.close();
    }

    private static long seedAfter(LabFile lab) {
        return lab.init() == null ? 1 : lab.init().seed() + 1;
    }
}
