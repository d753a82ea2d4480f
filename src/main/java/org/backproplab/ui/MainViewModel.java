package org.backproplab.ui;

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
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
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
    private final BooleanBinding running;
    private final BooleanBinding canStepBack;
    private final StringBinding speedText;

    private final TrainingRun run;
    private long nextSeed;

    /**
     * Starts a training run for a lab.
     *
     * @param first the lab to open first (already loaded)
     */
    public MainViewModel(LabRun first) {
        run = new TrainingRun(first);
        lab.set(first.lab());
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
        snapshot.set(s);
        if (!s.message().isEmpty()) {
            notice.set(s.message());
        } else if (s.atHistoryStart() && s.iteration() > 0 && !before.atHistoryStart()) {
            notice.set("Start of history: older steps were dropped to stay within the memory budget");
        }
        return true;
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
     * Reads a lab file and starts training it; on any problem the current run is untouched.
     *
     * @param file the lab file
     * @throws org.backproplab.io.LabException  when the file is malformed or inconsistent
     * @throws org.backproplab.data.DataException when its data cannot be loaded
     */
    public void open(Path file) {
        LabFile next = LabReader.read(file);
        load(next, "Opened " + file.getFileName());
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
        selection.set(null);
        lab.set(next);
        nextSeed = seedAfter(next);
        notice.set(reason);
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
