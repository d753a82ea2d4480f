package org.backproplab.data;

/**
 * Per-feature standardisation x' = (x − μ) / σ with the population standard deviation
 * (ddof 0), fitted on training rows only. Kept so views can show axes in original units.
 *
 * @param mean μ per feature
 * @param std  σ per feature (1 where a feature is constant)
 */
public record Standardizer(double[] mean, double[] std) {

    /** Copies the arrays. */
    public Standardizer {
        mean = mean.clone();
        std = std.clone();
    }

    /** @return a copy of μ */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** @return a copy of σ */
    @Override
    public double[] std() {
        return std.clone();
    }

    /**
     * @param feature index
     * @param raw     value in original units
     * @return standardised value
     */
    public double apply(int feature, double raw) {
        return (raw - mean[feature]) / std[feature];
    }

    /**
     * @param feature      index
     * @param standardized standardised value
     * @return value in original units
     */
    public double invert(int feature, double standardized) {
        return standardized * std[feature] + mean[feature];
    }
}
