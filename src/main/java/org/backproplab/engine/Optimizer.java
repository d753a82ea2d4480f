package org.backproplab.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * A gradient-descent optimiser with its state (velocities), one slot per parameter tensor.
 * Velocities start at 0 and apply to biases as well as weights. {@link #copy()} gives an
 * independent optimiser with equal state, so a training run can checkpoint it bit for bit.
 */
public final class Optimizer {
    /** The update rules. */
    public enum Kind {
        /** w ← w − α g. */
        SGD("sgd"),
        /** v ← βv + (1 − β) g; w ← w − α v (the lecture's exponential-average form). */
        MOMENTUM("momentum"),
        /** v ← μv + g; w ← w − α (g + μ v), the gradient taken at the current weights. */
        NESTEROV("nesterov");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** @return the lab-file name */
        public String id() {
            return id;
        }

        /**
         * @param id lab-file name
         * @return the kind
         */
        public static Kind fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown optimizer \"" + id + "\" (expected sgd, momentum or nesterov)");
        }
    }

    private final Kind kind;
    private final double learningRate;
    private final double momentum;
    private final Map<Integer, double[]> velocities = new HashMap<>();

    /**
     * @param kind         update rule
     * @param learningRate α
     * @param momentum     β for MOMENTUM, μ for NESTEROV, ignored for SGD
     */
    public Optimizer(Kind kind, double learningRate, double momentum) {
        this.kind = kind;
        this.learningRate = learningRate;
        this.momentum = momentum;
    }

    /**
     * @param learningRate α
     * @return plain SGD
     */
    public static Optimizer sgd(double learningRate) {
        return new Optimizer(Kind.SGD, learningRate, 0);
    }

    /** @return the update rule */
    public Kind kind() {
        return kind;
    }

    /** @return α */
    public double learningRate() {
        return learningRate;
    }

    /** @return β or μ */
    public double momentum() {
        return momentum;
    }

    /**
     * Applies one update to a parameter tensor.
     *
     * @param slot   which tensor (its velocity is kept under this slot)
     * @param params the parameters, changed in place
     * @param grad   dJ/dparams
     */
    public void updateInPlace(int slot, double[] params, double[] grad) {
        double a = learningRate;
        switch (kind) {
            case SGD -> {
                // w ← w − α g
                for (int i = 0; i < params.length; i++) {
                    params[i] -= a * grad[i];
                }
            }
            case MOMENTUM -> {
                // v ← β v + (1 − β) g ;  w ← w − α v
                double[] v = velocities.computeIfAbsent(slot, s -> new double[params.length]);
                double b = momentum;
                for (int i = 0; i < params.length; i++) {
                    v[i] = b * v[i] + (1 - b) * grad[i];
                    params[i] -= a * v[i];
                }
            }
            case NESTEROV -> {
                // v ← μ v + g ;  w ← w − α (g + μ v)
                double[] v = velocities.computeIfAbsent(slot, s -> new double[params.length]);
                double m = momentum;
                for (int i = 0; i < params.length; i++) {
                    v[i] = m * v[i] + grad[i];
                    params[i] -= a * (grad[i] + m * v[i]);
                }
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** @return an independent optimiser with equal settings and velocities */
    public Optimizer copy() {
        Optimizer o = new Optimizer(kind, learningRate, momentum);
        velocities.forEach((k, v) -> o.velocities.put(k, v.clone()));
        return o;
    }

    /**
     * The same optimiser with other hyperparameters, for a learning rate or momentum changed
     * between two iterations: the velocities are kept (copied), so the run goes on from the
     * same state.
     *
     * @param newLearningRate α
     * @param newMomentum     β for MOMENTUM, μ for NESTEROV, ignored for SGD
     * @return an independent optimiser of the same kind with equal velocities
     */
    public Optimizer withSettings(double newLearningRate, double newMomentum) {
        Optimizer o = new Optimizer(kind, newLearningRate, newMomentum);
        velocities.forEach((k, v) -> o.velocities.put(k, v.clone()));
        return o;
    }

    /**
     * @param slot tensor slot
     * @return a copy of that tensor's velocity, or null if it has none yet
     */
    public double[] velocity(int slot) {
        double[] v = velocities.get(slot);
        return v == null ? null : v.clone();
    }
}
