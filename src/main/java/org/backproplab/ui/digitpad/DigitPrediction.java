package org.backproplab.ui.digitpad;

import org.backproplab.data.Standardizer;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Workspace;

/** The network's outputs for one drawn image, through the engine's forward pass. */
public final class DigitPrediction {
    /** Pixels of the pad: 8 × 8. */
    public static final int PIXELS = 64;

    private DigitPrediction() {
    }

    /**
     * @param parameters   the network's (64 inputs; read only)
     * @param standardizer the data's transform (the pixels are standardised like the training rows), or null
     * @param pixels       64 values 0–16, row by row
     * @return the output layer's activations (class probabilities for a softmax output)
     */
    public static double[] outputs(Parameters parameters, Standardizer standardizer, double[] pixels) {
        Workspace ws = new Workspace(parameters.architecture(), 1);
        double[] in = ws.inputBuffer();
        for (int i = 0; i < PIXELS; i++) {
            in[i] = standardizer == null ? pixels[i] : standardizer.apply(i, pixels[i]);
        }
        double[] out = new Network(parameters).forward(ws, 1);
        return java.util.Arrays.copyOf(out, parameters.architecture().outputSize());
    }
}
