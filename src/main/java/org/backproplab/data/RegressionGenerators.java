package org.backproplab.data;

import java.util.List;
import org.backproplab.engine.SplitMix64;

/**
 * Generated regression sets: {@code sine} (one feature) and TensorFlow Playground's two 2-D
 * regression sets ({@code src/dataset.ts}: {@code regressPlane}, {@code regressGaussian}), drawn
 * from a {@link SplitMix64} so that a seed reproduces a set. With u(a, b) = a + (b − a)·U:
 * <ul>
 *   <li><b>sine</b>: x = u(−π, π), y = sin x + noise · N(0, 1) (Marsaglia's polar method).</li>
 *   <li><b>plane</b> (Playground's reg-plane): x, y = u(−6, 6); the target is (x' + y')/10 with
 *       x' = x + u(−6, 6)·noise and y' likewise (Playground's map of [−10, 10] onto [−1, 1]).</li>
 *   <li><b>reg-gauss</b> (Playground's reg-gauss): x, y = u(−6, 6); six bumps at (±4 or 0, ±2.5)
 *       with signs +, −, +, −, +, −; each gives sign · max(0, 1 − d/2) at distance d from the
 *       noisy point, and the target is the one largest in magnitude (the first of equals).</li>
 * </ul>
 */
public final class RegressionGenerators {
    /** The generator names, in menu order. */
    public static final List<String> NAMES = List.of("sine", "plane", "reg-gauss");
    private static final double RADIUS = 6;
    private static final double[][] BUMPS = {{-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1}, {-4, -2.5, -1}, {0, -2.5, 1},
        {4, -2.5, -1}};

    private RegressionGenerators() {
    }

    /**
     * @param name a generator name
     * @return whether it is one of {@link #NAMES}
     */
    public static boolean isRegression(String name) {
        return NAMES.contains(name);
    }

    /**
     * @param name a regression generator
     * @return its number of features: 1 for sine, 2 for the others
     */
    public static int features(String name) {
        return name.equals("sine") ? 1 : 2;
    }

    /**
     * @param name   sine, plane or reg-gauss
     * @param points number of points
     * @param noise  the noise argument, ≥ 0
     * @param rng    the source of draws (advanced)
     * @return features row-major (points × {@link #features}) and one target per point, in generation order
     */
    public static Values generate(String name, int points, double noise, SplitMix64 rng) {
        int cols = features(name);
        double[] x = new double[points * cols];
        double[] t = new double[points];
        for (int i = 0; i < points; i++) {
            switch (name) {
                case "sine" -> {
                    x[i] = uniform(rng, -Math.PI, Math.PI);
                    t[i] = Math.sin(x[i]) + noise * DataGenerators.polarNormal(rng);
                }
                case "plane", "reg-gauss" -> {
                    double a = uniform(rng, -RADIUS, RADIUS);
                    double b = uniform(rng, -RADIUS, RADIUS);
                    double noisyA = a + uniform(rng, -RADIUS, RADIUS) * noise;
                    double noisyB = b + uniform(rng, -RADIUS, RADIUS) * noise;
                    x[2 * i] = a;
                    x[2 * i + 1] = b;
                    t[i] = name.equals("plane") ? (noisyA + noisyB) / 10 : bumps(noisyA, noisyB);
                }
                default -> throw new DataException("data.generator: unknown regression generator \"" + name + "\"");
            }
        }
        return new Values(x, t, cols);
    }

    /**
     * Generated regression points.
     *
     * @param inputs  features, row-major
     * @param targets one value per point
     * @param columns features per point
     */
    public record Values(double[] inputs, double[] targets, int columns) {
    }

    // the target of reg-gauss: of the six signed bumps max(0, 1 − d/2), the largest in magnitude
    private static double bumps(double x, double y) {
        double label = 0;
        for (double[] g : BUMPS) {
            double dx = x - g[0];
            double dy = y - g[1];
            double d = Math.sqrt(dx * dx + dy * dy);
            double value = g[2] * Math.max(0, Math.min(1, 1 - d / 2));
            if (Math.abs(value) > Math.abs(label)) {
                label = value;
            }
        }
        return label;
    }

    private static double uniform(SplitMix64 rng, double a, double b) {
        return a + (b - a) * rng.nextDouble();
    }
}
