package org.backproplab.ui.views;

import javafx.scene.canvas.GraphicsContext;
import org.backproplab.sim.PhaseCursor;

/**
 * The shaded band behind the layers the current phase works on: FORWARD and BACKWARD l cover
 * the weights into layer l and the layer itself, LOSS the output layer, UPDATE every layer.
 */
final class ActiveBand {
    private ActiveBand() {
    }

    /**
     * @param gc         where to draw
     * @param phase      the current phase
     * @param g          node positions
     * @param height     canvas height
     * @param lineHeight height of a line of label text
     */
    static void draw(GraphicsContext gc, PhaseCursor phase, GraphGeometry g, double height, double lineHeight) {
        int from;
        int to;
        switch (phase.kind()) {
            case FORWARD, BACKWARD -> {
                from = phase.layer();
                to = phase.layer();
            }
            case LOSS -> {
                from = phase.layers();
                to = phase.layers();
            }
            case UPDATE -> {
                from = 0;
                to = phase.layers();
            }
            default -> {
                return;
            }
        }
        double pad = g.radius() + 16;
        // FORWARD and BACKWARD l work on the weights into layer l too: the band starts past layer l − 1
        double left = from > 0 && phase.kind() != PhaseCursor.Kind.LOSS ? g.x(from - 1, 0) + g.radius() + 6
                : g.x(from, 0) - pad;
        double right = g.x(to, 0) + pad;
        gc.setFill(Palette.current().activeLayer());
        gc.fillRoundRect(left, 4, right - left, height - 2.4 * lineHeight - 8, 18, 18);
    }
}
