package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Pass;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The inspector writes softplus and leaky ReLU units with their formulas and hand-worked numbers. */
class InspectorNewActivationsTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    // x = 1 → z(h) = −0.5 → h = g(−0.5) → y = σ(2h), target 1, binary cross-entropy
    private static String hiddenNode(String activation) {
        Snapshot s = backwardDone(LabReader.parse("""
                {"format": "backprop-lab/1", "title": "one hidden unit",
                 "network": {"layers": [1, 1, 1], "activations": ["%s", "sigmoid"], "bias": false, "loss": "bce"},
                 "parameters": {"weights": [[[-0.5]], [[2.0]]], "biases": null},
                 "data": {"inputs": [[1.0]], "targets": [[1.0]]},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 0, "epochs": 1, "seed": 1}}
                """.formatted(activation), "one hidden unit", null));
        return Fx.call(() -> {
            InspectorPane pane = new InspectorPane();
            pane.render(s, GraphSelection.node(1, 0));
            return pane.formulaText();
        });
    }

    private static Snapshot backwardDone(org.backproplab.io.LabFile lab) {
        LabRun run = LabRun.start(lab);
        Parameters before = run.session().network().parameters().copy();
        Pass pass = run.session().iterate(true);
        Architecture arch = before.architecture();
        PhaseCursor phase = new PhaseCursor(5, arch.layerCount());
        return new Snapshot(arch, before, pass, phase, 0, 0, 0, 1, new int[] {0}, run.data(), List.of(), List.of(),
                false, true, "");
    }

    @Test
    void softplusUnitShowsLnOfOnePlusEToTheZAndSigmoidAsItsDerivative() {
        String text = hiddenNode("softplus");
        // h = ln(1 + e^−0.5) = 0.474077; y = σ(0.948154) = 0.720744; ∂J/∂h = (y − 1)·2 = −0.558512;
        // g′(−0.5) = σ(−0.5) = 0.377541; δ = −0.558512 × 0.377541 = −0.210861
        assertTrue(text.contains("= ln(1 + e^z) = ln(1 + e^(−0.5)) = 0.4741"), text);
        assertTrue(text.contains("· σ(z) = −0.5585 × 0.3775 = −0.2109"), text);
    }

    @Test
    void leakyReluUnitKeepsOneHundredthOfTheGradientBelowZero() {
        String text = hiddenNode("leaky_relu");
        // h = 0.01 × (−0.5) = −0.005; y = σ(−0.01) = 0.4975; ∂J/∂h = (y − 1)·2 = −1.005; δ = −1.005 × 0.01
        assertTrue(text.contains("= max(0.01·z, z) = max(0.01·(−0.5), −0.5) = −0.005"), text);
        assertTrue(text.contains("· (1 if z>0, else 0.01) = −1.005 × 0.01 = −0.01005"), text);
    }
}
