package org.backproplab.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.GraphSelection;

/**
 * "Set w = [ ]" for a selected edge, "Set b = [ ]" for a selected hidden or output node of a
 * network with biases: types a new value for that weight or bias (shown only while one is
 * selected). The edit is a command applied between steps; mid-iteration the pass is recomputed
 * with it, and Step Back past the edit undoes it.
 */
final class WeightEditor extends HBox {
    private final TextField value = new TextField();
    private final Label name = new Label("Set w =");
    private final Label problem = new Label();
    private final MainViewModel vm;

    WeightEditor(MainViewModel vm) {
        this.vm = vm;
        getStyleClass().add("weight-editor");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        value.setId("weightField");
        value.setPrefColumnCount(7);
        value.setPromptText("e.g. 0.5");
        problem.getStyleClass().add("settings-problem");
        value.setOnAction(e -> commit());
        getChildren().addAll(name, value, problem);
        visibleProperty().bind(Bindings.createBooleanBinding(() -> editable(vm.selectionProperty().get()),
                vm.selectionProperty(), vm.snapshotProperty()));
        managedProperty().bind(visibleProperty());
        vm.selectionProperty().addListener((obs, old, sel) -> describe(sel));
        describe(vm.selectionProperty().get());
    }

    /** Whether the selection is an edge, or a non-input node of a network with biases. */
    private boolean editable(GraphSelection sel) {
        if (sel == null) {
            return false;
        }
        if (!sel.isNode()) {
            return true;
        }
        Snapshot s = vm.snapshotProperty().get();
        return s != null && s.architecture().bias() && sel.layer() >= 1;
    }

    private void describe(GraphSelection sel) {
        boolean bias = sel != null && sel.isNode();
        name.setText(bias ? "Set b =" : "Set w =");
        value.setTooltip(new Tooltip(bias ? "Type a new bias for this node and press Enter"
                : "Type a new weight and press Enter"));
        problem.setText("");
    }

    private void commit() {
        GraphSelection sel = vm.selectionProperty().get();
        if (!editable(sel)) {
            return;
        }
        try {
            double v = Double.parseDouble(value.getText().strip().replace('\u2212', '-'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            if (sel.isNode()) {
                vm.editBias(sel.layer(), sel.unit(), v);
            } else {
                vm.editWeight(sel.layer(), sel.fromUnit(), sel.toUnit(), v);
            }
            problem.setText("");
            value.clear();
        } catch (NumberFormatException ex) {
            problem.setText("not a number");
        }
    }
}
