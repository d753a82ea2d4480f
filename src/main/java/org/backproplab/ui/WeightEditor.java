package org.backproplab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.backproplab.ui.views.GraphSelection;

/**
 * "Set w = [ ]": types a new value for the selected weight (shown only while an edge is
 * selected). Mid-iteration the pass is recomputed with it; Step Back past the edit undoes it.
 */
final class WeightEditor extends HBox {
    private final TextField value = new TextField();
    private final Label problem = new Label();

    WeightEditor(MainViewModel vm) {
        getStyleClass().add("weight-editor");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        value.setId("weightField");
        value.setPrefColumnCount(7);
        value.setPromptText("e.g. 0.5");
        value.setTooltip(new Tooltip("Type a new weight and press Enter"));
        problem.getStyleClass().add("settings-problem");
        value.setOnAction(e -> {
            GraphSelection sel = vm.selectionProperty().get();
            if (sel == null || sel.isNode()) {
                return;
            }
            try {
                double w = Double.parseDouble(value.getText().strip().replace('\u2212', '-'));
                if (!Double.isFinite(w)) {
                    throw new NumberFormatException();
                }
                vm.editWeight(sel.layer(), sel.fromUnit(), sel.toUnit(), w);
                problem.setText("");
                value.clear();
            } catch (NumberFormatException ex) {
                problem.setText("not a number");
            }
        });
        getChildren().addAll(new Label("Set w ="), value, problem);
        visibleProperty().bind(vm.selectionProperty().isNotNull().and(
                javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> vm.selectionProperty().get() != null && !vm.selectionProperty().get().isNode(),
                        vm.selectionProperty())));
        managedProperty().bind(visibleProperty());
    }
}
