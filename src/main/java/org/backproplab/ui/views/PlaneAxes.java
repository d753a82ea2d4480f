package org.backproplab.ui.views;

import org.backproplab.data.DataSplit;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;

/**
 * The extent of the input plane shown by the decision-region view, in original units (cm for
 * Iris) and in the network's (standardised) units, with conversions between them and "nice"
 * tick positions.
 *
 * @param xMin first feature, original units
 * @param xMax first feature, original units
 * @param yMin second feature, original units
 * @param yMax second feature, original units
 * @param standardizer transform to network units, or null when the network sees raw values
 */
record PlaneAxes(double xMin, double xMax, double yMin, double yMax, Standardizer standardizer) {

    /**
     * Covers every training and test point with a margin of 8 % on each side.
     *
     * @param data a 2-feature split
     * @return the plane
     */
    static PlaneAxes covering(DataSplit data) {
        return covering(data, null);
    }

    /**
     * @param data     a 2-feature split
     * @param previous the plane shown so far, or null
     * @return the plane covering the data, or {@code previous} when the data has no points (all
     *         removed: the user keeps clicking in the same plane)
     */
    static PlaneAxes covering(DataSplit data, PlaneAxes previous) {
        if (previous != null && data.train().rows() == 0 && data.test().rows() == 0) {
            return previous;
        }
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        Standardizer st = data.standardizer();
        for (Dataset d : new Dataset[] {data.train(), data.test()}) {
            for (int r = 0; r < d.rows(); r++) {
                for (int f = 0; f < 2; f++) {
                    double raw = st == null ? d.input(r, f) : st.invert(f, d.input(r, f));
                    lo[f] = Math.min(lo[f], raw);
                    hi[f] = Math.max(hi[f], raw);
                }
            }
        }
        for (int f = 0; f < 2; f++) {
            if (!(lo[f] < hi[f])) {
                double centre = Double.isFinite(lo[f]) ? lo[f] : 0;
                lo[f] = centre - 1;
                hi[f] = centre + 1;
            }
            double pad = 0.08 * (hi[f] - lo[f]);
            lo[f] -= pad;
            hi[f] += pad;
        }
        return new PlaneAxes(lo[0], hi[0], lo[1], hi[1], st);
    }

    /** @param feature 0 or 1 @param original value in original units @return in network units */
    double toNetwork(int feature, double original) {
        return standardizer == null ? original : standardizer.apply(feature, original);
    }

    /** @param feature 0 or 1 @param network value in network units @return in original units */
    double toOriginal(int feature, double network) {
        return standardizer == null ? network : standardizer.invert(feature, network);
    }

    /**
     * @param lo    range start
     * @param hi    range end
     * @param count roughly how many ticks
     * @return the tick step: 1, 2 or 5 × 10ᵏ
     */
    static double tickStep(double lo, double hi, int count) {
        double raw = (hi - lo) / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / power;
        return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
    }

    /**
     * @param name a dataset feature name such as "petal_length_cm"
     * @return a readable axis title such as "petal length (cm)"
     */
    static String title(String name) {
        String n = name;
        String unit = "";
        for (String u : new String[] {"cm", "mm", "m", "kg", "g"}) {
            if (n.endsWith("_" + u)) {
                n = n.substring(0, n.length() - u.length() - 1);
                unit = " (" + u + ")";
                break;
            }
        }
        if (n.matches("x[0-9]+")) {
            return "x" + Notation.sub(Integer.parseInt(n.substring(1)));
        }
        return n.replace('_', ' ') + unit;
    }
}
