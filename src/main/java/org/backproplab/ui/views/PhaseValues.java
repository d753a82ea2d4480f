package org.backproplab.ui.views;

import org.backproplab.engine.Architecture;
import org.backproplab.engine.LayerTrace;
import org.backproplab.engine.Pass;
import org.backproplab.sim.PhaseCursor;
import org.backproplab.sim.Snapshot;

/**
 * What a snapshot lets the views show at its phase: every quantity of the current pass with a
 * "known" test, so that values of phases not reached yet are blanked rather than shown stale.
 * Per-sample quantities (x, z, a, ∂J/∂a, δ) are those of the batch's first sample; weight
 * gradients are the batch totals. Layers are numbered 0 (inputs) … L (output).
 *
 * <p>When things become known, following the order the backward pass computes them:
 * x with the pass; z and a of layer l after FORWARD l; the loss and ∂J/∂a of the output after
 * LOSS; δ, ∂J/∂W and ∂J/∂b of layer l, and ∂J/∂a of layer l − 1 (for l = 1: ∂J/∂x), after
 * BACKWARD l.
 */
final class PhaseValues {
    private final Snapshot snapshot;
    private final Architecture arch;
    private final Pass pass;
    private final PhaseCursor phase;
    private final int firstRow;

    /**
     * @param snapshot the snapshot to read
     */
    PhaseValues(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.arch = snapshot.architecture();
        this.pass = snapshot.pass();
        this.phase = snapshot.phase();
        int[] rows = snapshot.batchRows();
        this.firstRow = rows.length == 0 ? -1 : rows[0];
    }

    Snapshot snapshot() {
        return snapshot;
    }

    Architecture architecture() {
        return arch;
    }

    int layers() {
        return arch.layerCount();
    }

    /** @param layer 0..L @return its unit count */
    int units(int layer) {
        return arch.sizes().get(layer);
    }

    /** @return the batch size of the pass, 0 without a pass */
    int batchSize() {
        return pass == null ? 0 : pass.inputs().rows();
    }

    /**
     * @param layer 0..L
     * @return whether x (layer 0; known as soon as the batch is chosen, before the pass) or z and
     *         a (layer ≥ 1) are computed
     */
    boolean valueKnown(int layer) {
        if (layer == 0) {
            return pass != null || firstRow >= 0;
        }
        return pass != null && phase.forwardComputed(layer);
    }

    /** @param layer 0..L @param unit unit @return x or a of the first sample */
    double value(int layer, int unit) {
        if (layer == 0) {
            // at READY there is no pass yet, but the batch is chosen: x is its first training row
            return pass != null ? pass.inputs().get(0, unit) : snapshot.data().train().input(firstRow, unit);
        }
        return trace(layer).activation().get(0, unit);
    }

    /** @param layer 1..L @param unit unit @return z of the first sample */
    double preActivation(int layer, int unit) {
        return trace(layer).preActivation().get(0, unit);
    }

    /** @return whether the loss is computed */
    boolean lossKnown() {
        return pass != null && phase.lossComputed();
    }

    /** @return the batch loss J */
    double loss() {
        return pass.loss();
    }

    /** @param unit output unit @return the first sample's target */
    double target(int unit) {
        return pass.targets().get(0, unit);
    }

    /** @param layer 0..L @return whether ∂J/∂(output of the nodes of that layer) is computed */
    boolean nodeGradientKnown(int layer) {
        if (pass == null) {
            return false;
        }
        return layer == layers() ? phase.lossComputed() : phase.backwardComputed(layer + 1);
    }

    /** @param layer 0..L @param unit unit @return ∂J/∂x or ∂J/∂a of the first sample */
    double nodeGradient(int layer, int unit) {
        return layer == 0 ? pass.dLossDInput().get(0, unit) : trace(layer).dLossDActivation().get(0, unit);
    }

    /** @param layer 1..L @return whether δ, ∂J/∂W and ∂J/∂b of that layer are computed */
    boolean backwardKnown(int layer) {
        return pass != null && phase.backwardComputed(layer);
    }

    /** @param layer 1..L @param unit unit @return δ = ∂J/∂z of the first sample */
    double delta(int layer, int unit) {
        return trace(layer).dLossDPreActivation().get(0, unit);
    }

    /** @param layer 1..L @param from unit in layer − 1 @param to unit in layer @return ∂J/∂w (batch total) */
    double weightGradient(int layer, int from, int to) {
        return trace(layer).dLossDWeights().get(from, to);
    }

    /** @param layer 1..L @param unit unit @return ∂J/∂b, or NaN without biases */
    double biasGradient(int layer, int unit) {
        double[] g = trace(layer).dLossDBiases();
        return g == null ? Double.NaN : g[unit];
    }

    /** @param layer 1..L @param from unit in layer − 1 @param to unit in layer @return the weight at this position */
    double weight(int layer, int from, int to) {
        return snapshot.weight(layer - 1, from, to);
    }

    /** @param layer 1..L @param unit unit @return the bias, or NaN without biases */
    double bias(int layer, int unit) {
        return snapshot.bias(layer - 1, unit);
    }

    /** @param layer 1..L @return the first sample's activations of the layer before (x for layer 1) */
    double previousValue(int layer, int unit) {
        return value(layer - 1, unit);
    }

    /** @param layer 1..L @param row batch row @param unit unit @return a (or x) of that sample */
    double value(int layer, int row, int unit) {
        return layer == 0 ? pass.inputs().get(row, unit) : trace(layer).activation().get(row, unit);
    }

    /** @param layer 1..L @param row batch row @param unit unit @return δ of that sample */
    double delta(int layer, int row, int unit) {
        return trace(layer).dLossDPreActivation().get(row, unit);
    }

    private LayerTrace trace(int layer) {
        return pass.layers().get(layer - 1);
    }

    /** @return the largest |w| over every edge (at least 1e-12, so it can divide) */
    double maxAbsWeight() {
        double max = 1e-12;
        for (int l = 1; l <= layers(); l++) {
            for (int i = 0; i < units(l - 1); i++) {
                for (int j = 0; j < units(l); j++) {
                    max = Math.max(max, Math.abs(weight(l, i, j)));
                }
            }
        }
        return max;
    }

    /** @return the largest |∂J/∂w| over the edges whose gradient is computed (at least 1e-300) */
    double maxAbsKnownWeightGradient() {
        double max = 1e-300;
        for (int l = 1; l <= layers(); l++) {
            if (!backwardKnown(l)) {
                continue;
            }
            for (int i = 0; i < units(l - 1); i++) {
                for (int j = 0; j < units(l); j++) {
                    max = Math.max(max, Math.abs(weightGradient(l, i, j)));
                }
            }
        }
        return max;
    }
}
