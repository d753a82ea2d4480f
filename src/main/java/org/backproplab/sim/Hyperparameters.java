package org.backproplab.sim;

import java.util.ArrayList;
import java.util.List;
import org.backproplab.io.LabFile;
import org.backproplab.io.TrainingSettings;

/**
 * The optimiser settings that can change between two iterations without making the run's
 * history inconsistent: they change how the next updates are computed, not the network, the
 * data, the batches or the state already reached. Each checkpoint holds the values in force, so
 * Step Back across a change restores the earlier ones.
 *
 * @param learningRate α
 * @param momentum     β (momentum) or μ (nesterov); 0 and unused for sgd
 * @param l2           L2 strength λ
 */
public record Hyperparameters(double learningRate, double momentum, double l2) {
    /**
     * @throws IllegalArgumentException when a value is outside what a lab file accepts (α &gt; 0,
     *         0 ≤ momentum &lt; 1, λ ≥ 0, all finite)
     */
    public void check() {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be positive, found " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("the momentum must be in [0, 1), found " + momentum);
        }
        if (!(l2 >= 0) || !Double.isFinite(l2)) {
            throw new IllegalArgumentException("L2 must be zero or positive, found " + l2);
        }
    }

    /**
     * @param lab a lab
     * @return the lab with these values in its training settings (the rest unchanged)
     */
    public LabFile applyTo(LabFile lab) {
        TrainingSettings t = lab.training();
        TrainingSettings now = new TrainingSettings(t.optimizer(), learningRate, momentum, l2, t.batchSize(),
                t.epochs(), t.seed(), t.shuffle());
        return new LabFile(lab.title(), lab.architecture(), lab.parameters(), lab.init(), lab.data(), now,
                lab.source(), lab.notes());
    }

    /**
     * @param lab a lab
     * @return the values its training settings give
     */
    public static Hyperparameters of(LabFile lab) {
        TrainingSettings t = lab.training();
        return new Hyperparameters(t.learningRate(), t.momentum(), t.l2());
    }

    /**
     * @param before the values before a change
     * @return what changed, e.g. "learning rate 0.1 → 0.2, L2 0 → 0.01", or "" when nothing did
     */
    public String changesFrom(Hyperparameters before) {
        List<String> parts = new ArrayList<>();
        if (learningRate != before.learningRate) {
            parts.add("learning rate " + before.learningRate + " → " + learningRate);
        }
        if (momentum != before.momentum) {
            parts.add("momentum " + before.momentum + " → " + momentum);
        }
        if (l2 != before.l2) {
            parts.add("L2 " + before.l2 + " → " + l2);
        }
        return String.join(", ", parts);
    }
}
