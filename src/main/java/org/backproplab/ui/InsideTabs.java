package org.backproplab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import org.backproplab.sim.Snapshot;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.BorderPane;
import org.backproplab.ui.confusion.ConfusionView;
import org.backproplab.ui.heatmap.NeuronMapOverlay;
import org.backproplab.ui.hiddenspace.HiddenSpaceView;
import org.backproplab.ui.views.NetworkGraphView;
import org.backproplab.ui.gradientflow.GradientFlowView;

/**
 * The centre of the window as tabs: the network graph first, then the views that look inside
 * the network (gradient flow through depth, …). Every view is handed each snapshot (the
 * gradient history keeps counting while its tab is hidden), but a view draws only while its tab
 * is selected, and draws the newest snapshot when its tab comes up.
 */
final class InsideTabs extends TabPane {
    private final List<Consumer<Snapshot>> renders = new ArrayList<>();
    private final List<Consumer<Boolean>> presenters = new ArrayList<>();
    private final GradientFlowView gradientFlow = new GradientFlowView();
    private final ConfusionView confusion = new ConfusionView();
    private final NeuronMapOverlay neuronMaps;
    private final CheckBox mapsToggle;
    private final HiddenSpaceView hiddenSpace = new HiddenSpaceView();

    /**
     * System property naming the tab selected at start (e.g. "Gradient flow"), for screenshots
     * of a view made with {@code app --snapshot}.
     */
    static final String START_TAB_PROPERTY = "backproplab.tab";

    /**
     * @param network the network graph's panel, the first tab (its own title gives way to the tab's)
     * @param graph   the network graph in it (it draws the neuron maps)
     */
    InsideTabs(Region network, NetworkGraphView graph) {
        getStyleClass().add("inside-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        setMinSize(0, 0);
        neuronMaps = new NeuronMapOverlay(graph::redrawOverlay);
        graph.setNodeOverlay(neuronMaps);
        mapsToggle = new CheckBox("neuron maps");
        mapsToggle.setId("neuronMapsToggle");
        // off at first: a node then shows its value, as the lectures' worked examples need
        mapsToggle.setSelected(false);
        neuronMaps.setEnabled(false);
        mapsToggle.setFocusTraversable(false);
        mapsToggle.selectedProperty().addListener((obs, old, on) -> {
            neuronMaps.setEnabled(on);
            graph.redrawNow();
        });
        mapsToggle.setTooltip(new javafx.scene.control.Tooltip(
                "For a network with two inputs: each unit's activation over the input plane, drawn in its node"));
        // a row of its own under the graph, so it never covers the graph's legend lines
        mapsToggle.managedProperty().bind(mapsToggle.visibleProperty());
        BorderPane.setAlignment(mapsToggle, Pos.CENTER_RIGHT);
        BorderPane.setMargin(mapsToggle, new Insets(2, 8, 2, 0));
        BorderPane networkWithToggle = new BorderPane(network);
        networkWithToggle.setBottom(mapsToggle);
        add("Network", networkWithToggle, s -> mapsToggle.setVisible(s.architecture().inputSize() == 2), on -> { });
        add("Gradient flow", gradientFlow, gradientFlow::render, gradientFlow::setPresenterMode);
        add("Confusion", confusion, confusion::render, confusion::setPresenterMode);
        add("Hidden space", hiddenSpace, hiddenSpace::render, hiddenSpace::setPresenterMode);
        javafx.scene.Node title = network.lookup(".panel-title");
        if (title != null) {
            title.setVisible(false);
            title.setManaged(false);
        }
        String start = System.getProperty(START_TAB_PROPERTY, "");
        getTabs().stream().filter(t -> t.getText().equalsIgnoreCase(start)).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    private void add(String title, Region view, Consumer<Snapshot> render, Consumer<Boolean> presenter) {
        Tab tab = new Tab(title, view);
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        getTabs().add(tab);
        renders.add(render);
        presenters.add(presenter);
    }

    /** @param s the snapshot to show */
    void render(Snapshot s) {
        renders.forEach(r -> r.accept(s));
    }

    /** @param on true for presentation: larger type in every view */
    void setPresenterMode(boolean on) {
        presenters.forEach(p -> p.accept(on));
    }

    /** @return the gradient-flow chart */
    GradientFlowView gradientFlow() {
        return gradientFlow;
    }

    /** @param on whether the graph's nodes show their neuron maps (the toggle follows) */
    void showNeuronMaps(boolean on) {
        mapsToggle.setSelected(on);
    }

    /** @return the neuron maps drawn in the graph's nodes */
    NeuronMapOverlay neuronMaps() {
        return neuronMaps;
    }

    /** Stops the background threads of the views in the tabs. */
    void dispose() {
        neuronMaps.dispose();
        confusion.dispose();
        hiddenSpace.dispose();
    }

    /** @return the confusion matrices */
    ConfusionView confusion() {
        return confusion;
    }

    /**
     * @param title a tab's title
     * @return whether that tab is selected now
     */
    boolean showing(String title) {
        return getSelectionModel().getSelectedItem().getText().equals(title);
    }
}
