package org.backproplab.engine;

/**
 * Whether the hot loops may use the JDK's vector API (the incubator module
 * {@code jdk.incubator.vector}, see {@link VectorMath}). It is used only when the module is in
 * the running boot layer ({@code java --add-modules jdk.incubator.vector}; the image's launcher
 * adds it for {@code bench}) and {@code -Dbackproplab.simd=false} is not set. The vector code
 * performs the same IEEE operations in the same order as the scalar code, so results do not
 * depend on which one runs.
 */
final class Simd {
    /**
     * Buffers the vector code runs along are padded to a multiple of this: two vectors of the
     * widest shape used (8 doubles).
     */
    static final int PAD = 16;
    /** True when {@link VectorMath} is usable in this run. */
    static final boolean ENABLED = detect();

    private Simd() {
    }

    private static boolean detect() {
        if (!Boolean.parseBoolean(System.getProperty("backproplab.simd", "true"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorMath.usable();
        } catch (LinkageError e) {
            // the module is present but not readable from here, or its classes failed to link
            return false;
        }
    }

    /**
     * @param n a length
     * @return n rounded up to a multiple of {@link #PAD}
     */
    static int padded(int n) {
        return (n + PAD - 1) / PAD * PAD;
    }

    /**
     * @param n a count of entries
     * @param a an array
     * @param b an array
     * @param c an array
     * @return whether every array is long enough for whole vectors over the first n entries
     */
    static boolean wholeVectors(int n, double[] a, double[] b, double[] c) {
        int whole = padded(n);
        return a.length >= whole && b.length >= whole && c.length >= whole;
    }

    /**
     * @param n    samples
     * @param z    unit-major buffers
     * @param a    unit-major buffers
     * @param cols units
     * @return whether the first cols arrays of z and a hold whole vectors over n samples
     */
    static boolean wholeVectors(int n, double[][] z, double[][] a, int cols) {
        for (int k = 0; k < cols; k++) {
            if (!wholeVectors(n, z[k], a[k], a[k])) {
                return false;
            }
        }
        return true;
    }
}
