package org.backproplab.ui.views;

import static org.backproplab.ui.views.NumberText.full;

import org.backproplab.engine.Architecture;

/**
 * The exact (full-precision) values of one node or edge, for the graph's hover box. Values
 * not computed yet at the snapshot's phase read "not computed yet".
 */
final class HoverText {
    private static final String PENDING = "not computed yet";

    private HoverText() {
    }

    /**
     * @param v   the snapshot's values
     * @param sel a node or an edge
     * @return several lines, "name = value"
     */
    static String describe(PhaseValues v, GraphSelection sel) {
        Architecture arch = v.architecture();
        StringBuilder b = new StringBuilder();
        int l = sel.layer();
        if (sel.isNode()) {
            int u = sel.unit();
            String name = Notation.node(arch, l, u);
            b.append(name).append(l == 0 ? "  (input " : "  (layer " + l + ", unit ").append(u + 1);
            String cls = Notation.outputClass(arch, v.snapshot().data().train(), l, u);
            b.append(cls == null ? "" : ", class " + cls).append(")\n");
            String twin = SymmetryBadges.twinText(v.snapshot(), l, u);
            if (twin != null) {
                b.append(twin).append('\n');
            }
            if (l == 0) {
                line(b, name, v.valueKnown(0), v.valueKnown(0) ? v.value(0, u) : 0);
                line(b, "∂J/∂" + name, v.nodeGradientKnown(0), v.nodeGradientKnown(0) ? v.nodeGradient(0, u) : 0);
            } else {
                boolean fwd = v.valueKnown(l);
                line(b, "z", fwd, fwd ? v.preActivation(l, u) : 0);
                line(b, "a = " + name, fwd, fwd ? v.value(l, u) : 0);
                boolean grad = v.nodeGradientKnown(l);
                line(b, "∂J/∂" + name, grad, grad ? v.nodeGradient(l, u) : 0);
                boolean back = v.backwardKnown(l);
                line(b, "δ = ∂J/∂z", back, back ? v.delta(l, u) : 0);
                if (arch.bias()) {
                    b.append(Notation.bias(arch, l, u)).append(" = ").append(full(v.bias(l, u))).append('\n');
                    line(b, "∂J/∂" + Notation.bias(arch, l, u), back, back ? v.biasGradient(l, u) : 0);
                }
            }
        } else {
            String name = Notation.weight(arch, l, sel.fromUnit(), sel.toUnit());
            b.append(name).append("  (").append(Notation.node(arch, l - 1, sel.fromUnit())).append(" → ")
                    .append(Notation.node(arch, l, sel.toUnit())).append(")\n");
            b.append(name).append(" = ").append(full(v.weight(l, sel.fromUnit(), sel.toUnit()))).append('\n');
            boolean back = v.backwardKnown(l);
            line(b, "∂J/∂" + name, back, back ? v.weightGradient(l, sel.fromUnit(), sel.toUnit()) : 0);
        }
        if (v.batchSize() > 1) {
            b.append("(per-sample values: sample 1 of ").append(v.batchSize()).append(")\n");
        }
        return b.toString().strip();
    }

    private static void line(StringBuilder b, String name, boolean known, double value) {
        b.append(name).append(" = ").append(known ? full(value) : PENDING).append('\n');
    }
}
