package org.backproplab.ui.views;

import java.util.List;

/**
 * Where the network graph puts its nodes: one column per layer (inputs left, output right),
 * units spread evenly down each column, one node radius for all columns but "strips": a layer
 * of more than {@value #STRIP_UNITS} units (the digits' 64 inputs) is drawn as a strip of small
 * dots, so that it does not shrink the nodes of the other layers. Also finds the node or edge
 * under a point.
 */
final class GraphGeometry {
    private final double[][] x;
    private final double[][] y;
    private final double radius;
    private final double[] columnRadius;
    private final boolean[] strip;
    /** Layers with more units than this are drawn as a strip of small dots. */
    static final int STRIP_UNITS = 24;

    /**
     * @param sizes        units per layer, inputs first
     * @param width        canvas width
     * @param height       canvas height
     * @param sideMargin   free space left of the first and right of the last column
     * @param topMargin    free space above the nodes (layer titles)
     * @param bottomMargin free space below the nodes (legend)
     * @param maxRadius    largest node radius
     */
    GraphGeometry(List<Integer> sizes, double width, double height, double sideMargin, double topMargin,
                  double bottomMargin, double maxRadius) {
        int columns = sizes.size();
        x = new double[columns][];
        y = new double[columns][];
        double usableWidth = Math.max(1, width - 2 * sideMargin);
        double usableHeight = Math.max(1, height - topMargin - bottomMargin);
        double columnGap = usableWidth / Math.max(1, columns - 1);
        double smallestRowGap = Double.MAX_VALUE;
        double smallestStripGap = Double.MAX_VALUE;
        boolean allStrips = sizes.stream().allMatch(n -> n > STRIP_UNITS);
        strip = new boolean[columns];
        for (int l = 0; l < columns; l++) {
            int n = sizes.get(l);
            x[l] = new double[n];
            y[l] = new double[n];
            double rowGap = usableHeight / n;
            strip[l] = n > STRIP_UNITS && !allStrips;
            if (strip[l]) {
                smallestStripGap = Math.min(smallestStripGap, rowGap);
            } else {
                smallestRowGap = Math.min(smallestRowGap, rowGap);
            }
            for (int i = 0; i < n; i++) {
                x[l][i] = columns == 1 ? width / 2 : sideMargin + l * columnGap;
                y[l][i] = topMargin + (i + 0.5) * rowGap;
            }
        }
        radius = Math.max(2.5, Math.min(maxRadius, Math.min(0.36 * smallestRowGap, 0.2 * columnGap)));
        double stripRadius = Math.max(1.5, Math.min(radius, 0.42 * smallestStripGap));
        columnRadius = new double[columns];
        for (int l = 0; l < columns; l++) {
            columnRadius[l] = isStrip(l) ? stripRadius : radius;
        }
    }

    /** @param layer 0..L @param unit unit @return centre x */
    double x(int layer, int unit) {
        return x[layer][unit];
    }

    /** @param layer 0..L @param unit unit @return centre y */
    double y(int layer, int unit) {
        return y[layer][unit];
    }

    /** @return the node radius */
    double radius() {
        return radius;
    }

    /** @param layer 0..L @return the radius of that column's nodes (smaller for a strip) */
    double radius(int layer) {
        return columnRadius[layer];
    }

    /** @param layer 0..L @return whether the layer is drawn as a strip of small dots */
    boolean isStrip(int layer) {
        return strip[layer];
    }

    /** @return number of columns (L + 1) */
    int columns() {
        return x.length;
    }

    /** @param layer 0..L @return units in that column */
    int units(int layer) {
        return x[layer].length;
    }

    /**
     * The node under a point, else the nearest edge within a few pixels, else null.
     *
     * @param px        point x
     * @param py        point y
     * @param tolerance edge pick distance in pixels
     * @return the hit, or null
     */
    GraphSelection hit(double px, double py, double tolerance) {
        for (int l = 0; l < x.length; l++) {
            for (int i = 0; i < x[l].length; i++) {
                if (Math.hypot(px - x[l][i], py - y[l][i]) <= columnRadius[l] + 3) {
                    return GraphSelection.node(l, i);
                }
            }
        }
        GraphSelection best = null;
        double bestDistance = tolerance;
        for (int l = 1; l < x.length; l++) {
            for (int i = 0; i < x[l - 1].length; i++) {
                for (int j = 0; j < x[l].length; j++) {
                    double d = segmentDistance(px, py, x[l - 1][i], y[l - 1][i], x[l][j], y[l][j]);
                    if (d <= bestDistance) {
                        bestDistance = d;
                        best = GraphSelection.edge(l, i, j);
                    }
                }
            }
        }
        return best;
    }

    // distance from p to the segment a–b: project p onto the line, clamp t to [0, 1]
    static double segmentDistance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }
}
