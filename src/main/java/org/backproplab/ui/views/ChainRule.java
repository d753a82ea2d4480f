package org.backproplab.ui.views;

import static org.backproplab.ui.views.NumberText.full;
import static org.backproplab.ui.views.NumberText.short4;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.engine.Parameters;

/**
 * The chain-rule explanation of one node or edge with the snapshot's numbers plugged in, as
 * the lecture writes it: ∂J/∂W₁₁ = ∂J/∂h₁ · h₁(1−h₁) · x₁ = −0.04096 × 1.670e−5 × 5 =
 * −3.421e−6. Quantities the phase has not reached yet are named with the phase that computes
 * them, never filled in.
 */
final class ChainRule {
    private final PhaseValues v;
    private final Architecture arch;
    private final Parameters passWeights;
    private final List<String> lines = new ArrayList<>();

    /**
     * @param v           the snapshot's values
     * @param passWeights the weights the pass was computed with (null when unknown: after the
     *                    update, without the pre-update snapshot)
     */
    private ChainRule(PhaseValues v, Parameters passWeights) {
        this.v = v;
        this.arch = v.architecture();
        this.passWeights = passWeights;
    }

    /**
     * @param v            the snapshot's values
     * @param sel          node or edge
     * @param preUpdate    the parameters before this iteration's update, or null when unknown
     * @param learningRate η for the update line, NaN when unknown
     * @return the explanation, one formula per line
     */
    static List<String> explain(PhaseValues v, GraphSelection sel, Parameters preUpdate, double learningRate) {
        Parameters passWeights = v.snapshot().phase().updated() ? preUpdate : v.snapshot().parameters();
        ChainRule rule = new ChainRule(v, passWeights);
        if (v.snapshot().pass() == null) {
            rule.lines.add("No pass computed yet: step forward to see the numbers.");
        } else if (v.batchSize() > 1) {
            rule.lines.add("Per-sample values are those of sample 1 of the batch of n = " + v.batchSize() + ".");
        }
        if (sel.isNode()) {
            rule.node(sel.layer(), sel.unit());
        } else {
            rule.edge(sel.layer(), sel.fromUnit(), sel.toUnit(), preUpdate, learningRate);
        }
        return rule.lines;
    }

    private void edge(int l, int i, int j, Parameters preUpdate, double learningRate) {
        String w = Notation.weight(arch, l, i, j);
        String target = Notation.node(arch, l, j);
        String source = Notation.node(arch, l - 1, i);
        Activation g = arch.activations().get(l - 1);
        String fused = l == v.layers() ? arch.loss().fusedDeltaReason(g) : null;
        String delta = "δ(" + target + ")";
        if (fused != null) {
            String local = g.isElementwise() ? " · " + g.derivativeFormula(target) : " · ∂" + target + "/∂z";
            lines.add("∂J/∂" + w + " = " + (arch.loss() == Loss.PERCEPTRON ? "" : "∂J/∂" + target + local + " · " + source + " = ")
                    + delta + " · " + source + ",   " + delta + " = (" + target + " − t)/n  (" + fused + ")");
        } else if (!g.isElementwise()) {
            lines.add("∂J/∂" + w + " = " + delta + " · " + source + ",   " + delta + " = " + target + "(∂J/∂" + target
                    + " − Σₖ ∂J/∂yₖ·yₖ)");
        } else {
            lines.add("∂J/∂" + w + " = ∂J/∂" + target + " · " + g.derivativeFormula(target) + " · " + source);
        }
        if (v.snapshot().pass() != null) {
            if (!v.backwardKnown(l)) {
                lines.add("∂J/∂" + w + ": not computed yet (BACKWARD layer " + l + ")");
            } else if (v.batchSize() == 1) {
                double gradient = v.weightGradient(l, i, j);
                if (fused != null) {
                    lines.add(delta + " = (" + short4(v.value(l, j)) + " − " + short4(v.target(j)) + ")/1 = "
                            + short4(v.delta(l, j)));
                    if (arch.loss() != Loss.PERCEPTRON && g.isElementwise()) {
                        double local = g.derivative(v.preActivation(l, j), v.value(l, j));
                        lines.add(delta + " = ∂J/∂" + target + " · " + g.derivativeFormula(target) + " = "
                                + product(v.nodeGradient(l, j), local) + " = " + short4(v.delta(l, j)));
                    }
                    lines.add("∂J/∂" + w + " = " + product(v.delta(l, j), v.value(l - 1, i)) + " = " + short4(gradient));
                } else if (!g.isElementwise()) {
                    lines.add(delta + " = " + short4(v.delta(l, j)));
                    lines.add("∂J/∂" + w + " = " + product(v.delta(l, j), v.value(l - 1, i)) + " = " + short4(gradient));
                } else {
                    double local = g.derivative(v.preActivation(l, j), v.value(l, j));
                    lines.add("∂J/∂" + w + " = " + product(v.nodeGradient(l, j), local, v.value(l - 1, i))
                            + " = " + short4(gradient));
                }
                regularisation(l, i, j);
            } else {
                batchEdge(l, i, j, w, delta, source);
            }
        }
        double now = v.weight(l, i, j);
        lines.add("");
        lines.add(w + " = " + short4(now) + (NumberText.isShortExact(now) ? "" : "   (" + full(now) + ")"));
        if (v.snapshot().phase().updated() && preUpdate != null) {
            double old = preUpdate.weightsOf(l - 1)[i * v.units(l) + j];
            lines.add("update: " + w + ": " + full(old) + " → " + full(now) + "   (change " + NumberText.signed4(now - old) + ")");
        }
        if (Double.isFinite(learningRate)) {
            String step = v.backwardKnown(l) ? " = " + NumberText.signed4(-learningRate * v.weightGradient(l, i, j)) : "";
            lines.add("learning rate η = " + short4(learningRate) + ";  SGD step −η·∂J/∂" + w + step);
        }
    }

    private void batchEdge(int l, int i, int j, String w, String delta, String source) {
        int n = v.batchSize();
        lines.add("∂J/∂" + w + " = Σᵣ " + delta + "ᵣ · " + source + "ᵣ over the n = " + n + " samples of the batch");
        lines.add("sample 1: " + product(v.delta(l, 0, j), v.value(l - 1, 0, i)) + " = "
                + short4(v.delta(l, 0, j) * v.value(l - 1, 0, i)));
        lines.add("sum over the batch: ∂J/∂" + w + " = " + short4(v.weightGradient(l, i, j)));
        regularisation(l, i, j);
    }

    // the part of the gradient not explained by Σ_r δ_rj · a_ri is the L2 term λ·w
    private void regularisation(int l, int i, int j) {
        double product = 0;
        for (int r = 0; r < v.batchSize(); r++) {
            product += v.delta(l, r, j) * v.value(l - 1, r, i);
        }
        double gradient = v.weightGradient(l, i, j);
        double rest = gradient - product;
        if (Math.abs(rest) > 1e-12 * Math.max(1, Math.abs(gradient))) {
            lines.add("  including the L2 term λ·w = " + short4(rest));
        }
    }

    private void node(int l, int j) {
        String name = Notation.node(arch, l, j);
        boolean hasPass = v.snapshot().pass() != null;
        if (l == 0) {
            lines.add(name + " = " + (hasPass ? short4(v.value(0, j)) : "(no sample yet)"));
            lines.add(hiddenGradient(0, j, name));
            return;
        }
        Activation g = arch.activations().get(l - 1);
        // z = Σ_i a_i W_ij + b_j
        StringBuilder z = new StringBuilder("z(" + name + ") = ");
        int inputs = v.units(l - 1);
        for (int i = 0; i < inputs && inputs <= 4; i++) {
            z.append(i == 0 ? "" : " + ").append(Notation.node(arch, l - 1, i)).append("·")
                    .append(Notation.weight(arch, l, i, j));
        }
        if (inputs > 4) {
            z.append("Σᵢ aᵢ·").append(Notation.weightFamily(arch, l)).append("ᵢ").append(Notation.sub(j + 1));
        }
        if (arch.bias()) {
            z.append(" + ").append(Notation.bias(arch, l, j));
        }
        if (!hasPass || !v.valueKnown(l)) {
            lines.add(z + ": not computed yet (FORWARD layer " + l + ")");
            lines.add(name + " = " + g.formula("z") + ": not computed yet (FORWARD layer " + l + ")");
        } else {
            if (passWeights != null && inputs <= 4) {
                z.append(" = ");
                for (int i = 0; i < inputs; i++) {
                    z.append(i == 0 ? "" : " + ").append(term(i == 0, v.value(l - 1, i), passWeights.weightsOf(l - 1)[i * v.units(l) + j]));
                }
                if (arch.bias()) {
                    z.append(" + ").append(paren(passWeights.biasesOf(l - 1)[j]));
                }
            }
            lines.add(z + " = " + short4(v.preActivation(l, j)));
            String applied = !g.isElementwise() || g == Activation.IDENTITY ? "" : " = " + g.formula(short4(v.preActivation(l, j)));
            lines.add(name + " = " + g.formula("z") + applied + " = " + short4(v.value(l, j)));
        }
        if (l == v.layers()) {
            Loss loss = arch.loss();
            String symbol = "∂J/∂" + name + " = " + loss.gradientFormula(name);
            lines.add(!v.nodeGradientKnown(l) ? symbol + ": not computed yet (LOSS)" : symbol + " = "
                    + loss.gradientWithNumbers(v.value(l, j), v.target(j), v.batchSize(), NumberText::short4)
                    + " = " + short4(v.nodeGradient(l, j)));
        } else {
            lines.add(hiddenGradient(l, j, name));
        }
        String delta = "δ(" + name + ") = ∂J/∂z";
        String fused = l == v.layers() ? arch.loss().fusedDeltaReason(g) : null;
        if (!v.backwardKnown(l)) {
            lines.add(delta + ": not computed yet (BACKWARD layer " + l + ")");
        } else if (fused != null) {
            lines.add(delta + " = (" + name + " − t)/n = (" + short4(v.value(l, j)) + " − " + short4(v.target(j)) + ")/"
                    + v.batchSize() + " = " + short4(v.delta(l, j)) + "   (" + fused + ")");
        } else if (!g.isElementwise()) {
            lines.add(delta + " = " + name + "(∂J/∂" + name + " − Σₖ ∂J/∂yₖ·yₖ) = " + short4(v.delta(l, j)));
        } else {
            double local = g.derivative(v.preActivation(l, j), v.value(l, j));
            lines.add(delta + " = ∂J/∂" + name + " · " + g.derivativeFormula(name) + " = "
                    + product(v.nodeGradient(l, j), local) + " = " + short4(v.delta(l, j)));
        }
        if (arch.bias()) {
            String b = Notation.bias(arch, l, j);
            lines.add(b + " = " + short4(v.bias(l, j)) + (v.backwardKnown(l) ? ",   ∂J/∂" + b + " = Σᵣ δᵣ = "
                    + short4(v.biasGradient(l, j)) : ""));
            lines.add(threshold(b, v.bias(l, j)));
        }
    }

    /**
     * The bias as lecture 003 writes it: a threshold θ on a constant input −1, so that
     * z = Σᵢ wᵢxᵢ + θ·(−1) and the unit fires where Σᵢ wᵢxᵢ ≥ θ.
     *
     * @param b    the bias's name
     * @param bias its value
     * @return the line, e.g. "as a threshold: θ = −b = −0.35 on a constant input −1 (fires where Σ w·x ≥ θ)"
     */
    static String threshold(String b, double bias) {
        return "as a threshold: θ = −" + b + " = " + short4(-bias + 0.0)
                + " on a constant input −1 (z = Σᵢ wᵢxᵢ + θ·(−1) ≥ 0 where Σᵢ wᵢxᵢ ≥ θ)";
    }

    // ∂J/∂a_j = Σ_k δ_k · W_jk over the units k of the next layer
    private String hiddenGradient(int l, int j, String name) {
        int next = l + 1;
        int outs = v.units(next);
        StringBuilder s = new StringBuilder("∂J/∂" + name + " = Σₖ δₖ·" + Notation.weightFamily(arch, next)
                + Notation.sub(j + 1) + "ₖ");
        if (v.snapshot().pass() == null || !v.nodeGradientKnown(l)) {
            return s + ": not computed yet (BACKWARD layer " + next + ")";
        }
        if (outs <= 4) {
            s.append(" = ");
            for (int k = 0; k < outs; k++) {
                s.append(k == 0 ? "" : " + ").append("δ(").append(Notation.node(arch, next, k)).append(")·")
                        .append(Notation.weight(arch, next, j, k));
            }
            if (passWeights != null) {
                s.append(" = ");
                for (int k = 0; k < outs; k++) {
                    s.append(k == 0 ? "" : " + ").append(term(k == 0, v.delta(next, k), passWeights.weightsOf(l)[j * outs + k]));
                }
            }
        }
        return s + " = " + short4(v.nodeGradient(l, j));
    }

    /** @return "a × b × (−c)": factors after the first in parentheses when negative */
    static String product(double... factors) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < factors.length; k++) {
            b.append(k == 0 ? short4(factors[k]) : " × " + paren(factors[k]));
        }
        return b.toString();
    }

    /** @return a product inside a sum: after the first term a negative first factor is parenthesised too */
    static String term(boolean firstTerm, double... factors) {
        String p = product(factors);
        return firstTerm || factors[0] >= 0 ? p : "(" + short4(factors[0]) + ")" + p.substring(short4(factors[0]).length());
    }

    private static String paren(double value) {
        return value < 0 ? "(" + short4(value) + ")" : short4(value);
    }
}
