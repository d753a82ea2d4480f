package org.backproplab.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.backproplab.sim.Granularity;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The toolbar: lessons, Step Back / Step / Play-Pause / Reset / Re-initialise, the step
 * granularity, the speed slider and the settings toggle, all bound to the view-model.
 */
public final class ControlBar extends FlowPane {

    /**
     * @param vm      the view-model
     * @param lessons the lesson menu button
     */
    public ControlBar(MainViewModel vm, MenuButton lessons) {
        getStyleClass().add("control-bar");
        setAlignment(Pos.CENTER_LEFT);

        ToggleButton settings = Icons.only(new ToggleButton(), MaterialDesignM.MENU, "Settings panel");
        settings.setId("settingsToggle");
        settings.selectedProperty().bindBidirectional(vm.settingsVisibleProperty());
        settings.setTooltip(new Tooltip("Show or hide the settings panel"));

        Button back = Icons.on(button("Back", "stepBackButton", "Step back (←)", vm::stepBack),
                MaterialDesignS.STEP_BACKWARD, false);
        back.disableProperty().bind(vm.canStepBackProperty().not());
        Button step = Icons.on(button("Step", "stepButton", "Step forward (→)", vm::stepForward),
                MaterialDesignS.STEP_FORWARD, true);
        step.getStyleClass().add("accent");
        Button play = Icons.on(button("Play", "playButton", "Play or pause (Space)", vm::togglePlay),
                MaterialDesignP.PLAY, false);
        play.textProperty().bind(javafx.beans.binding.Bindings.when(vm.runningProperty())
                .then("Pause").otherwise("Play"));
        Icons.of(play).iconCodeProperty().bind(javafx.beans.binding.Bindings.when(vm.runningProperty())
                .<org.kordamp.ikonli.Ikon>then(MaterialDesignP.PAUSE).otherwise(MaterialDesignP.PLAY));
        Button reset = Icons.on(button("Reset", "resetButton", "", vm::reset), MaterialDesignR.RESTORE, false);
        reset.getTooltip().textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> resetTip(vm.labProperty().get()), vm.labProperty()));
        Button reinit = Icons.on(button("Re-initialise", "reinitButton",
                "New random starting weights (next seed); Step Back returns to the weights before", vm::reinitialise),
                MaterialDesignD.DICE_5, false);

        HBox granularity = new HBox();
        granularity.getStyleClass().add("segmented");
        Tooltip.install(granularity, new Tooltip("How far Step and Step Back move"));
        ToggleGroup group = new ToggleGroup();
        for (Granularity g : Granularity.values()) {
            ToggleButton t = new ToggleButton(g.label());
            t.setId("granularity" + g.label());
            t.setToggleGroup(group);
            t.setUserData(g);
            t.setSelected(vm.granularityProperty().get() == g);
            t.setFocusTraversable(false);
            granularity.getChildren().add(t);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.granularityProperty().set((Granularity) now.getUserData());
            }
        });
        vm.granularityProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData() == now)));

        Slider speed = new Slider(0, 1, vm.speedPositionProperty().get());
        speed.setId("speedSlider");
        speed.valueProperty().bindBidirectional(vm.speedPositionProperty());
        speed.setPrefWidth(120);
        speed.setMinWidth(80);
        speed.setFocusTraversable(false);
        speed.setTooltip(new Tooltip("Play speed: 1 iteration/s … 1,000 iterations/s, then flat out"));
        Label speedText = new Label();
        speedText.setId("speedLabel");
        speedText.getStyleClass().add("speed-text");
        speedText.textProperty().bind(vm.speedTextProperty());
        speedText.setMinWidth(Region.USE_PREF_SIZE);

        Label speedLabel = new Label("Speed");
        getChildren().addAll(settings, lessons, new Separator(javafx.geometry.Orientation.VERTICAL),
                back, step, play, reset, reinit, new Separator(javafx.geometry.Orientation.VERTICAL),
                granularity, speedLabel, speed, speedText);
        for (var n : getChildren()) {
            if (n instanceof javafx.scene.control.Labeled b) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        for (var n : granularity.getChildren()) {
            ((ToggleButton) n).setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** What Reset returns to: the lab's own weights, or its initialiser and seed. */
    static String resetTip(org.backproplab.io.LabFile lab) {
        String start = lab == null || lab.parameters() != null || lab.init() == null ? "the lab's own weights"
                : "the starting weights drawn by " + lab.init().scheme() + " with seed " + lab.init().seed();
        return "Back to " + start + ", before iteration 1 (Step Back returns to where you were)";
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }
}
