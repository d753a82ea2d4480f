package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Stepper;
import org.junit.jupiter.api.Test;

/** Shapes of the spiral lesson's matrices (2-8-8-8-1 with biases, batches of 10), phase by phase. */
class MatrixShapesTest {

    @Test
    void eachPhaseNamesItsMatricesWithTheBatchSizeFilledIn() {
        Stepper stepper = new Stepper(LabRun.start(LabReader.read(Path.of("assets/lessons/spiral-deep.lab.json"))), 1 << 22);
        String[] expected = {
            "Z₁ (10×8) = X (10×2) · W₁ (2×8) + b₁ (1×8, added to each of 10 rows)",
            "Z₂ (10×8) = A₁ (10×8) · W₂ (8×8) + b₂ (1×8, added to each of 10 rows)",
            "Z₃ (10×8) = A₂ (10×8) · W₃ (8×8) + b₃ (1×8, added to each of 10 rows)",
            "Z₄ (10×1) = A₃ (10×8) · W₄ (8×1) + b₄ (1×1, added to each of 10 rows)",
            "Y = A₄ (10×1), T (10×1) → J: one number, the mean over 10 rows",
            "δ₄ (10×1),  ∂J/∂W₄ = A₃ᵀ (8×10) · δ₄ (10×1) = 8×1,  δ₄ · W₄ᵀ → ∂J/∂A₃ (10×8)",
            "δ₃ (10×8),  ∂J/∂W₃ = A₂ᵀ (8×10) · δ₃ (10×8) = 8×8,  δ₃ · W₃ᵀ → ∂J/∂A₂ (10×8)",
            "δ₂ (10×8),  ∂J/∂W₂ = A₁ᵀ (8×10) · δ₂ (10×8) = 8×8,  δ₂ · W₂ᵀ → ∂J/∂A₁ (10×8)",
            "δ₁ (10×8),  ∂J/∂W₁ = Xᵀ (2×10) · δ₁ (10×8) = 2×8",
            "W_l ← W_l − α·∂J/∂W_l: each W_l keeps its shape (2×8, 8×8, 8×8, 8×1)",
        };
        assertEquals("X (10×2): the batch of 10 rows", MatrixShapes.describe(stepper.snapshot(false)));
        for (String e : expected) {
            stepper.forward(Granularity.PHASE);
            assertEquals(e, MatrixShapes.describe(stepper.snapshot(false)));
        }
    }
}
