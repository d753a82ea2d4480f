package org.backproplab.engine;

/**
 * The SplitMix64 generator (Steele, Lea and Flood 2014): a 64-bit state advanced by the golden
 * gamma and mixed. Chosen because any implementation reproduces it exactly from the seed, and
 * its whole state is one long, so checkpoints restore it bit for bit.
 */
public final class SplitMix64 {
    private long state;

    /** @param seed initial state */
    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** @return the next 64 random bits */
    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** @return u = (next >>> 11) · 2^−53, uniform in [0, 1) */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * A standard normal by Box–Muller: sqrt(−2 ln(1 − u1)) · cos(2π u2), two draws per value.
     *
     * @return a sample of N(0, 1)
     */
    public double nextGaussian() {
        double u1 = nextDouble();
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    /**
     * @param bound exclusive upper bound, &gt; 0
     * @return a uniform integer in [0, bound)
     */
    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** @return the current state, for checkpoints */
    public long state() {
        return state;
    }

    /** @param state a state from {@link #state()} */
    public void restoreState(long state) {
        this.state = state;
    }

    /**
     * Fisher–Yates shuffle of {@code order} in place, drawing from this generator.
     *
     * @param order the array to permute
     */
    public void shuffleInPlace(int[] order) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
