package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inspector writes the lecture's chain-rule formulas with its numbers. */
class InspectorPaneTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static String formula(int step, GraphSelection sel) {
        return Fx.call(() -> {
            InspectorPane pane = new InspectorPane();
            pane.render(TestSnapshots.lecture(step), sel);
            return pane.formulaText();
        });
    }

    @Test
    void hiddenWeightW11ShowsTheLectureChainRuleWithItsNumbers() {
        String text = formula(5, GraphSelection.edge(1, 0, 0));
        // ∂J/∂W11 = ∂J/∂h1 · h1(1−h1) · x1; h1 = σ(11), σ(11)(1−σ(11)) = 1.670e−5 (hand computed)
        assertTrue(text.contains("∂J/∂W₁₁ = ∂J/∂h₁ · h₁(1−h₁) · x₁"), text);
        assertTrue(text.contains("= −0.04096 × 1.670e−5 × 5 = −3.421e−6"), text);
    }

    @Test
    void outputWeightShowsTheFusedSensitivityOfSigmoidAndCrossEntropy() {
        String text = formula(5, GraphSelection.edge(2, 1, 0));
        assertTrue(text.contains("∂J/∂V₂ = ∂J/∂y · y(1−y) · h₂ = δ(y) · h₂"), text);
        // δ = (y − t)/n = (0.5904 − 1)/1; h2 = σ(1) = 0.7311; V2 gradient −0.29945768 (lecture)
        assertTrue(text.contains("δ(y) = (0.5904 − 1)/1 = −0.4096"), text);
        assertTrue(text.contains("∂J/∂V₂ = −0.4096 × 0.7311 = −0.2995"), text);
    }

    @Test
    void hiddenNodeShowsZActivationAndTheGradientSummedFromTheOutput() {
        String text = formula(5, GraphSelection.node(1, 0));
        // z(h1) = 5·1 + 3·2 = 11
        assertTrue(text.contains("z(h₁) = x₁·W₁₁ + x₂·W₂₁ = 5 × 1 + 3 × 2 = 11"), text);
        assertTrue(text.contains("∂J/∂h₁ = Σₖ δₖ·V₁ₖ = δ(y)·V₁ = −0.4096 × 0.1 = −0.04096"), text);
    }

    @Test
    void beforeTheBackwardPassTheGradientIsNamedAsNotComputedYet() {
        String text = formula(1, GraphSelection.edge(1, 0, 0));
        assertTrue(text.contains("not computed yet (BACKWARD layer 1)"), text);
        assertTrue(!text.contains("−3.421e−6"), text);
    }

    @Test
    void afterTheUpdateShowsOldAndNewWeightWhenTheIterationWasSeenBeforeTheUpdate() {
        String text = Fx.call(() -> {
            InspectorPane pane = new InspectorPane();
            pane.setLearningRate(0.1);
            GraphSelection v1 = GraphSelection.edge(2, 0, 0);
            pane.render(TestSnapshots.lecture(5), v1);
            pane.render(TestSnapshots.lecture(6), v1);
            return pane.formulaText();
        });
        // V1 ← 0.1 − 0.1 × (−0.40961516) = 0.140961516
        assertTrue(text.contains("update: V₁: 0.1 → 0.14096151"), text);
        assertTrue(text.contains("SGD step −η·∂J/∂V₁ = +0.04096"), text);
    }

    @Test
    void softmaxCrossEntropyOutputUsesTheFusedSensitivityOverTheBatch() {
        IrisRun run = new IrisRun(4, 3);
        run.trainEpochs(1);
        var s = run.snapshotAt(5);
        String text = Fx.call(() -> {
            InspectorPane pane = new InspectorPane();
            pane.render(s, GraphSelection.node(2, 1));
            return pane.formulaText();
        });
        // δ = (y − t)/n for sample 1, from the pass's output and target, n = 16
        double y = s.pass().output().get(0, 1);
        double t = s.pass().targets().get(0, 1);
        String expected = "= (" + NumberText.short4(y) + " − " + NumberText.short4(t) + ")/16 = "
                + NumberText.short4((y - t) / 16) + "   (softmax + cross-entropy)";
        assertTrue(text.contains(expected), expected + "\n" + text);
        assertTrue(text.contains("sample 1 of the batch of n = 16"), text);
    }
}
