package org.backproplab.ui.pointedit;

import java.util.List;
import java.util.concurrent.CompletionException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.backproplab.data.DataLoader;
import org.backproplab.data.DataSpec;
import org.backproplab.data.DataSplit;
import org.backproplab.io.LabFile;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.MainViewModel;
import org.backproplab.ui.functionfit.FunctionFit;
import org.backproplab.ui.views.NumberText;

/**
 * Clicking points into the data (FX thread): on the decision-region plane a click adds a
 * training point of the selected class, shift-click one of the next class; on the function-fit
 * plot of a 1-D regression a click adds the point (x, y); a right-click removes the nearest
 * training point (nearest on the screen); {@link #clear()} removes every point. Each edit makes
 * the lab's data inline points in original units ({@link PointSet#toSpec()}, so Save writes
 * them) and restarts the run on them through {@link MainViewModel#load} (in the background; the
 * UI never waits). Edits follow the newest edit even before its run arrives. With no training
 * point left there is no run to make: training waits ({@link MainViewModel#setTrainingWaits})
 * and the plane is shown without points until the first click.
 */
public final class PointEditor {
    /** What the window says while there are no training points. */
    public static final String EMPTY = "No training points: click the plane to add one (Play and Step wait until then)";
    /** The bar's short form of {@link #EMPTY}. */
    public static final String EMPTY_HINT = "No points: click to add one";
    private final MainViewModel vm;
    private final ObservableList<String> classNames = FXCollections.observableArrayList();
    private final IntegerProperty selectedClass = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<PointSet> edited = new ReadOnlyObjectWrapper<>();
    /** The data spec of the last run this editor asked for, or null. */
    private DataSpec requested;
    private DataSplit dataSeen;
    private Snapshot emptyFor;
    private Snapshot emptyShown;

    /** @param vm the view-model whose lab the edits change */
    public PointEditor(MainViewModel vm) {
        this.vm = vm;
        vm.snapshotProperty().addListener((obs, old, s) -> follow(s));
        follow(vm.snapshotProperty().get());
    }

    // a run that another command started (a lesson, a settings change) ends the editing series
    private void follow(Snapshot s) {
        if (s == null || s.data() == dataSeen) {
            return;
        }
        dataSeen = s.data();
        if (vm.labProperty().get().data() != requested) {
            requested = null;
            edited.set(null);
        }
        List<String> names = s.data().train().classNames();
        if (!names.equals(classNames)) {
            int keep = selectedClass.get();
            classNames.setAll(names);
            selectedClass.set(keep < names.size() ? keep : 0);
        }
    }

    /** @return the class names of the lab's data (empty for regression) */
    public ObservableList<String> classNames() {
        return classNames;
    }

    /** @return the index of the class a click adds */
    public IntegerProperty selectedClassProperty() {
        return selectedClass;
    }

    /** @return the points of the newest edit, or null while the lab's data is not being edited */
    public ReadOnlyObjectProperty<PointSet> editedProperty() {
        return edited.getReadOnlyProperty();
    }

    /**
     * @param s a snapshot
     * @return whether its points can be edited on the plane (two inputs, classes)
     */
    public static boolean editsPlane(Snapshot s) {
        return s != null && s.architecture().inputSize() == 2 && s.data().train().isClassification();
    }

    /**
     * @param s a snapshot
     * @return whether its points can be edited on the function-fit plot (one input, one output, regression)
     */
    public static boolean editsFunction(Snapshot s) {
        return s != null && FunctionFit.applies(s.architecture()) && !s.data().train().isClassification();
    }

    /**
     * What the plane or plot should show: the snapshot, or while every point is removed the same
     * snapshot without its points.
     *
     * @param s the snapshot on show
     * @return the snapshot to draw
     */
    public Snapshot shown(Snapshot s) {
        PointSet p = edited.get();
        if (s == null || p == null || p.rows() > 0) {
            return s;
        }
        if (s != emptyFor) {
            DataSplit d = s.data();
            DataSplit none = new DataSplit(DataLoader.empty(d.train()), DataLoader.empty(d.test()), d.standardizer());
            emptyShown = new Snapshot(s.architecture(), s.parameters(), s.pass(), s.phase(), s.iteration(), s.epoch(),
                    s.batchIndex(), s.iterationsPerEpoch(), new int[0], none, s.epochMetrics(), s.iterationLosses(),
                    s.running(), s.atHistoryStart(), s.message(), s.firstLossIteration(), s.hyperparameters());
            emptyFor = s;
        }
        return emptyShown;
    }

    /**
     * A click on the plane or plot.
     *
     * @param e        the mouse event
     * @param at       {x₁ or x, x₂ or y, units per pixel of each} where it fell, or null outside the plot
     * @param function whether it is the function-fit plot (the point is (x, y))
     */
    public void clicked(MouseEvent e, double[] at, boolean function) {
        Snapshot s = vm.snapshotProperty().get();
        if (at == null || !(function ? editsFunction(s) : editsPlane(s))) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            removeNearest(at, function);
        } else if (e.getButton() == MouseButton.PRIMARY) {
            add(at[0], at[1], e.isShiftDown(), function);
        }
        e.consume();
    }

    /**
     * Adds a training point and restarts the run on the new data.
     *
     * @param x1       first input, original units
     * @param x2       second input (plane), or the target y (function plot)
     * @param next     whether the point is of the class after the selected one (shift-click)
     * @param function whether (x1, x2) is (x, y) of a 1-D regression
     */
    public void add(double x1, double x2, boolean next, boolean function) {
        Snapshot s = vm.snapshotProperty().get();
        PointSet base = base(s);
        if (function) {
            apply(base.withPoint(new double[] {x1}, new double[] {x2}), "Added the point " + pair(x1, x2));
            return;
        }
        int classes = Math.max(1, classNames.size());
        int label = (selectedClass.get() + (next ? 1 : 0)) % classes;
        apply(base.withClassPoint(new double[] {x1, x2}, label, s.architecture()),
                "Added a point of " + (label < classNames.size() ? classNames.get(label) : "class " + label) + " at "
                        + pair(x1, x2));
    }

    /**
     * Removes the training point nearest to a position on the screen and restarts the run.
     *
     * @param at       {x₁ or x, x₂ or y, units per pixel of each}
     * @param function whether the position is (x, y) on the function plot
     */
    public void removeNearest(double[] at, boolean function) {
        PointSet base = base(vm.snapshotProperty().get());
        int row = base.nearest(at, new double[] {at[2], at[3]}, function);
        if (row < 0) {
            vm.announce(EMPTY);
            return;
        }
        double[] x = base.inputs()[row];
        apply(base.without(row), "Removed the point at " + pair(x[0], function ? base.targets()[row][0] : x[1]));
    }

    /** Removes every point (training and test): training waits for the first new point. */
    public void clear() {
        Snapshot s = vm.snapshotProperty().get();
        if (s != null) {
            apply(base(s).cleared(), "Points cleared");
        }
    }

    private PointSet base(Snapshot s) {
        return edited.get() != null ? edited.get() : PointSet.of(vm.labProperty().get().data(), s.data());
    }

    private void apply(PointSet points, String what) {
        edited.set(points);
        if (points.rows() == 0) {
            requested = null;
            vm.setTrainingWaits(EMPTY);
            return;
        }
        DataSpec.Inline spec = points.toSpec();
        requested = spec;
        LabFile next = vm.labProperty().get().withData(spec);
        int n = points.rows();
        vm.load(next, what + ": " + n + " training point" + (n == 1 ? "" : "s") + ", training restarted")
                .whenComplete((loaded, error) -> {
                    if (error != null && requested == spec) {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        vm.announce(cause.getMessage());
                        requested = null;
                        edited.set(null);
                    }
                });
    }

    private static String pair(double a, double b) {
        return "(" + NumberText.short4(a) + ", " + NumberText.short4(b) + ")";
    }
}
