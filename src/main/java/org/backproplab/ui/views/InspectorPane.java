package org.backproplab.ui.views;

import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.backproplab.sim.Snapshot;

/**
 * The chain rule for the selected node or edge, with the snapshot's numbers plugged in (four
 * significant digits) followed by the exact values. The text is selectable so it can be
 * copied. After the update it shows the weight's old → new value when it saw this iteration
 * before the update (stepping phase by phase does).
 */
public class InspectorPane extends VBox {
    private static final PseudoClass PRESENTER = PseudoClass.getPseudoClass("presenter");
    private static final int MAX_ROWS = 16;
    private static final String HINT = "Click a node or an edge of the network to see how its gradient is computed.";

    private final Label title = new Label("Inspector");
    private final TextArea formula = new TextArea();
    private Snapshot last;
    private GraphSelection lastSelection;
    private Pass preUpdatePass;
    private Parameters preUpdateParameters;
    private double learningRate = Double.NaN;

    /** An inspector showing the hint until something is selected. */
    public InspectorPane() {
        getStyleClass().add("inspector-pane");
        title.getStyleClass().add("inspector-title");
        formula.getStyleClass().add("inspector-formula");
        formula.setEditable(false);
        formula.setWrapText(true);
        formula.setFocusTraversable(true);
        formula.setText(HINT);
        setVgrow(formula, Priority.ALWAYS);
        getChildren().addAll(title, formula);
    }

    /**
     * Shows the formula for a selection at a snapshot (returns at once when neither changed).
     *
     * @param snapshot  the snapshot, or null
     * @param selection a node or an edge, or null for the hint
     */
    public void render(Snapshot snapshot, GraphSelection selection) {
        if (snapshot == last && Objects.equals(selection, lastSelection)) {
            return;
        }
        last = snapshot;
        lastSelection = selection;
        if (snapshot != null && snapshot.pass() != null && !snapshot.phase().updated()) {
            preUpdatePass = snapshot.pass();
            preUpdateParameters = snapshot.parameters();
        }
        if (snapshot == null || selection == null || !fits(snapshot, selection)) {
            title.setText("Inspector");
            formula.setText(HINT);
            return;
        }
        PhaseValues v = new PhaseValues(snapshot);
        boolean sameIteration = snapshot.pass() != null && snapshot.pass().equals(preUpdatePass);
        List<String> lines = ChainRule.explain(v, selection, sameIteration ? preUpdateParameters : null, learningRate);
        title.setText(heading(v, selection));
        String text = String.join("\n", lines) + "\n\nExact values:\n" + HoverText.describe(v, selection);
        if (!text.equals(formula.getText())) {
            formula.setText(text);
            // tall enough for the whole explanation where the column allows (a line or two of
            // wrapping to spare), instead of a four-line box to scroll
            formula.setPrefRowCount(Math.min(MAX_ROWS, (int) text.lines().count() + 2));
        }
    }

    /**
     * @param eta the learning rate to show in the update line, or NaN to leave it out
     */
    public void setLearningRate(double eta) {
        learningRate = eta;
        Snapshot s = last;
        last = null;
        render(s, lastSelection);
    }

    /** @param large true for presentation: larger type */
    public void setPresenterMode(boolean large) {
        pseudoClassStateChanged(PRESENTER, large);
    }

    /** @return the text shown (formula lines, then the exact values) */
    public String formulaText() {
        return formula.getText();
    }

    /** @return the heading, e.g. "Weight W₁₁ (x₁ → h₁)" */
    public String headingText() {
        return title.getText();
    }

    private static String heading(PhaseValues v, GraphSelection sel) {
        var arch = v.architecture();
        if (sel.isNode()) {
            String cls = Notation.outputClass(arch, v.snapshot().data().train(), sel.layer(), sel.unit());
            String where = sel.layer() == 0 ? "input" : sel.layer() != v.layers() ? "hidden layer " + sel.layer()
                    : cls == null ? "output" : "output, class " + cls;
            return "Node " + Notation.node(arch, sel.layer(), sel.unit()) + " (" + where + ")";
        }
        return "Weight " + Notation.weight(arch, sel.layer(), sel.fromUnit(), sel.toUnit()) + " ("
                + Notation.node(arch, sel.layer() - 1, sel.fromUnit()) + " → " + Notation.node(arch, sel.layer(), sel.toUnit()) + ")";
    }

    private static boolean fits(Snapshot s, GraphSelection sel) {
        var sizes = s.architecture().sizes();
        if (sel.layer() < 0 || sel.layer() >= sizes.size() || sel.unit() < 0 || sel.unit() >= sizes.get(sel.layer())) {
            return false;
        }
        return sel.isNode() || (sel.layer() >= 1 && sel.fromUnit() >= 0 && sel.fromUnit() < sizes.get(sel.layer() - 1));
    }
}
