package org.backproplab.ui.views;

import org.backproplab.engine.Architecture;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;

/**
 * The shapes of the matrices the current phase computes, with the batch size m filled in
 * (lecture 004's page on shapes): Z_l and A_l are m × S_l, W_l is S_{l−1} × S_l, b_l is one row
 * of S_l added to each of the m rows, δ_l is m × S_l and ∂J/∂W_l = A_{l−1}ᵀ · δ_l is
 * S_{l−1} × S_l, the shape of W_l. Layer 0 is the input, A_0 = X.
 */
public final class MatrixShapes {
    private MatrixShapes() {
    }

    /**
     * @param s a snapshot
     * @return e.g. "Z₂ (10×8) = A₁ (10×8) · W₂ (8×8) + b₂ (1×8, added to each of 10 rows)", or ""
     *         before the batch's pass
     */
    public static String describe(Snapshot s) {
        Architecture arch = s.architecture();
        PhaseCursor p = s.phase();
        int m = s.pass() != null ? s.pass().inputs().rows() : s.batchRows().length;
        int layers = arch.layerCount();
        int l = p.layer();
        return switch (p.kind()) {
            case READY -> "X (" + m + "×" + arch.inputSize() + "): the batch of " + m + " rows";
            case FORWARD -> {
                String z = "Z" + Notation.sub(l) + " (" + shape(m, arch.unitsOf(l - 1)) + ") = "
                        + a(l - 1) + " (" + shape(m, arch.inputsOf(l - 1)) + ") · W" + Notation.sub(l) + " ("
                        + shape(arch.inputsOf(l - 1), arch.unitsOf(l - 1)) + ")";
                yield arch.bias() ? z + " + b" + Notation.sub(l) + " (1×" + arch.unitsOf(l - 1) + ", added to each of "
                        + m + " rows)" : z;
            }
            case LOSS -> "Y = A" + Notation.sub(layers) + " (" + shape(m, arch.outputSize()) + "), T ("
                    + shape(m, arch.outputSize()) + ") → J: one number, the mean over " + m + " rows";
            case BACKWARD -> "δ" + Notation.sub(l) + " (" + shape(m, arch.unitsOf(l - 1)) + "),  ∂J/∂W" + Notation.sub(l)
                    + " = " + a(l - 1) + "ᵀ (" + shape(arch.inputsOf(l - 1), m) + ") · δ" + Notation.sub(l) + " ("
                    + shape(m, arch.unitsOf(l - 1)) + ") = " + shape(arch.inputsOf(l - 1), arch.unitsOf(l - 1))
                    + (l > 1 ? ",  δ" + Notation.sub(l) + " · W" + Notation.sub(l) + "ᵀ → ∂J/∂A" + Notation.sub(l - 1)
                    + " (" + shape(m, arch.inputsOf(l - 1)) + ")" : "");
            case UPDATE -> "W_l ← W_l − α·∂J/∂W_l: each W_l keeps its shape (" + weightShapes(arch) + ")";
        };
    }

    private static String a(int layer) {
        return layer == 0 ? "X" : "A" + Notation.sub(layer);
    }

    private static String shape(int rows, int cols) {
        return rows + "×" + cols;
    }

    private static String weightShapes(Architecture arch) {
        StringBuilder b = new StringBuilder();
        for (int l = 0; l < arch.layerCount(); l++) {
            b.append(l == 0 ? "" : ", ").append(shape(arch.inputsOf(l), arch.unitsOf(l)));
        }
        return b.toString();
    }
}
