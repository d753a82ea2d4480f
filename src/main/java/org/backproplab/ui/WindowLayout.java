package org.backproplab.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * How the main window's panels are arranged, in one place: the settings panel, the network and
 * the right column side by side (the centre), above the loss chart. The settings panel comes and
 * goes; in the "network only" layout the loss chart and the plots leave, and the right column
 * stays only for an open inspector. Views other than these go into the right column through
 * {@link ViewPanel.Plots} or into the slots passed here.
 */
final class WindowLayout {
    private final SplitPane centre = new SplitPane();
    private final SplitPane main;
    private final StackPane settingsSlot;
    private final StackPane chartBox;
    private final ViewPanel.Plots plots;
    private final VBox right;
    private boolean presenter;
    private boolean settingsBeforePresenting = true;
    private boolean networkOnlyBeforePresenting;
    /** Window height below which presenter mode gives the network the window ("network only"). */
    static final double SHORT_WINDOW_HEIGHT = 900;

    /**
     * @param settingsSlot where the settings panel goes (left)
     * @param graphBox     the network's panel (centre)
     * @param plots        the right column's plots and inspector
     * @param chartBox     where the loss chart goes (bottom)
     */
    WindowLayout(StackPane settingsSlot, Region graphBox, ViewPanel.Plots plots, StackPane chartBox) {
        this.settingsSlot = settingsSlot;
        this.chartBox = chartBox;
        this.plots = plots;
        right = plots.column();
        right.getStyleClass().add("right-column");
        right.setMinWidth(260);
        centre.getItems().addAll(settingsSlot, graphBox, right);
        centre.setDividerPositions(0.2, 0.72);
        SplitPane.setResizableWithParent(settingsSlot, false);
        SplitPane.setResizableWithParent(right, false);
        chartBox.getStyleClass().add("view-panel");
        chartBox.setMinHeight(100);
        main = new SplitPane(centre, chartBox);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(chartBox, true);
    }

    /** @return the arrangement, for the window's centre */
    Region root() {
        return main;
    }

    /** @param show whether the settings panel is shown, left of the network */
    void showSettings(boolean show) {
        boolean shown = centre.getItems().contains(settingsSlot);
        if (show && !shown) {
            centre.getItems().add(0, settingsSlot);
            centre.setDividerPositions(0.22, 0.70);
        } else if (!show && shown) {
            centre.getItems().remove(settingsSlot);
            centre.setDividerPositions(0.64);
        }
    }

    /**
     * Presenter mode: the settings panel out of the way, a taller loss chart for the large type,
     * and on a short projector (under {@link #SHORT_WINDOW_HEIGHT}) the "network only" layout,
     * since the network's numbers need the room (F9 brings the plots back); ending it restores
     * both as they were.
     *
     * @param on           whether presenter mode is on
     * @param vm           the view-model (settings panel and layout properties)
     * @param windowHeight the window's height (0 before it is shown)
     */
    void setPresenterMode(boolean on, MainViewModel vm, double windowHeight) {
        presenter = on;
        if (on) {
            settingsBeforePresenting = vm.settingsVisibleProperty().get();
            networkOnlyBeforePresenting = vm.networkOnlyProperty().get();
            vm.settingsVisibleProperty().set(false);
            if (windowHeight > 0 && windowHeight < SHORT_WINDOW_HEIGHT) {
                vm.networkOnlyProperty().set(true);
            }
        } else {
            vm.settingsVisibleProperty().set(settingsBeforePresenting);
            vm.networkOnlyProperty().set(networkOnlyBeforePresenting);
        }
        main.setDividerPositions(on ? 0.70 : 0.74);
    }

    /**
     * The right column and the loss chart as the mode wants them.
     *
     * @param inspectorOpen whether the inspector is open
     * @param windowHeight  the window's height
     * @param networkOnly   whether the network has the window
     */
    void fit(boolean inspectorOpen, double windowHeight, boolean networkOnly) {
        plots.fit(presenter, inspectorOpen, windowHeight, networkOnly);
        boolean rightShown = centre.getItems().contains(right);
        boolean rightWanted = !networkOnly || inspectorOpen;
        if (rightWanted && !rightShown) {
            centre.getItems().add(right);
            double[] d = centre.getDividerPositions();
            if (d.length > 0) {
                centre.setDividerPosition(d.length - 1, networkOnly ? 0.72 : 0.7);
            }
        } else if (!rightWanted && rightShown) {
            centre.getItems().remove(right);
        }
        boolean chartShown = main.getItems().contains(chartBox);
        if (networkOnly && chartShown) {
            main.getItems().remove(chartBox);
        } else if (!networkOnly && !chartShown) {
            main.getItems().add(chartBox);
            main.setDividerPositions(presenter ? 0.70 : 0.74);
        }
    }
}
