package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backproplab.data.Standardizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inspector writes a unit's bias also as lecture 003's threshold: θ = −b on a constant input
 * −1 (a bias of 0.35 is the threshold −0.35; a bias of −1.5 the threshold 1.5).
 */
class InspectorThresholdTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    private static String formula(double bias) {
        return Fx.call(() -> {
            InspectorPane pane = new InspectorPane();
            pane.render(TestSnapshots.ofParameters(TestSnapshots.singleSigmoid(1, 0, bias),
                    TestSnapshots.twoClassPlane(new Standardizer(new double[] {0, 0}, new double[] {1, 1})),
                    new int[] {0}), GraphSelection.node(1, 0));
            return pane.formulaText();
        });
    }

    @Test
    void theBiasIsAlsoShownAsTheThresholdOnAConstantMinusOneInput() {
        String text = formula(0.35);
        assertTrue(text.contains("b₁ = 0.35"), text);
        assertTrue(text.contains("as a threshold: θ = −b₁ = −0.35 on a constant input −1"), text);
        assertTrue(formula(-1.5).contains("θ = −b₁ = 1.5 on a constant input −1"));
    }
}
