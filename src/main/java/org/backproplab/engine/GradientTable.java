package org.backproplab.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The gradient check as a table, one row per parameter: the analytic ∂J/∂θ of backpropagation
 * beside the plain central difference (J(θ + ε) − J(θ − ε)) / 2ε and their relative error, for
 * any ε, so that truncation error (shrinking like ε²) and rounding error (growing like 1/ε) can
 * be watched. A row is flagged as a kink when a ReLU- or step-like unit of any sample changes
 * side of 0 (z &gt; 0 or not) between θ − ε, θ and θ + ε: there the loss is not differentiable
 * and the two may disagree without a bug.
 *
 * @param rows    one per weight and bias, worst relative error first
 * @param epsilon the ε used
 * @param loss    J at the parameters
 */
public record GradientTable(List<Row> rows, double epsilon, double loss) {
    /**
     * Gradients smaller than this times max(1, |J|) are compared on that scale: the central
     * difference of a zero gradient is rounding noise of about 1e−16 |J| / ε, not a 100 % error.
     */
    public static final double ZERO_SCALE = 1e-4;

    /**
     * One parameter.
     *
     * @param name          e.g. "W1[0][2]" or "b2[1]" (layers from 1)
     * @param analytic      ∂J/∂θ from backpropagation
     * @param numeric       the central difference
     * @param relativeError |analytic − numeric| / max(|analytic| + |numeric|, ZERO_SCALE · max(1, |J|))
     * @param kink          whether a ReLU/step unit crosses 0 within ±ε
     */
    public record Row(String name, double analytic, double numeric, double relativeError, boolean kink) {
    }

    /** Copies the rows. */
    public GradientTable {
        rows = List.copyOf(rows);
    }

    /**
     * @param parameters the weights and biases (not changed: a copy is nudged)
     * @param inputs     the batch's inputs
     * @param targets    the batch's targets
     * @param l2         the L2 strength
     * @param epsilon    the step ε &gt; 0
     * @param cancelled  asked between parameters; true stops the work
     * @return the table, worst first
     * @throws CancellationException when cancelled
     */
    public static GradientTable compute(Parameters parameters, Matrix inputs, Matrix targets, double l2, double epsilon,
                                        BooleanSupplier cancelled) {
        Network net = new Network(parameters.copy());
        Architecture arch = net.architecture();
        Pass pass = net.computePass(inputs, targets, l2);
        boolean[][] side = sides(arch, pass);
        double floor = ZERO_SCALE * Math.max(1, Math.abs(pass.loss()));
        List<Row> rows = new ArrayList<>();
        for (int l = 0; l < arch.layerCount(); l++) {
            int out = arch.unitsOf(l);
            double[] w = net.parameters().weightsOf(l);
            for (int i = 0; i < w.length; i++) {
                double analytic = pass.layers().get(l).dLossDWeights().get(i / out, i % out);
                rows.add(row("W" + (l + 1) + "[" + (i / out) + "][" + (i % out) + "]", analytic, net, w, i,
                        inputs, targets, l2, epsilon, side, floor));
                check(cancelled);
            }
            double[] b = net.parameters().biasesOf(l);
            if (b != null) {
                for (int j = 0; j < b.length; j++) {
                    rows.add(row("b" + (l + 1) + "[" + j + "]", pass.layers().get(l).dLossDBiases()[j], net, b, j,
                            inputs, targets, l2, epsilon, side, floor));
                    check(cancelled);
                }
            }
        }
        rows.sort(Comparator.comparingDouble(Row::relativeError).reversed());
        return new GradientTable(rows, epsilon, pass.loss());
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the weights changed");
        }
    }

    // (J(θ_i + ε) − J(θ_i − ε)) / 2ε, restoring θ_i exactly, with the kink test on both sides
    private static Row row(String name, double analytic, Network net, double[] theta, int i, Matrix inputs,
                           Matrix targets, double l2, double eps, boolean[][] side, double floor) {
        double saved = theta[i];
        theta[i] = saved + eps;
        Pass plus = net.computePass(inputs, targets, l2);
        theta[i] = saved - eps;
        Pass minus = net.computePass(inputs, targets, l2);
        theta[i] = saved;
        double numeric = (plus.loss() - minus.loss()) / (2 * eps);
        Architecture arch = net.architecture();
        boolean kink = crosses(side, sides(arch, plus)) || crosses(side, sides(arch, minus));
        double rel = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), floor);
        return new Row(name, analytic, numeric, rel, kink);
    }

    /**
     * @param a an activation
     * @return whether its derivative jumps at z = 0 (ReLU, step and their kin)
     */
    public static boolean hasKink(Activation a) {
        String id = a.id();
        return id.contains("relu") || id.equals("step") || id.equals("sign");
    }

    // z > 0 for every unit of every kinked layer, per sample (null for smooth layers)
    private static boolean[][] sides(Architecture arch, Pass pass) {
        boolean[][] s = new boolean[arch.layerCount()][];
        for (int l = 0; l < arch.layerCount(); l++) {
            if (hasKink(arch.activations().get(l))) {
                double[] z = pass.layers().get(l).preActivation().toRowMajor();
                s[l] = new boolean[z.length];
                for (int k = 0; k < z.length; k++) {
                    s[l][k] = z[k] > 0;
                }
            }
        }
        return s;
    }

    private static boolean crosses(boolean[][] a, boolean[][] b) {
        for (int l = 0; l < a.length; l++) {
            if (a[l] != null && !java.util.Arrays.equals(a[l], b[l])) {
                return true;
            }
        }
        return false;
    }

    /** @return the worst relative error among rows not flagged as kinks (0 for none) */
    public double worstAwayFromKinks() {
        return rows.stream().filter(r -> !r.kink()).mapToDouble(Row::relativeError).max().orElse(0);
    }
}
