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

    /**
     * Fits μ and σ on the given rows: μ_j = (1/n) Σ_r x_rj, σ_j = sqrt((1/n) Σ_r (x_rj − μ_j)²)
     * (population standard deviation, ddof 0); a constant feature gets σ = 1.
     *
     * @param inputs  row-major rows × features
     * @param rows    number of rows (≥ 1)
     * @param columns features per row
     * @return the fitted transform
     */
    public static Standardizer fit(double[] inputs, int rows, int columns) {
        double[] mean = new double[columns];
        double[] std = new double[columns];
        for (int j = 0; j < columns; j++) {
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                sum += inputs[r * columns + j];
            }
            mean[j] = sum / rows;
            double squares = 0;
            for (int r = 0; r < rows; r++) {
                double d = inputs[r * columns + j] - mean[j];
                squares += d * d;
            }
            double sigma = Math.sqrt(squares / rows);
            std[j] = sigma > 0 ? sigma : 1.0;
        }
        return new Standardizer(mean, std);
    }

    /**
     * @param inputs  row-major rows × features, in original units
     * @param rows    number of rows
     * @param columns features per row (as many as this transform has)
     * @return a new array with every feature standardised
     */
    public double[] applyToRows(double[] inputs, int rows, int columns) {
        double[] out = new double[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < columns; j++) {
                out[r * columns + j] = apply(j, inputs[r * columns + j]);
            }
        }
        return out;
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
