package org.backproplab.sim;

import org.backproplab.data.ClassLabels;
import org.backproplab.data.Dataset;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Network;
import org.backproplab.engine.Workspace;

/**
 * Loss and accuracy of a network on a whole dataset, with the current parameters.
 *
 * @param loss     batch-averaged loss over all rows (L2 term included), NaN for an empty set
 * @param accuracy fraction classified right, NaN for regression or an empty set
 */
public record Metrics(double loss, double accuracy) {

    /**
     * @param network network to evaluate (unchanged)
     * @param data    dataset
     * @param l2      L2 strength added to the loss
     * @return loss and accuracy over every row
     */
    public static Metrics evaluate(Network network, Dataset data, double l2) {
        if (data.rows() == 0) {
            return new Metrics(Double.NaN, Double.NaN);
        }
        Architecture arch = network.architecture();
        Workspace ws = new Workspace(arch, data.rows());
        for (int r = 0; r < data.rows(); r++) {
            data.copyInputs(r, ws.inputBuffer(), r * arch.inputSize());
            data.copyTargets(r, ws.targetBuffer(), r * arch.outputSize());
        }
        double loss = network.computeLoss(ws, data.rows(), l2);
        double accuracy = Double.NaN;
        if (data.isClassification()) {
            double[] out = ws.activationBuffer(arch.layerCount() - 1);
            double threshold = arch.outputActivation().classThreshold();
            int right = 0;
            for (int r = 0; r < data.rows(); r++) {
                if (ClassLabels.predict(out, r, arch.outputSize(), threshold) == data.label(r)) {
                    right++;
                }
            }
            accuracy = (double) right / data.rows();
        }
        return new Metrics(loss, accuracy);
    }
}
