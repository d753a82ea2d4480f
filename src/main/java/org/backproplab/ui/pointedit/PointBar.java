package org.backproplab.ui.pointedit;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The strip above the plane or plot that edits its points: for classes a picker of the class
 * a click adds, "Clear points", and a line saying what each click does (or, with no points
 * left, what to do next), all on one compact line so that the plane keeps its room (the line is
 * cut short on a narrow panel; its tooltip has it whole).
 */
public final class PointBar extends HBox {
    private static final String PLANE_HINT = "click adds · shift-click: next class · right-click removes the nearest";
    private static final String PLOT_HINT = "click adds (x, y) · right-click removes the nearest";
    private final Label hint = new Label();

    /**
     * @param editor  the point editor
     * @param classes whether to offer the class picker (the decision-region plane)
     */
    public PointBar(PointEditor editor, boolean classes) {
        super(6);
        getStyleClass().add("point-bar");
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-padding: 1 6 2 6; -fx-font-size: 11px;");
        if (classes) {
            ChoiceBox<String> picker = new ChoiceBox<>(editor.classNames());
            picker.setId("pointClass");
            picker.setStyle("-fx-padding: 0 2 0 2;");
            picker.setTooltip(new Tooltip("The class a click adds (shift-click adds the next one)"));
            picker.getSelectionModel().select(editor.selectedClassProperty().get());
            picker.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
                if (i.intValue() >= 0) {
                    editor.selectedClassProperty().set(i.intValue());
                }
            });
            editor.selectedClassProperty().addListener((obs, old, i) -> picker.getSelectionModel().select(i.intValue()));
            editor.classNames().addListener((javafx.collections.ListChangeListener<String>) c ->
                    picker.getSelectionModel().select(editor.selectedClassProperty().get()));
            Label add = new Label("Add");
            add.setMinWidth(USE_PREF_SIZE);
            picker.setMinWidth(USE_PREF_SIZE);
            getChildren().addAll(add, picker);
        }
        Button clear = new Button("Clear points");
        clear.setId(classes ? "clearPoints" : "clearFitPoints");
        clear.setFocusTraversable(false);
        clear.setStyle("-fx-padding: 1 6 1 6;");
        clear.setMinWidth(USE_PREF_SIZE);
        clear.setOnAction(e -> editor.clear());
        hint.setId(classes ? "pointHint" : "fitPointHint");
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(hint.textProperty());
        hint.setTooltip(whole);
        String normal = classes ? PLANE_HINT : PLOT_HINT;
        hint.setText(normal);
        editor.editedProperty().addListener((obs, old, p) -> {
            boolean empty = p != null && p.rows() == 0;
            hint.setText(empty ? PointEditor.EMPTY_HINT : normal);
            hint.setStyle(empty ? "-fx-font-weight: bold; -fx-text-fill: #b71c1c;" : "-fx-text-fill: #455a64;");
        });
        hint.setStyle("-fx-text-fill: #455a64;");
        getChildren().addAll(clear, hint);
    }

    /** @param on true for presentation: type readable from the back of the room */
    public void setPresenterMode(boolean on) {
        setStyle("-fx-padding: 1 6 2 6; -fx-font-size: " + (on ? 15 : 11) + "px;");
    }

    /** @return the line saying what a click does (tests) */
    public String hintText() {
        return hint.getText();
    }
}
