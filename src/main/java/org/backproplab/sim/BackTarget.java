package org.backproplab.sim;

/**
 * Where Step Back goes from a position (b, s) of the stepping state machine ({@link Stepper}):
 * b iterations completed before the current one, s its {@link PhaseCursor} step.
 *
 * @param base iterations completed before the target's iteration
 * @param step phase step of the target (0 = READY)
 */
record BackTarget(long base, int step) {

    /**
     * @param g        granularity
     * @param b        the current base iteration
     * @param step     the current step
     * @param layers   layers of the network (an iteration has 2·layers + 2 steps)
     * @param perEpoch iterations per epoch
     * @return the position one step of that size back: the previous phase, the start of the
     *         pass, the previous completed iteration, or the end of the previous epoch (READY at
     *         iteration 0 when there is none)
     */
    static BackTarget from(Granularity g, long b, int step, int layers, int perEpoch) {
        int complete = 2 * layers + 2;
        return switch (g) {
            case PHASE -> step >= 2 ? new BackTarget(b, step - 1) : previousComplete(b, complete);
            case PASS -> step > layers + 1 ? new BackTarget(b, step == complete ? 2 * layers + 1 : layers + 1)
                    : previousComplete(b, complete);
            case ITERATION -> previousComplete(b, complete);
            case EPOCH -> {
                long m = step == 0 ? (b - 1) / perEpoch * perEpoch : b / perEpoch * perEpoch;
                yield m == 0 ? new BackTarget(0, 0) : new BackTarget(m - 1, complete);
            }
        };
    }

    /** The completed position of the iteration before base b, or the very start. */
    private static BackTarget previousComplete(long b, int complete) {
        return b == 0 ? new BackTarget(0, 0) : new BackTarget(b - 1, complete);
    }
}
