package org.backproplab.ui.gradientflow;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import org.backproplab.engine.LayerGradientSizes;
import org.backproplab.sim.GradientHistory;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;

/**
 * Each layer's gradient size: on the left the current iteration's RMS ∂J/∂W_l and RMS δ_l as
 * bars over the layers, input side first, on a log scale; on the right the RMS ∂J/∂W_l of every
 * layer over the iterations seen, on the same scale, so a gap between the lines that stays is a
 * gradient that vanishes (or explodes) on its way back to the input. While stepping, a layer
 * whose backward phase has not run yet has no bar. The history keeps the iterations this view
 * was shown (every one while stepping, a sample while playing) and forgets those the user steps
 * back before. Snapshots are recorded while the view is hidden (its tab not selected) and drawn
 * when it shows.
 */
public class GradientFlowView extends Pane {
    /** Most iterations the history keeps (older ones are thinned beyond it). */
    static final int HISTORY_CAPACITY = 2000;
    private final Canvas canvas = new Canvas();
    private final GradientHistory history = new GradientHistory(HISTORY_CAPACITY);
    private Snapshot last;
    private LayerGradientSizes current;
    private int computedLayers;
    private boolean presenter;
    // a snapshot arrived while the view was hidden
    private boolean stale;

    /** An empty chart; call {@link #render} with snapshots. */
    public GradientFlowView() {
        getStyleClass().add("gradient-flow-view");
        getChildren().add(canvas);
        setMinSize(0, 0);
        setPrefSize(600, 240);
        visibleProperty().addListener((obs, old, shown) -> {
            if (shown && stale) {
                redraw();
            }
        });
    }

    /** @param snapshot the snapshot to show */
    public void render(Snapshot snapshot) {
        if (snapshot == last) {
            return;
        }
        if (last != null && last.architecture() != snapshot.architecture()) {
            history.clear();
        }
        last = snapshot;
        PhaseCursor phase = snapshot.phase();
        int layers = snapshot.architecture().layerCount();
        current = snapshot.pass() == null ? null : LayerGradientSizes.of(snapshot.pass());
        computedLayers = 0;
        if (current != null) {
            for (int l = layers; l >= 1 && phase.backwardComputed(l); l--) {
                computedLayers++;
            }
        }
        long iteration = snapshot.iteration() + 1;
        if (current != null && computedLayers == layers) {
            history.add(iteration, current);
        } else {
            history.keepUpTo(iteration - 1);
        }
        redraw();
    }

    /** @param large true for presentation: larger type and thicker lines */
    public void setPresenterMode(boolean large) {
        presenter = large;
        redraw();
    }

    /**
     * @return the sizes of the shown iteration, or null when it has no pass yet
     */
    public LayerGradientSizes currentSizes() {
        return current;
    }

    /** @return how many layers, from the output back, have their gradient computed in the shown phase */
    public int computedLayers() {
        return computedLayers;
    }

    /** @return the iterations in the history, oldest first */
    public java.util.List<GradientHistory.Entry> historyEntries() {
        return history.entries();
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
        stale = !isVisible();
        if (stale) {
            return;
        }
        new GradientFlowPainter(canvas.getGraphicsContext2D(), canvas.getWidth(), canvas.getHeight(), presenter)
                .paint(last, current, computedLayers, history.entries());
    }
}
