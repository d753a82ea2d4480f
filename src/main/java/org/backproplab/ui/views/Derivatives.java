package org.backproplab.ui.views;

import static org.backproplab.ui.views.NumberText.short4;

import org.backproplab.engine.Activation;
import org.backproplab.engine.Loss;

/**
 * The activation- and loss-specific pieces of the chain-rule formulas, written as the lecture
 * writes them: g'(z) for sigmoid is a(1−a), for tanh 1−a², for relu 1[z>0]; ∂J/∂y for each
 * loss; and whether the output sensitivity fuses to δ = (y − t)/n.
 */
final class Derivatives {
    private Derivatives() {
    }

    /**
     * @param g activation (not softmax)
     * @param a the node's name, e.g. "h₁"
     * @return g'(z) in the node's terms, e.g. "h₁(1−h₁)"
     */
    static String symbol(Activation g, String a) {
        return switch (g) {
            case SIGMOID -> a + "(1−" + a + ")";
            case TANH -> "(1−" + a + "²)";
            case RELU -> "1[z>0]";
            case IDENTITY -> "1";
            case STEP -> "0";
            case SOFTMAX -> throw new IllegalArgumentException("softmax has no element-wise derivative");
        };
    }

    /**
     * @param g activation (not softmax)
     * @param z pre-activation
     * @param a activation
     * @return g'(z), computed independently of the engine's trace from z and a
     */
    static double value(Activation g, double z, double a) {
        return switch (g) {
            // σ'(z) = σ(z)(1 − σ(z))
            case SIGMOID -> a * (1 - a);
            // tanh'(z) = 1 − tanh²(z)
            case TANH -> 1 - a * a;
            case RELU -> z > 0 ? 1 : 0;
            case IDENTITY -> 1;
            case STEP -> 0;
            case SOFTMAX -> throw new IllegalArgumentException("softmax has no element-wise derivative");
        };
    }

    /**
     * @param loss the loss
     * @param y    output name, e.g. "y"
     * @return ∂J/∂y of the batch-averaged loss for one output unit, e.g. "[−t/y + (1−t)/(1−y)]/n"
     */
    static String lossGradientSymbol(Loss loss, String y) {
        return switch (loss) {
            case BCE -> "[−t/" + y + " + (1−t)/(1−" + y + ")]/n";
            case CE -> "−t/(n·" + y + ")";
            case SQUARED -> "(" + y + " − t)/n";
            case PERCEPTRON -> "(" + y + " − t)/n";
        };
    }

    /**
     * @param loss the loss
     * @param y    output value
     * @param t    target
     * @param n    batch size
     * @return the same with numbers, e.g. "[−1/0.5904 + 0/0.4096]/1"
     */
    static String lossGradientNumbers(Loss loss, double y, double t, int n) {
        return switch (loss) {
            case BCE -> "[−" + short4(t) + "/" + short4(y) + " + " + short4(1 - t) + "/" + short4(1 - y) + "]/" + n;
            case CE -> "−" + short4(t) + "/(" + n + " × " + short4(y) + ")";
            case SQUARED, PERCEPTRON -> "(" + short4(y) + " − " + short4(t) + ")/" + n;
        };
    }

    /**
     * @param loss   the loss
     * @param output the output activation
     * @return why δ of the output is (y − t)/n, or null when it is not fused
     */
    static String fusedReason(Loss loss, Activation output) {
        if (!loss.fusedDelta(output)) {
            return null;
        }
        return switch (loss) {
            case BCE -> "sigmoid + binary cross-entropy";
            case CE -> "softmax + cross-entropy";
            default -> "perceptron rule: the error passes straight through the step";
        };
    }
}
