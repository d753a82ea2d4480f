package org.backproplab.ui.views;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/** Base of the plain-text views: a titled block of text that fills the pane. */
abstract class TextView extends StackPane {
    private final Label text = new Label();

    /** @param styleClass the view's style class */
    TextView(String styleClass) {
        getStyleClass().addAll("text-view", styleClass);
        text.setWrapText(true);
        text.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        getChildren().add(text);
        setMinSize(0, 0);
    }

    /** @param content the text to show */
    void show(String content) {
        text.setText(content);
    }

    /**
     * @param v a number
     * @return it with four decimals
     */
    static String num(double v) {
        return String.format("%.4f", v);
    }
}
