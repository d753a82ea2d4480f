package org.backproplab.ui.views;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The two lines under the network graph: the colour key (red ∂J/∂(node output), orange ∂J/∂w
 * of the output layer, purple ∂J/∂w of hidden layers, weight signs) and a note saying what the
 * numbers are (which sample, whole batch, the phase).
 */
final class GraphLegend {
    private GraphLegend() {
    }

    /**
     * @param numbers   whether edge gradients are written as numbers (else "hover for numbers")
     * @param someRings whether some node gradients are shown as red rings for lack of room
     * @param dashed    whether negative weights are drawn dashed (else solid, by colour alone)
     */
    static void draw(GraphicsContext gc, PhaseValues v, double width, double height, double lineHeight, Font smallFont,
                     boolean numbers, boolean someRings, boolean dashed) {
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(smallFont);
        double y = height - 1.8 * lineHeight;
        double x = 10;
        Object[][] items = {
            {Palette.current().nodeGradient(), "■ ∂J/∂(node output)"},
            {Palette.current().outputEdgeGradient(), "■ ∂J/∂w output layer"},
            {Palette.current().hiddenEdgeGradient(), "■ ∂J/∂w hidden layers"},
            {Palette.current().positiveWeight(), "━ w > 0"},
            {Palette.current().negativeWeight(), dashed ? "╍ w < 0" : "━ w < 0"},
        };
        for (Object[] item : items) {
            gc.setFill((Color) item[0]);
            String text = (String) item[1];
            gc.fillText(text, x, y);
            x += width(text, smallFont) + 16;
        }
        String note = (numbers ? "" : "hover for numbers · ")
                + (someRings ? "red ring: ∂J/∂(node output) where its number has no room · " : "")
                + (v.batchSize() > 1 ? "node values: sample 1 of " + v.batchSize() + " · ∂J/∂w: whole batch · " : "")
                + MatrixShapes.describe(v.snapshot());
        gc.setFill(Palette.current().mutedText());
        gc.fillText(note, 10, height - 0.7 * lineHeight, Math.max(10, width - 20));
    }

    private static double width(String text, Font font) {
        Text t = new Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
