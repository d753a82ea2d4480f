package org.backproplab.data;

import org.backproplab.engine.SplitMix64;
import org.backproplab.input.Limits;

/**
 * The 2-D classification sets of TensorFlow Playground ({@code src/dataset.ts}): circle, xor,
 * gauss and spiral, with Playground's formulas and its {@code noise} argument (the slider's
 * percentage / 100, so 0 … 0.5 in Playground; lab files allow 0 … 1). Draws come from a
 * {@link SplitMix64} instead of {@code Math.random}, so a seed reproduces a set exactly. With
 * u(a, b) = a + (b − a)·U a uniform draw:
 * <ul>
 *   <li><b>circle</b> (radius R = 5): half the points at r = u(0, R/2), half at r = u(0.7R, R),
 *       angle θ = u(0, 2π), (x, y) = (r sin θ, r cos θ); label +1 when the point moved by noise
 *       (u(−R, R)·noise per coordinate) is within R/2 of the origin, else −1.</li>
 *   <li><b>xor</b>: x, y = u(−5, 5) pushed 0.3 away from 0; label +1 when
 *       (x + u(−5, 5)·noise)(y + u(−5, 5)·noise) ≥ 0.</li>
 *   <li><b>gauss</b>: half the points N((2, 2), v) labelled +1, half N((−2, −2), v) labelled −1,
 *       variance v = 0.5 + 7·noise (Playground's linear map of [0, 0.5] onto [0.5, 4]).</li>
 *   <li><b>spiral</b>: two arms of n points; point i has r = 5i/n, t = 1.75 · 2π · i/n + Δ,
 *       (x, y) = (r sin t + u(−1, 1)·noise, r cos t + u(−1, 1)·noise); Δ = 0 for +1, π for −1.</li>
 * </ul>
 * Playground's −1 becomes class 0 and +1 class 1. The +1 points are generated first; with an
 * odd count the +1 half has the extra point.
 */
public final class DataGenerators {
    /** The class generators, in the order the settings panel offers them. */
    public static final java.util.List<String> NAMES = java.util.List.of("circle", "xor", "gauss", "spiral");
    /** Classes every class generator makes (Playground's −1 and +1). */
    public static final int CLASS_COUNT = 2;
    /** Radius of the circle set. */
    static final double CIRCLE_RADIUS = 5;
    /** Distance the xor set keeps from the axes. */
    static final double XOR_PADDING = 0.3;

    private DataGenerators() {
    }

    /**
     * Generated points in generation order.
     *
     * @param x     first coordinates
     * @param y     second coordinates
     * @param label class per point: 1 for Playground's +1, 0 for −1
     */
    public record Points(double[] x, double[] y, int[] label) {
    }

    /**
     * @param generator circle, xor, gauss or spiral
     * @param points    number of points (≥ 1)
     * @param noise     Playground's noise argument, ≥ 0
     * @param rng       the source of draws (advanced)
     * @return the points
     * @throws DataException for an unknown generator name
     */
    public static Points generate(String generator, int points, double noise, SplitMix64 rng) {
        String tooMany = Limits.rowsProblem(points);
        if (points < 1 || tooMany != null) {
            throw new DataException("data.points: " + (tooMany != null ? tooMany : "expected at least 1, found " + points));
        }
        Points out = new Points(new double[points], new double[points], new int[points]);
        int positives = points - points / 2;
        switch (generator) {
            case "circle" -> circle(out, positives, noise, rng);
            case "xor" -> xor(out, noise, rng);
            case "gauss" -> gauss(out, positives, noise, rng);
            case "spiral" -> spiral(out, positives, noise, rng);
            default -> throw new DataException("data.generator: unknown generator \"" + generator
                    + "\" (expected circle, xor, gauss or spiral)");
        }
        return out;
    }

    private static double uniform(SplitMix64 rng, double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }

    private static void circle(Points p, int positives, double noise, SplitMix64 rng) {
        double radius = CIRCLE_RADIUS;
        for (int i = 0; i < p.x.length; i++) {
            boolean inner = i < positives;
            double r = inner ? uniform(rng, 0, radius * 0.5) : uniform(rng, radius * 0.7, radius);
            double angle = uniform(rng, 0, 2 * Math.PI);
            p.x[i] = r * Math.sin(angle);
            p.y[i] = r * Math.cos(angle);
            double noisyX = p.x[i] + uniform(rng, -radius, radius) * noise;
            double noisyY = p.y[i] + uniform(rng, -radius, radius) * noise;
            // label +1 when the noisy point lies inside the circle of radius R/2
            p.label[i] = Math.hypot(noisyX, noisyY) < radius * 0.5 ? 1 : 0;
        }
    }

    private static void xor(Points p, double noise, SplitMix64 rng) {
        for (int i = 0; i < p.x.length; i++) {
            double x = uniform(rng, -5, 5);
            x += x > 0 ? XOR_PADDING : -XOR_PADDING;
            double y = uniform(rng, -5, 5);
            y += y > 0 ? XOR_PADDING : -XOR_PADDING;
            double noisyX = x + uniform(rng, -5, 5) * noise;
            double noisyY = y + uniform(rng, -5, 5) * noise;
            p.x[i] = x;
            p.y[i] = y;
            p.label[i] = noisyX * noisyY >= 0 ? 1 : 0;
        }
    }

    private static void gauss(Points p, int positives, double noise, SplitMix64 rng) {
        // Playground: variance = linear map of noise from [0, 0.5] onto [0.5, 4]
        double variance = 0.5 + 7 * noise;
        double sd = Math.sqrt(variance);
        for (int i = 0; i < p.x.length; i++) {
            double centre = i < positives ? 2 : -2;
            p.x[i] = centre + sd * polarNormal(rng);
            p.y[i] = centre + sd * polarNormal(rng);
            p.label[i] = i < positives ? 1 : 0;
        }
    }

    /** Marsaglia's polar method, as Playground's normalRandom: v1·sqrt(−2 ln s / s). */
    static double polarNormal(SplitMix64 rng) {
        double v1;
        double s;
        do {
            v1 = 2 * rng.nextDouble() - 1;
            double v2 = 2 * rng.nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s > 1 || s == 0);
        return Math.sqrt(-2 * Math.log(s) / s) * v1;
    }

    private static void spiral(Points p, int positives, double noise, SplitMix64 rng) {
        int negatives = p.x.length - positives;
        arm(p, 0, positives, 0, 1, noise, rng);
        arm(p, positives, negatives, Math.PI, 0, noise, rng);
    }

    private static void arm(Points p, int first, int n, double deltaT, int label, double noise, SplitMix64 rng) {
        for (int i = 0; i < n; i++) {
            // r = 5 i / n; t = 1.75 · 2π · i / n + Δ
            double r = (double) i / n * 5;
            double t = 1.75 * i / n * 2 * Math.PI + deltaT;
            p.x[first + i] = r * Math.sin(t) + uniform(rng, -1, 1) * noise;
            p.y[first + i] = r * Math.cos(t) + uniform(rng, -1, 1) * noise;
            p.label[first + i] = label;
        }
    }
}
