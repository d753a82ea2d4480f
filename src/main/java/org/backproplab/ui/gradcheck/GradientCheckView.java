package org.backproplab.ui.gradcheck;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.backproplab.data.Dataset;
import org.backproplab.engine.GradientTable;
import org.backproplab.engine.Matrix;
import org.backproplab.engine.Parameters;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.NumberText;

/**
 * Analytic against numerical gradients for the snapshot on show: ε on a slider from 1e−1 to
 * 1e−10 (one decade a notch), a table of every parameter worst first, and a line saying how
 * many agree. The table is worked out on one background thread while the run is paused; a new
 * snapshot (the weights or batch changed) or a new ε cancels the work in progress.
 */
public final class GradientCheckView extends BorderPane {
    /** Relative error below which a row counts as agreeing. */
    static final double AGREES = 1e-6;

    private final Slider epsilon = new Slider(1, 10, 5);
    private final Label epsilonText = new Label();
    private final Label status = new Label();
    private final TableView<GradientTable.Row> table = new TableView<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gradient-check");
        t.setDaemon(true);
        return t;
    });
    private AtomicBoolean cancel = new AtomicBoolean();
    private Snapshot requested;
    private double requestedEpsilon;
    private GradientTable shown;

    /** An empty view; {@link #render} fills it. */
    public GradientCheckView() {
        getStyleClass().add("gradient-check-view");
        setId("gradientCheckView");
        epsilon.setId("epsilonSlider");
        epsilon.setMajorTickUnit(1);
        epsilon.setMinorTickCount(0);
        epsilon.setSnapToTicks(true);
        epsilon.setBlockIncrement(1);
        epsilon.setPrefWidth(220);
        epsilonText.setId("epsilonText");
        epsilonText.setMinWidth(110);
        status.setId("gradientCheckStatus");
        epsilon.valueProperty().addListener((obs, old, v) -> {
            epsilonText.setText("\u03b5 = 1e\u2212" + Math.round(v.doubleValue()));
            if (requested != null) {
                Snapshot s = requested;
                requested = null;
                render(s);
            }
        });
        epsilonText.setText("\u03b5 = 1e\u22125");
        HBox controls = new HBox(10, new Label("Step"), epsilon, epsilonText, status);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(2, 6, 2, 6));
        setTop(controls);
        table.setId("gradientCheckTable");
        table.setPlaceholder(new Label("Pause, or step, to check every gradient against central differences."));
        table.getColumns().add(column("parameter", r -> r.name() + (r.kink() ? "  \u26a0 kink" : ""), 150));
        table.getColumns().add(column("analytic \u2202J/\u2202\u03b8", r -> NumberText.full(r.analytic()), 210));
        table.getColumns().add(column("(J(\u03b8+\u03b5) \u2212 J(\u03b8\u2212\u03b5)) / 2\u03b5",
                r -> NumberText.full(r.numeric()), 230));
        table.getColumns().add(column("relative error", r -> NumberText.short4(r.relativeError())
                + (r.relativeError() < AGREES ? "  \u2713" : "  \u2717"), 140));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        setCenter(table);
    }

    private static TableColumn<GradientTable.Row, String> column(String title,
            java.util.function.Function<GradientTable.Row, String> text, double width) {
        TableColumn<GradientTable.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /**
     * @param lossChart the loss chart
     * @param shown     the snapshot the window shows (checked when the tab is chosen)
     * @return the two in tabs, the loss chart first
     */
    public TabPane besideInTabs(Node lossChart, Supplier<Snapshot> shown) {
        Tab check = new Tab("Gradient check", this);
        check.setId("gradientCheckTab");
        TabPane tabs = new TabPane(new Tab("Loss and accuracy", lossChart), check);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("bottomTabs");
        tabs.getStyleClass().add("bottom-tabs");
        tabs.getStylesheets().add(GradientCheckView.class.getResource("gradcheck.css").toExternalForm());
        check.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                render(shown.get());
            }
        });
        return tabs;
    }

    /** @return ε as the slider sets it */
    public double epsilon() {
        return Math.pow(10, -Math.round(epsilon.getValue()));
    }

    /** @param exponent ε = 10^−exponent, 1 … 10 */
    public void setEpsilonExponent(int exponent) {
        epsilon.setValue(exponent);
    }

    /** @return the table on show, or null while none is */
    public GradientTable shown() {
        return shown;
    }

    /**
     * Starts checking the snapshot's parameters on its batch, unless that is what is shown or
     * being worked out already; while the run plays it waits (the weights change every
     * iteration).
     *
     * @param s the snapshot on show (FX thread)
     */
    public void render(Snapshot s) {
        if (s == null || !isVisible() || getScene() == null) {
            return;
        }
        if (s.running()) {
            cancel.set(true);
            requested = null;
            status.setText("Training is playing: pause to check the gradients.");
            return;
        }
        double eps = epsilon();
        if (requested != null && requested.parameters().equals(s.parameters())
                && java.util.Arrays.equals(requested.batchRows(), s.batchRows()) && eps == requestedEpsilon) {
            return;
        }
        cancel.set(true);
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        requested = s;
        requestedEpsilon = eps;
        status.setText("Checking " + s.architecture().parameterCount() + " parameters…");
        Parameters p = s.parameters();
        Matrix[] batch = batchOf(s);
        double l2 = s.hyperparameters() == null ? 0 : s.hyperparameters().l2();
        worker.submit(() -> {
            try {
                GradientTable t = GradientTable.compute(p, batch[0], batch[1], l2, eps, mine::get);
                Platform.runLater(() -> {
                    if (!mine.get()) {
                        show(t);
                    }
                });
            } catch (CancellationException e) {
                // the weights or ε changed: a newer check is on its way
            } catch (RuntimeException e) {
                Platform.runLater(() -> status.setText("Cannot check: " + e.getMessage()));
            }
        });
    }

    private void show(GradientTable t) {
        shown = t;
        table.setItems(FXCollections.observableArrayList(t.rows()));
        long agree = t.rows().stream().filter(r -> r.relativeError() < AGREES).count();
        long kinks = t.rows().stream().filter(GradientTable.Row::kink).count();
        status.setText(agree + " of " + t.rows().size() + " agree to 1e\u22126 at \u03b5 = " + NumberText.short4(t.epsilon())
                + (kinks > 0 ? "; " + kinks + " at a ReLU/step kink (\u26a0)" : "")
                + "; worst " + NumberText.short4(t.rows().isEmpty() ? 0 : t.rows().get(0).relativeError()));
    }

    /**
     * @param s a snapshot
     * @return its batch as {inputs, targets}, from the training set's rows
     */
    public static Matrix[] batchOf(Snapshot s) {
        Dataset train = s.data().train();
        int[] rows = s.batchRows();
        double[] x = new double[rows.length * train.inputSize()];
        double[] t = new double[rows.length * train.outputSize()];
        for (int r = 0; r < rows.length; r++) {
            train.copyInputs(rows[r], x, r * train.inputSize());
            train.copyTargets(rows[r], t, r * train.outputSize());
        }
        return new Matrix[] {Matrix.copyOf(rows.length, train.inputSize(), x, 0),
            Matrix.copyOf(rows.length, train.outputSize(), t, 0)};
    }

    /** @param on true for presentation: larger type */
    public void setPresenterMode(boolean on) {
        setStyle(on ? "-fx-font-size: 18px;" : "");
    }

    /** Stops the background thread. */
    public void dispose() {
        cancel.set(true);
        worker.shutdownNow();
    }
}
