package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Each activation's value, derivative, display-grade form, formula text and class encoding in
 * its one home: hand-worked values, central differences for g', and the kernels' array loops
 * against the scalar value and derivative.
 */
class ActivationFunctionsTest {
    private static final double[] POINTS = {-30, -7.5, -2, -0.73, -0.05, 0.05, 0.4, 1, 3.3, 12, 30};

    @Test
    void leakyReluKeepsOneHundredthOfTheSlopeBelowZero() {
        Activation g = Activation.LEAKY_RELU;
        assertEquals(2.5, g.value(2.5), 0);
        assertEquals(-0.025, g.value(-2.5), 1e-17);
        assertEquals(0.0, g.value(0.0), 0);
        assertEquals(1.0, g.derivative(2.5, 2.5), 0);
        assertEquals(0.01, g.derivative(-2.5, -0.025), 0);
        assertEquals("leaky_relu", g.id());
        assertEquals(g, Activation.fromId("leaky_relu"));
    }

    @Test
    void softplusIsLnOfOnePlusEToTheZAndStaysFiniteAndAccurateFarOut() {
        Activation g = Activation.SOFTPLUS;
        // ln 2 = 0.693147180559945...; ln(1 + e) = 1.313261687518223; ln(1 + e^−1) = 0.313261687518223
        assertEquals(0.6931471805599453, g.value(0), 1e-16);
        assertEquals(1.3132616875182228, g.value(1), 1e-15);
        assertEquals(0.31326168751822286, g.value(-1), 1e-16);
        // ln(1 + e^1000) = 1000 + ln(1 + e^−1000) = 1000 (the naive form overflows to ∞)
        assertEquals(1000.0, g.value(1000), 0);
        // ln(1 + e^−40) = e^−40 − e^−80/2 ≈ 4.248354255291589e−18 (1 + e^−40 rounds to 1 naively)
        assertEquals(4.248354255291589e-18, g.value(-40), 1e-30);
        assertEquals(0.0, g.value(-1000), 0);
        // g'(z) = σ(z): σ(0) = ½, σ(2) = 0.8807970779778823
        assertEquals(0.5, g.derivative(0, g.value(0)), 0);
        assertEquals(0.8807970779778823, g.derivative(2, g.value(2)), 1e-16);
        assertEquals(1.0, g.derivative(1000, 1000), 0);
    }

    @Test
    void signIsTheBipolarStepWithTargetsMinusOneAndPlusOne() {
        Activation g = Activation.SIGN;
        assertEquals(-1.0, g.value(-0.3), 0);
        assertEquals(1.0, g.value(0.0), 0);
        assertEquals(1.0, g.value(4), 0);
        assertEquals(0.0, g.derivative(4, 1), 0);
        assertEquals(-1.0, g.negativeTarget(), 0);
        assertEquals(0.0, g.classThreshold(), 0);
        assertEquals(0.0, Activation.STEP.negativeTarget(), 0);
        assertEquals(0.5, Activation.STEP.classThreshold(), 0);
    }

    @Test
    void everyElementwiseDerivativeMatchesCentralDifferencesAwayFromKinks() {
        double h = 1e-6;
        for (Activation g : Activation.values()) {
            if (!g.isElementwise()) {
                continue;
            }
            for (double z : POINTS) {
                double numeric = (g.value(z + h) - g.value(z - h)) / (2 * h);
                double analytic = g.derivative(z, g.value(z));
                assertEquals(numeric, analytic, 1e-7 * Math.max(1, Math.abs(numeric)), g + " at " + z);
            }
        }
    }

    @Test
    void displayFormsAgreeWithTheExactValuesToOneInTenBillion() {
        for (Activation g : Activation.values()) {
            if (!g.isElementwise()) {
                continue;
            }
            for (double z = -50; z <= 50; z += 0.37) {
                assertEquals(g.value(z), g.displayValue(z), 1e-10 * Math.max(1, Math.abs(g.value(z))), g + " at " + z);
            }
            double[] v = POINTS.clone();
            g.displayInPlace(v, v.length);
            for (int i = 0; i < v.length; i++) {
                assertEquals(g.value(POINTS[i]), v[i], 1e-10 * Math.max(1, Math.abs(v[i])), g + " at " + POINTS[i]);
            }
        }
    }

    @Test
    void arrayLoopsOfTheKernelsEqualTheScalarValueAndDerivativeBitForBit() {
        int n = POINTS.length;
        double[] dA = new double[n];
        for (int i = 0; i < n; i++) {
            dA[i] = 0.3 - 0.11 * i;
        }
        for (Activation g : Activation.values()) {
            if (!g.isElementwise()) {
                continue;
            }
            double[] a = new double[n];
            double[] delta = new double[n];
            g.forward(POINTS, a, 1, n);
            g.backward(POINTS, a, dA, delta, 1, n);
            for (int i = 0; i < n; i++) {
                assertEquals(g.value(POINTS[i]), a[i], 0, g + " value at " + POINTS[i]);
                assertEquals(dA[i] * g.derivative(POINTS[i], a[i]), delta[i], 0, g + " δ at " + POINTS[i]);
            }
        }
    }

    @Test
    void formulasAreWrittenAsTheLectureWritesThem() {
        assertEquals("σ(z)", Activation.SIGMOID.formula("z"));
        assertEquals("h₁(1−h₁)", Activation.SIGMOID.derivativeFormula("h₁"));
        assertEquals("max(0.01·z, z)", Activation.LEAKY_RELU.formula("z"));
        assertEquals("max(0.01·(−0.5), −0.5)", Activation.LEAKY_RELU.formula("−0.5"));
        assertEquals("ln(1 + e^z)", Activation.SOFTPLUS.formula("z"));
        assertEquals("ln(1 + e^(−2))", Activation.SOFTPLUS.formula("−2"));
        assertEquals("σ(z)", Activation.SOFTPLUS.derivativeFormula("h₁"));
        assertEquals("sign(z)", Activation.SIGN.formula("z"));
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.derivativeFormula("y"));
    }

    @Test
    void unknownNamesListEveryActivation() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Activation.fromId("swish"));
        for (Activation g : Activation.values()) {
            assertTrue(e.getMessage().contains(g.id()), e.getMessage());
        }
    }

    @Test
    void perceptronAcceptsASignOutputAndSaysWhyItFuses() {
        Architecture arch = new Architecture(java.util.List.of(2, 1), java.util.List.of(Activation.SIGN), true,
                Loss.PERCEPTRON);
        assertEquals("perceptron rule: the error passes straight through the sign",
                Loss.PERCEPTRON.fusedDeltaReason(arch.outputActivation()));
        assertThrows(IllegalArgumentException.class, () -> new Architecture(java.util.List.of(2, 1),
                java.util.List.of(Activation.TANH), true, Loss.PERCEPTRON));
    }
}
