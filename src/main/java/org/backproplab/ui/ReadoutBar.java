package org.backproplab.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backproplab.engine.LayerTrace;
import org.backproplab.engine.Matrix;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;
import org.backproplab.ui.views.GraphSelection;
import org.backproplab.ui.views.NumberText;

/**
 * The numbers under the views, on one line: the batch loss J, the output y and dJ/dy of the first sample in
 * the batch, the selected weight or node with its gradient, the last epoch's accuracies, and
 * the current notice. A quantity not yet computed in this iteration reads "—".
 */
public final class ReadoutBar extends FlowPane {
    private final Label loss = value("lossValue");
    private final Label output = value("outputValue");
    private final Label outputGradient = value("outputGradientValue");
    private final Label selectedName = new Label("Selected");
    private final Label selected = value("selectionValue");
    private final Label accuracy = value("accuracyValue");
    private final Label notice = new Label();
    /** Type scale of the cells, below 1 when their natural one-line width does not fit. */
    private double cellScale = 1;
    /** Smallest type scale before the cells wrap to a second line. */
    private static final double MIN_CELL_SCALE = 0.72;

    /** An empty readout. */
    public ReadoutBar() {
        getStyleClass().add("readout-bar");
        setAlignment(Pos.CENTER_LEFT);
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.setMinWidth(0);
        notice.setWrapText(false);
        getChildren().addAll(cell("Loss J", loss), cell("Output y, sample 1", output),
                cell("∂J/∂y, sample 1", outputGradient),
                cell(selectedName, selected), cell("Accuracy train / test", accuracy), notice);
    }

    /**
     * Keeps the cells on one line: when their natural width (their width at the current scale
     * divided by that scale, as type widths scale with the font) exceeds the bar's, their type
     * shrinks to fit, down to {@link #MIN_CELL_SCALE}; below that they wrap.
     */
    @Override
    protected void layoutChildren() {
        double available = getWidth() - snappedLeftInset() - snappedRightInset();
        double need = 0;
        int cells = 0;
        for (javafx.scene.Node n : getChildren()) {
            if (n != notice && n.isManaged()) {
                need += n.prefWidth(-1);
                cells++;
            }
        }
        need += Math.max(0, cells - 1) * getHgap();
        if (available > 0 && need > 0) {
            double natural = need / cellScale;
            // 2 % to spare: the cells' paddings do not shrink with the type
            double fit = Math.max(MIN_CELL_SCALE, Math.min(1, 0.98 * available / natural));
            boolean overflows = need > available && cellScale > MIN_CELL_SCALE;
            if (overflows || Math.abs(fit - cellScale) > 0.02 || fit == 1 && cellScale != 1) {
                cellScale = fit;
                String style = fit == 1 ? "" : String.format(java.util.Locale.ROOT, "-fx-font-size: %.3fem;", fit);
                getChildren().stream().filter(n -> n != notice).forEach(n -> n.setStyle(style));
            }
        }
        super.layoutChildren();
    }

    /** @return the type scale of the cells (1, or less when they would not fit on one line) */
    double cellScale() {
        return cellScale;
    }

    /** @return the label showing notices */
    public Label notice() {
        return notice;
    }

    /**
     * @param s   the snapshot
     * @param sel the selected node or edge, or null
     */
    public void render(Snapshot s, GraphSelection sel) {
        PhaseCursor p = s.phase();
        int last = s.architecture().layerCount();
        LayerTrace out = s.pass() == null ? null : s.pass().layers().get(last - 1);
        loss.setText(p.lossComputed() && s.pass() != null ? NumberText.aligned(s.pass().loss()) : "—");
        List<String> classes = s.data().train().classNames();
        output.setText(out != null && p.forwardComputed(last) ? firstRow(out.activation(), classes) : "—");
        outputGradient.setText(out != null && p.lossComputed() ? firstRow(out.dLossDActivation(), classes) : "—");
        renderSelection(s, sel);
        List<Snapshot.EpochMetrics> epochs = s.epochMetrics();
        if (epochs.isEmpty()) {
            accuracy.setText("—");
        } else {
            Snapshot.EpochMetrics m = epochs.get(epochs.size() - 1);
            accuracy.setText(NumberText.percent(m.train().accuracy()) + " / " + NumberText.percent(m.test().accuracy()));
        }
    }

    private void renderSelection(Snapshot s, GraphSelection sel) {
        if (sel == null) {
            selectedName.setText("Selected");
            selected.setText("click a node or edge");
            return;
        }
        PhaseCursor p = s.phase();
        int l = sel.layer();
        if (sel.isNode()) {
            selectedName.setText(l == 0 ? "Input x" + (sel.unit() + 1) : "Node " + (sel.unit() + 1) + ", layer " + l);
            String a = "—";
            String g = "—";
            if (s.pass() != null && l == 0) {
                a = NumberText.aligned(s.pass().inputs().get(0, sel.unit()));
                g = p.inputGradientComputed() ? NumberText.aligned(s.pass().dLossDInput().get(0, sel.unit())) : "—";
            } else if (s.pass() != null) {
                LayerTrace t = s.pass().layers().get(l - 1);
                a = p.forwardComputed(l) ? NumberText.aligned(t.activation().get(0, sel.unit())) : "—";
                boolean known = l == s.architecture().layerCount() ? p.lossComputed() : p.backwardComputed(l + 1);
                g = known ? NumberText.aligned(t.dLossDActivation().get(0, sel.unit())) : "—";
            }
            selected.setText("a = " + a + "  ∂J/∂a = " + g);
        } else {
            selectedName.setText("Weight " + (sel.fromUnit() + 1) + "→" + (sel.toUnit() + 1) + ", layer " + l);
            double w = s.weight(l - 1, sel.fromUnit(), sel.toUnit());
            String g = s.pass() != null && p.backwardComputed(l)
                    ? NumberText.aligned(s.pass().layers().get(l - 1).dLossDWeights().get(sel.fromUnit(), sel.toUnit()))
                    : "—";
            selected.setText("w = " + NumberText.aligned(w) + "  ∂J/∂w = " + g);
        }
    }

    /**
     * The first sample's row: every entry for up to four units; for more (the ten digits), the
     * three largest in magnitude, each named by its class (or unit number) and nonzero ones
     * first, so that the target's ∂J/∂y of a softmax among zeros is not the entry left out.
     *
     * @param m       batch × units
     * @param classes the class names, one per unit (or any other count: units are numbered)
     * @return e.g. "0.5904" or "7: 0.9312  1: 0.0301  4: 0.0102 …"
     */
    static String firstRow(Matrix m, List<String> classes) {
        StringBuilder b = new StringBuilder();
        int n = m.cols();
        if (n <= 4) {
            for (int j = 0; j < n; j++) {
                b.append(j == 0 ? "" : "  ").append(NumberText.aligned(m.get(0, j)));
            }
            return b.toString();
        }
        Integer[] order = new Integer[n];
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(Math.abs(m.get(0, y)), Math.abs(m.get(0, x))));
        for (int k = 0; k < 3; k++) {
            int j = order[k];
            if (k > 0 && m.get(0, j) == 0) {
                break;
            }
            String name = classes.size() == n ? classes.get(j) : "#" + (j + 1);
            b.append(k == 0 ? "" : "  ").append(name).append(": ").append(NumberText.aligned(m.get(0, j)));
        }
        return b.append(" …").toString();
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.getStyleClass().add("readout-value");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static VBox cell(String name, Label value) {
        return cell(new Label(name), value);
    }

    private static VBox cell(Label name, Label value) {
        name.getStyleClass().add("readout-name");
        VBox box = new VBox(name, value);
        box.getStyleClass().add("readout-cell");
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
