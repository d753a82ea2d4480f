package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.backproplab.engine.Activation;

/**
 * The hidden layers of the network as editable rows (width and activation, with a remove
 * button) and an "Add hidden layer" button. Calls {@code onChange} after every user edit.
 */
final class HiddenLayersEditor extends VBox {
    /** Activations a hidden layer may use. */
    static final List<Activation> HIDDEN = Activation.hiddenChoices();
    private static final int MAX_LAYERS = 8;
    /** Widest hidden layer the editor offers. */
    static final int MAX_WIDTH = 256;

    private final Runnable onChange;
    private final java.util.function.Consumer<String> problem;
    private final VBox rows = new VBox();
    private final Button add = new Button("+ Add hidden layer");
    private final List<Spinner<Integer>> widths = new ArrayList<>();
    private final List<ChoiceBox<Activation>> activations = new ArrayList<>();

    /**
     * @param onChange called after the user changes a layer
     * @param problem  receives a one-line problem with a typed width
     */
    HiddenLayersEditor(Runnable onChange, java.util.function.Consumer<String> problem) {
        this.onChange = onChange;
        this.problem = problem;
        getStyleClass().add("hidden-layers");
        rows.getStyleClass().add("layer-rows");
        add.setId("addLayerButton");
        add.setOnAction(e -> {
            int width = widths.isEmpty() ? 4 : widths.get(widths.size() - 1).getValue();
            Activation act = activations.isEmpty() ? Activation.TANH
                    : activations.get(activations.size() - 1).getValue();
            addRow(width, act);
            onChange.run();
        });
        getChildren().addAll(rows, add);
    }

    /**
     * Shows layers without calling {@code onChange}.
     *
     * @param sizes widths of the hidden layers
     * @param acts  their activations
     */
    void setLayers(List<Integer> sizes, List<Activation> acts) {
        widths.clear();
        activations.clear();
        rows.getChildren().clear();
        for (int i = 0; i < sizes.size(); i++) {
            addRow(sizes.get(i), acts.get(i));
        }
    }

    /** @return the hidden layers' widths */
    List<Integer> widths() {
        return widths.stream().map(Spinner::getValue).toList();
    }

    /** @return the hidden layers' activations */
    List<Activation> activations() {
        return activations.stream().map(ChoiceBox::getValue).toList();
    }

    private void addRow(int width, Activation act) {
        Spinner<Integer> w = new Spinner<>(1, MAX_WIDTH, width);
        w.setPrefWidth(84);
        w.getStyleClass().add("layer-width");
        SpinnerFields.integer(w, "A hidden layer's width", () -> true, problem, onChange);
        ChoiceBox<Activation> a = Choices.of(HIDDEN, Activation::id);
        if (!HIDDEN.contains(act)) {
            a.getItems().add(act);
        }
        a.setValue(act);
        a.valueProperty().addListener((obs, o, n) -> onChange.run());
        Button remove = Icons.only(new Button(), org.kordamp.ikonli.materialdesign2.MaterialDesignC.CLOSE,
                "Remove this hidden layer");
        remove.setTooltip(new javafx.scene.control.Tooltip("Remove this hidden layer"));
        remove.getStyleClass().add("remove-layer");
        Label name = new Label();
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(name, w, a, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("layer-row");
        remove.setOnAction(e -> {
            int i = rows.getChildren().indexOf(row);
            rows.getChildren().remove(i);
            widths.remove(i);
            activations.remove(i);
            renumber();
            onChange.run();
        });
        widths.add(w);
        activations.add(a);
        rows.getChildren().add(row);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < rows.getChildren().size(); i++) {
            ((Label) ((HBox) rows.getChildren().get(i)).getChildren().get(0)).setText("H" + (i + 1));
        }
        add.setDisable(rows.getChildren().size() >= MAX_LAYERS);
    }
}
