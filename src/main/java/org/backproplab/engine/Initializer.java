package org.backproplab.engine;

/**
 * Seeded weight initialisation. One {@link SplitMix64} stream runs through the layers in order,
 * filling each in × out weight matrix row-major; biases start at 0. With u = next double:
 * <ul>
 *   <li>{@code xavier}: (2u − 1) · sqrt(6 / (in + out)) (Glorot-uniform, as in BENCHMARKS.md)</li>
 *   <li>{@code he}: N(0, 1) · sqrt(2 / in) (Box–Muller normals)</li>
 *   <li>{@code normal}: N(0, 1) · std</li>
 *   <li>{@code uniform}: (2u − 1) · epsilon</li>
 *   <li>{@code zeros}: 0 (shows the symmetry problem)</li>
 * </ul>
 * Every weight is then multiplied by the gain (1 by default; e.g. 5/3 for tanh in PyTorch's
 * {@code calculate_gain}).
 *
 * @param scheme scheme name
 * @param seed   generator seed
 * @param scale  std for normal, epsilon for uniform, ignored otherwise
 * @param gain   factor on every weight (finite)
 */
public record Initializer(String scheme, long seed, double scale, double gain) {
    /** The schemes, in the order the settings panel offers them. */
    public static final java.util.List<String> SCHEMES = java.util.List.of("xavier", "he", "normal", "uniform", "zeros");
    /** The scheme a network takes when its lab's own weights no longer fit it. */
    public static final String DEFAULT_SCHEME = "xavier";

    /** Validates the scheme name and the gain. */
    public Initializer {
        switch (scheme) {
            case "xavier", "he", "normal", "uniform", "zeros" -> { }
            default -> throw new IllegalArgumentException("unknown init scheme \"" + scheme
                    + "\" (expected normal, uniform, xavier, he or zeros)");
        }
        if (!Double.isFinite(gain)) {
            throw new IllegalArgumentException("init gain must be a finite number, found " + gain);
        }
    }

    /**
     * An initialiser with gain 1.
     *
     * @param scheme scheme name
     * @param seed   generator seed
     * @param scale  std for normal, epsilon for uniform, ignored otherwise
     */
    public Initializer(String scheme, long seed, double scale) {
        this(scheme, seed, scale, 1.0);
    }

    /**
     * @param scheme a scheme name
     * @return whether it takes a scale: σ for {@code normal}, ε for {@code uniform}
     */
    public static boolean takesScale(String scheme) {
        return "normal".equals(scheme) || "uniform".equals(scheme);
    }

    /**
     * An initialiser whose scale is kept only for the schemes that use it (0 otherwise, so that
     * two labs with the same scheme compare and save alike).
     *
     * @param scheme scheme name
     * @param seed   generator seed
     * @param scale  σ or ε, for normal or uniform
     * @param gain   factor on every weight
     * @return the initialiser
     */
    public static Initializer withScaleIfUsed(String scheme, long seed, double scale, double gain) {
        return new Initializer(scheme, seed, takesScale(scheme) ? scale : 0.0, gain);
    }

    /**
     * @param architecture network shape
     * @return freshly initialised parameters
     */
    public Parameters initialise(Architecture architecture) {
        Parameters p = new Parameters(architecture);
        SplitMix64 rng = new SplitMix64(seed);
        for (int l = 0; l < architecture.layerCount(); l++) {
            int in = architecture.inputsOf(l);
            int out = architecture.unitsOf(l);
            double[] w = p.weightsOf(l);
            for (int i = 0; i < w.length; i++) {
                w[i] = gain * switch (scheme) {
                    case "xavier" -> (2 * rng.nextDouble() - 1) * Math.sqrt(6.0 / (in + out));
                    case "he" -> rng.nextGaussian() * Math.sqrt(2.0 / in);
                    case "normal" -> rng.nextGaussian() * scale;
                    case "uniform" -> (2 * rng.nextDouble() - 1) * scale;
                    default -> 0.0;
                };
            }
        }
        return p;
    }
}
