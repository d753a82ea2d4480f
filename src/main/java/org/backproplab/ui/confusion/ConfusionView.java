package org.backproplab.ui.confusion;

import org.backproplab.ui.views.Palette;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Network;
import org.backproplab.sim.ConfusionMatrix;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.BackgroundWork;
import org.backproplab.ui.views.InputImageView;
import org.backproplab.ui.views.SampleHighlight;

/**
 * The confusion matrices (training and test) of a class problem from the snapshot's weights.
 * Clicking a cell chooses it: its samples become the {@link #highlightProperty highlight} the
 * data view picks out, and for image data (the digits) their pictures are drawn under the
 * matrices; clicking it again, or a regression problem, clears the choice. The counts are
 * worked out only while the view is shown (its tab selected), from each new snapshot, on a
 * background thread ({@link BackgroundWork}: a newer snapshot supersedes the count in progress);
 * the FX thread only draws the finished matrices, which stay on show until newer ones arrive.
 */
public class ConfusionView extends Pane {
    private final Canvas canvas = new Canvas();
    private final ConfusionPainter painter = new ConfusionPainter();
    private final ObjectProperty<SampleHighlight> highlight = new SimpleObjectProperty<>(this, "highlight");
    private Snapshot last;
    private Snapshot computedFor;
    private Snapshot requested;
    private final BackgroundWork<ConfusionMatrix[]> work = new BackgroundWork<>("confusion");
    private ConfusionMatrix train;
    private ConfusionMatrix test;
    private CellChoice chosen;
    private DataSplit sideData;
    private int side;
    private boolean presenter;

    /** An empty view; call {@link #render} with snapshots. */
    public ConfusionView() {
        getStyleClass().add("confusion-view");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(600, 300);
        canvas.setOnMouseClicked(e -> choose(painter.cellAt(e.getX(), e.getY())));
        visibleProperty().addListener((obs, old, shown) -> redraw());
        work.slowProperty().addListener((obs, old, slow) -> redraw());
    }

    /** @return the name of the thread that counted the matrices last drawn (tests: never the FX thread) */
    public String countedOn() {
        return work.lastThread();
    }

    /** Stops the counting thread. */
    public void dispose() {
        work.dispose();
    }

    /** @return the samples of the chosen cell, null when none is chosen */
    public ReadOnlyObjectProperty<SampleHighlight> highlightProperty() {
        return highlight;
    }

    /** @param snapshot the snapshot to show (counted when the view is visible) */
    public void render(Snapshot snapshot) {
        if (last != null && last.data() != snapshot.data()) {
            chosen = null;
        }
        last = snapshot;
        redraw();
    }

    /** @param large true for presentation: larger type */
    public void setPresenterMode(boolean large) {
        presenter = large;
        redraw();
    }

    /**
     * Chooses a cell as a click does (clicking the chosen cell again clears the choice).
     *
     * @param test      the test set's matrix
     * @param actual    true class
     * @param predicted predicted class
     */
    public void chooseCell(boolean test, int actual, int predicted) {
        choose(new CellChoice(test, actual, predicted));
    }

    /** @return the training set's matrix last drawn, or null */
    public ConfusionMatrix trainMatrix() {
        return train;
    }

    /** @return the test set's matrix last drawn, or null without a test set or before drawing */
    public ConfusionMatrix testMatrix() {
        return test;
    }

    /**
     * @param test      the test set's matrix
     * @param actual    true class
     * @param predicted predicted class
     * @return where that cell was drawn last, in the view's coordinates, or null
     */
    javafx.geometry.Bounds cellBounds(boolean test, int actual, int predicted) {
        return painter.boundsOf(new CellChoice(test, actual, predicted));
    }

    private void choose(CellChoice c) {
        chosen = c == null || c.equals(chosen) ? null : c;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    private void redraw() {
        if (!isVisible() || last == null) {
            return;
        }
        var gc = canvas.getGraphicsContext2D();
        gc.setFill(Palette.current().background());
        gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Dataset trainSet = last.data().train();
        if (!trainSet.isClassification()) {
            train = null;
            test = null;
            computedFor = null;
            requested = null;
            work.cancel();
            setHighlight(null);
            gc.setFill(Palette.current().mutedText());
            gc.fillText("a confusion matrix needs a class problem (this lab is regression)", 12, 24);
            return;
        }
        if (computedFor != last && requested != last) {
            Snapshot wanted = last;
            requested = wanted;
            work.start(() -> count(wanted), m -> {
                train = m[0];
                test = m[1];
                computedFor = wanted;
                redraw();
            });
        }
        if (train == null || computedFor == null || computedFor.data() != last.data()) {
            // the first count of these data is on its way
            gc.setFill(javafx.scene.paint.Color.web("#444444"));
            gc.fillText("Counting the predictions…", 12, 24);
            return;
        }
        if (chosen != null && chosen.test() && test == null) {
            chosen = null;
        }
        ConfusionPainter.Images images = null;
        String caption = null;
        if (chosen != null) {
            ConfusionMatrix m = chosen.test() ? test : train;
            int[] rows = m.rows(chosen.actual(), chosen.predicted());
            caption = (chosen.test() ? "test set: " : "training set: ") + rows.length + " × true "
                    + m.classNames().get(chosen.actual()) + ", predicted " + m.classNames().get(chosen.predicted());
            setHighlight(new SampleHighlight(chosen.test(), rows, caption));
            if (last.data() != sideData) {
                sideData = last.data();
                side = InputImageView.side(last);
            }
            if (side > 0 && rows.length > 0) {
                Dataset set = chosen.test() ? last.data().test() : trainSet;
                images = new ConfusionPainter.Images(set, last.data().standardizer(), rows, side);
            }
        } else {
            setHighlight(null);
        }
        painter.paint(gc, canvas.getWidth(), canvas.getHeight(), presenter, train, test, chosen, images, caption);
        if (work.slowProperty().get()) {
            gc.setFill(javafx.scene.paint.Color.web("#607d8b"));
            gc.fillText("counting the newest weights…", 12, canvas.getHeight() - 8);
        }
    }

    // the training and test matrices of a snapshot's weights (background thread)
    private static ConfusionMatrix[] count(Snapshot s) {
        Network network = new Network(s.parameters());
        return new ConfusionMatrix[] {ConfusionMatrix.of(network, s.data().train()),
            s.data().test().rows() > 0 ? ConfusionMatrix.of(network, s.data().test()) : null};
    }

    // a new highlight only when the rows changed, so the data view repaints only then
    private void setHighlight(SampleHighlight h) {
        SampleHighlight old = highlight.get();
        boolean same = old == null ? h == null
                : h != null && old.test() == h.test() && java.util.Arrays.equals(old.rows(), h.rows());
        if (!same) {
            highlight.set(h);
        }
    }
}
