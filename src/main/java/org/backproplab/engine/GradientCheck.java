package org.backproplab.engine;

/**
 * Numerical gradient checking: every weight and bias is nudged by ±ε and ±2ε and the central
 * difference is compared with the analytic gradient. The two central differences
 * D(ε) = (J(θ + ε) − J(θ − ε)) / 2ε and D(2ε) are combined by Richardson extrapolation,
 * (4 D(ε) − D(2ε)) / 3 = (8 [J(θ + ε) − J(θ − ε)] − [J(θ + 2ε) − J(θ − 2ε)]) / 12ε, whose error
 * is O(ε⁴). The plain D(ε) with ε = 1e−6 is limited by rounding in J to about 1e−16 |J| / ε ≈
 * 1e−10 |J|, which reads as a relative error above 1e−5 for correct gradients of 1e−5 or less;
 * the extrapolated form with ε = 1e−3 is accurate to about 1e−13 |J|. A large network can be
 * checked on a seeded random sample of its parameters, and a caller may stop a long check.
 */
public final class GradientCheck {
    /** Step ε of the central differences. */
    public static final double EPSILON = 1e-3;

    /**
     * Gradients smaller than this (times max(1, |J|)) are compared on that scale rather than their
     * own: an exactly-zero analytic gradient against a numeric one at the rounding level of J
     * (about 1e−13 |J|) is agreement, not a relative error of 100%.
     */
    public static final double ZERO_SCALE = 1e-6;

    private GradientCheck() {
    }

    /**
     * The comparison for one network and batch.
     *
     * @param maxRelativeError largest |analytic − numeric| / max(|analytic| + |numeric|, floor), with the
     *                         floor {@link #ZERO_SCALE} · max(1, |J|)
     * @param worstParameter   where it occurred, e.g. "W2[1][0]" (layers from 1)
     * @param analytic         the analytic value there
     * @param numeric          the numeric value there
     * @param parametersChecked how many parameters were compared
     */
    public record Result(double maxRelativeError, String worstParameter, double analytic, double numeric,
                         int parametersChecked) {
    }

    /**
     * Told how far a long check has come; it may stop the check.
     */
    @FunctionalInterface
    public interface Progress {
        /**
         * @param checked parameters compared so far
         * @param total   parameters to compare
         * @return whether to go on (false: the result covers the parameters compared so far)
         */
        boolean checked(int checked, int total);
    }

    /**
     * @param network network (its parameters are nudged and restored exactly)
     * @param inputs  batch inputs
     * @param targets batch targets
     * @param l2      L2 strength
     * @return the worst relative error over all parameters
     */
    public static Result check(Network network, Matrix inputs, Matrix targets, double l2) {
        return check(network, inputs, targets, l2, Integer.MAX_VALUE, (done, total) -> true);
    }

    /**
     * Compares every parameter, or, when there are more than {@code maxChecked}, that many drawn
     * at random (seeded, so the same ones each time) and compared in parameter order; stops
     * early when {@code progress} says so.
     *
     * @param network    network (its parameters are nudged and restored exactly)
     * @param inputs     batch inputs
     * @param targets    batch targets
     * @param l2         L2 strength
     * @param maxChecked most parameters to compare (≥ 1)
     * @param progress   told after each parameter
     * @return the worst relative error over the compared parameters
     */
    public static Result check(Network network, Matrix inputs, Matrix targets, double l2, int maxChecked,
                               Progress progress) {
        Pass pass = network.computePass(inputs, targets, l2);
        double floor = ZERO_SCALE * Math.max(1.0, Math.abs(pass.loss()));
        Architecture arch = network.architecture();
        Parameters p = network.parameters();
        Workspace ws = new Workspace(arch, inputs.rows());
        System.arraycopy(inputs.toRowMajor(), 0, ws.input, 0, inputs.rows() * inputs.cols());
        System.arraycopy(targets.toRowMajor(), 0, ws.target, 0, targets.rows() * targets.cols());
        int total = arch.parameterCount();
        boolean[] chosen = total <= maxChecked ? null : sample(total, Math.max(1, maxChecked));
        int planned = chosen == null ? total : Math.max(1, maxChecked);
        double worst = 0;
        String where = "none";
        double worstA = 0;
        double worstN = 0;
        int count = 0;
        int index = -1;
        boolean goOn = true;
        for (int l = 0; l < arch.layerCount() && goOn; l++) {
            int out = arch.unitsOf(l);
            Matrix gw = pass.layers().get(l).dLossDWeights();
            double[] w = p.weightsOf(l);
            for (int i = 0; i < w.length && goOn; i++) {
                if (chosen != null && !chosen[++index]) {
                    continue;
                }
                double numeric = centralDifference(network, ws, inputs.rows(), l2, w, i);
                double analytic = gw.get(i / out, i % out);
                double rel = relativeError(analytic, numeric, floor);
                count++;
                goOn = progress.checked(count, planned);
                if (rel > worst || count == 1) {
                    worst = rel;
                    where = "W" + (l + 1) + "[" + (i / out) + "][" + (i % out) + "]";
                    worstA = analytic;
                    worstN = numeric;
                }
            }
            double[] b = p.biasesOf(l);
            if (b != null) {
                double[] gb = pass.layers().get(l).dLossDBiases();
                for (int j = 0; j < b.length && goOn; j++) {
                    if (chosen != null && !chosen[++index]) {
                        continue;
                    }
                    double numeric = centralDifference(network, ws, inputs.rows(), l2, b, j);
                    double rel = relativeError(gb[j], numeric, floor);
                    count++;
                    goOn = progress.checked(count, planned);
                    if (rel > worst) {
                        worst = rel;
                        where = "b" + (l + 1) + "[" + j + "]";
                        worstA = gb[j];
                        worstN = numeric;
                    }
                }
            }
        }
        return new Result(worst, where, worstA, worstN, count);
    }

    /** Floyd's sampling of k distinct indices out of n, seeded: marks which are chosen. */
    private static boolean[] sample(int n, int k) {
        boolean[] chosen = new boolean[n];
        SplitMix64 rng = new SplitMix64(1);
        for (int j = n - k; j < n; j++) {
            int t = (int) Math.floorMod(rng.nextLong(), (long) j + 1);
            chosen[chosen[t] ? j : t] = true;
        }
        return chosen;
    }

    // (8 [J(θ_i + ε) − J(θ_i − ε)] − [J(θ_i + 2ε) − J(θ_i − 2ε)]) / 12ε, restoring θ_i exactly
    private static double centralDifference(Network net, Workspace ws, int rows, double l2, double[] theta, int i) {
        double saved = theta[i];
        theta[i] = saved + EPSILON;
        double plus = net.computeLoss(ws, rows, l2);
        theta[i] = saved - EPSILON;
        double minus = net.computeLoss(ws, rows, l2);
        theta[i] = saved + 2 * EPSILON;
        double plus2 = net.computeLoss(ws, rows, l2);
        theta[i] = saved - 2 * EPSILON;
        double minus2 = net.computeLoss(ws, rows, l2);
        theta[i] = saved;
        return (8 * (plus - minus) - (plus2 - minus2)) / (12 * EPSILON);
    }

    /**
     * @param analytic analytic gradient
     * @param numeric  numeric gradient
     * @return |a − n| / max(|a| + |n|, 1e-8)
     */
    public static double relativeError(double analytic, double numeric) {
        return relativeError(analytic, numeric, 1e-8);
    }

    /**
     * @param analytic analytic gradient
     * @param numeric  numeric gradient
     * @param floor    smallest denominator: the scale below which gradients count as zero
     * @return |a − n| / max(|a| + |n|, floor)
     */
    public static double relativeError(double analytic, double numeric, double floor) {
        return Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), floor);
    }
}
