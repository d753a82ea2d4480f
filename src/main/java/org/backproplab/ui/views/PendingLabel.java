package org.backproplab.ui.views;

import javafx.geometry.Bounds;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A label of the network graph laid out but not drawn yet ({@link GraphPainter}).
 *
 * @param box    where it goes
 * @param text   what it says
 * @param color  its colour
 * @param font   its font, or null for the value font
 * @param target the node or edge it belongs to, or null for a label not reported
 * @param role   which of its labels, or null for a label not reported
 */
record PendingLabel(Bounds box, String text, Color color, Font font, GraphSelection target,
                    NetworkGraphView.LabelRole role) {
}
