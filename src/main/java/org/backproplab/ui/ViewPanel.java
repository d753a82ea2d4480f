package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backproplab.sim.Snapshot;
import javafx.scene.input.MouseEvent;
import org.backproplab.ui.graphlab.UnitGraphWindow;
import org.backproplab.ui.pointedit.PointBar;
import org.backproplab.ui.pointedit.PointEditor;
import org.backproplab.ui.views.DecisionRegionView;
import org.backproplab.ui.views.InputImageView;

/** The main window's titled view panels, the inspector's box and the right column's plots. */
final class ViewPanel {
    /**
     * Window height below which the activation plot gives way, in presenter mode or while the
     * inspector is open, so that the decision regions (and the inspector) keep room to be read.
     */
    static final double PLOTS_MIN_HEIGHT = 950;

    private ViewPanel() {
    }

    /**
     * @param title   the panel's title
     * @param content the view
     * @return the view under its title, in a panel that may shrink to nothing
     */
    static StackPane titled(String title, Region content) {
        Label label = new Label(title);
        label.getStyleClass().add("panel-title");
        StackPane.setAlignment(label, Pos.TOP_LEFT);
        VBox box = new VBox(label, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        StackPane pane = new StackPane(box);
        pane.getStyleClass().add("view-panel");
        pane.setMinSize(0, 0);
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    /**
     * @param vm the view-model
     * @return the inspector's box with its title and close button, shown while something is
     *         selected (the inspector goes into it after the first frame)
     */
    static VBox inspectorBox(MainViewModel vm) {
        Button close = Icons.only(new Button(), org.kordamp.ikonli.materialdesign2.MaterialDesignC.CLOSE,
                "Close the inspector");
        close.setTooltip(new javafx.scene.control.Tooltip("Close the inspector"));
        close.getStyleClass().add("close-button");
        close.setId("inspectorClose");
        close.setOnAction(e -> vm.selectionProperty().set(null));
        Label title = new Label("Inspector");
        title.getStyleClass().add("panel-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button asGraph = new Button("As a graph");
        asGraph.setId("unitAsGraph");
        asGraph.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.selectionProperty()
                .get() != null && vm.selectionProperty().get().isNode() && vm.selectionProperty().get().layer() >= 1,
                vm.selectionProperty()));
        asGraph.setOnAction(e -> UnitGraphWindow.open(asGraph.getScene().getWindow(), vm.snapshotProperty().get(),
                vm.selectionProperty().get().layer(), vm.selectionProperty().get().unit(), vm.presenterModeProperty().get()));
        HBox header = new HBox(title, gap, asGraph, close);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(header);
        box.getStyleClass().add("inspector-box");
        box.visibleProperty().bind(vm.selectionProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * The decision regions, or for a network whose inputs are the pixels of a square image (the
     * digits) that image of the batch's first sample instead, with the panel's title saying
     * which.
     */
    static final class PlaneOrImage {
        final DecisionRegionView plane = new DecisionRegionView();
        final InputImageView image = new InputImageView();
        final org.backproplab.ui.functionfit.FunctionFitView fit = new org.backproplab.ui.functionfit.FunctionFitView();
        final org.backproplab.ui.functionfit.OutputMapView map = new org.backproplab.ui.functionfit.OutputMapView();
        final PointEditor points;
        private final PointBar planeBar;
        private final PointBar fitBar;
        private final javafx.scene.layout.BorderPane fitBox;
        private final StackPane panel;
        private org.backproplab.ui.heatmap.UnitMapPanel unitMap;
        private org.backproplab.ui.heatmap.NeuronMapOverlay overlay;

        /**
         * @param panel the titled panel
         * @param box   the panel's content box, where the views go
         * @param vm    the view-model (clicked points change its lab)
         */
        PlaneOrImage(StackPane panel, StackPane box, MainViewModel vm) {
            this.panel = panel;
            points = new PointEditor(vm);
            planeBar = new PointBar(points, true);
            fitBar = new PointBar(points, false);
            plane.setTop(planeBar);
            fitBox = new javafx.scene.layout.BorderPane(fit, fitBar, null, null, null);
            plane.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> points.clicked(e, plane.dataAt(e), false));
            fit.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> points.clicked(e, fit.dataAt(e), true));
            image.setVisible(false);
            fitBox.setVisible(false);
            map.setVisible(false);
            box.getChildren().addAll(plane, image, fitBox, map);
        }

        /** @param s the snapshot on show (only the visible view renders it) */
        void render(Snapshot s) {
            boolean curve = org.backproplab.ui.functionfit.FunctionFitView.shows(s);
            boolean heat = !curve && org.backproplab.ui.functionfit.OutputMapView.shows(s);
            boolean picture = !curve && !heat && image.shows(s);
            Snapshot edited = points.shown(s);
            if (curve) {
                show(fitBar, PointEditor.editsFunction(edited));
                fit.render(edited);
            } else if (heat) {
                map.render(s);
            } else if (picture) {
                image.render(s);
            } else {
                show(planeBar, PointEditor.editsPlane(edited));
                plane.render(edited);
            }
            if (unitMap != null) {
                overlay.offer(s);
                unitMap.render(s);
            }
            if (image.isVisible() != picture || fitBox.isVisible() != curve || map.isVisible() != heat) {
                image.setVisible(picture);
                fitBox.setVisible(curve);
                map.setVisible(heat);
                plane.setVisible(!picture && !curve && !heat);
                ((Label) panel.lookup(".panel-title")).setText(curve ? "Function fit" : heat ? "Output y over the inputs"
                        : picture ? "Input image" : "Decision regions");
            }
        }

        /**
         * Shows a hovered or clicked unit's map large on the decision plane while the graph's
         * neuron maps are on, and offers the neuron maps every snapshot shown (so that they
         * follow training at their own rate, not the graph's).
         *
         * @param graph   the network graph
         * @param overlay its neuron maps
         */
        void showUnitMaps(org.backproplab.ui.views.NetworkGraphView graph,
                          org.backproplab.ui.heatmap.NeuronMapOverlay overlay) {
            this.overlay = overlay;
            unitMap = new org.backproplab.ui.heatmap.UnitMapPanel(graph, plane, overlay, panel);
        }

        /** @return the large unit map, or null before {@link #showUnitMaps} */
        org.backproplab.ui.heatmap.UnitMapPanel unitMap() {
            return unitMap;
        }

        /** Stops the views' background threads. */
        void dispose() {
            plane.dispose();
            if (unitMap != null) {
                unitMap.dispose();
            }
        }

        private static void show(PointBar bar, boolean on) {
            if (bar.isVisible() != on) {
                bar.setVisible(on);
                bar.setManaged(on);
            }
        }

        /** @param on true for presentation: larger type */
        void setPresenterMode(boolean on) {
            plane.setPresenterMode(on);
            planeBar.setPresenterMode(on);
            fitBar.setPresenterMode(on);
            image.setPresenterMode(on);
            fit.setPresenterMode(on);
            map.setPresenterMode(on);
        }
    }

    /**
     * The right column: the inspector (while something is selected) above the decision regions
     * above the activation plot, in one split pane whose dividers the user can drag. A closed
     * inspector waits, hidden and taking no room, in the column's box.
     */
    static final class Plots extends SplitPane {
        private final VBox column = new VBox();
        private final VBox inspector;
        private final StackPane regions;
        private final StackPane activation;

        /**
         * @param inspector  the inspector's box
         * @param regions    the decision-region panel
         * @param activation the activation-plot panel
         */
        Plots(VBox inspector, StackPane regions, StackPane activation) {
            super(regions, activation);
            this.inspector = inspector;
            this.regions = regions;
            this.activation = activation;
            setOrientation(Orientation.VERTICAL);
            setDividerPositions(0.6);
            VBox.setVgrow(this, Priority.ALWAYS);
            column.getChildren().addAll(inspector, this);
        }

        /** @return the right column: this split pane, and the inspector while it is closed */
        VBox column() {
            return column;
        }

        /**
         * Shows the inspector while it is open, with about half the column, so that its
         * explanation can be read whole. On a short window (a 1280×800 projector or laptop) there
         * is no room for the activation plot below the decision regions in presenter mode's large
         * type, nor below an open inspector: the regions then get the plots' space alone until
         * presenter mode ends, the inspector closes or the window grows.
         *
         * @param presenter     whether presenter mode is on
         * @param inspectorOpen whether the inspector is open
         * @param windowHeight  the window's height (0 before it is shown)
         * @param networkOnly   whether the network has the window (the plots are hidden; an open
         *                      inspector has the whole column)
         */
        void fit(boolean presenter, boolean inspectorOpen, double windowHeight, boolean networkOnly) {
            boolean room = (!presenter && !inspectorOpen) || windowHeight <= 0 || windowHeight >= PLOTS_MIN_HEIGHT;
            List<Region> items = new ArrayList<>();
            if (inspectorOpen) {
                items.add(inspector);
            }
            if (!networkOnly) {
                items.add(regions);
                if (room) {
                    items.add(activation);
                }
            }
            if (!getItems().equals(items)) {
                getItems().setAll(items);
                if (items.size() > 1) {
                    setDividerPositions(inspectorOpen ? (room ? new double[] {0.45, 0.75} : new double[] {0.55})
                            : new double[] {0.6});
                }
                if (!inspectorOpen && inspector.getParent() != column) {
                    column.getChildren().add(0, inspector);
                }
            }
        }
    }
}
