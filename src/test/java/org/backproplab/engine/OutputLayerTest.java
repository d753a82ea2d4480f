package org.backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The output layer a class count asks for (the rules the settings panel and the CSV import apply). */
class OutputLayerTest {

    @Test
    void aTargetsDefaultOutputFollowsItsClassCount() {
        assertEquals(new OutputLayer(1, Activation.IDENTITY, Loss.SQUARED), OutputLayer.defaultFor(0));
        assertEquals(new OutputLayer(1, Activation.SIGMOID, Loss.BCE), OutputLayer.defaultFor(2));
        assertEquals(new OutputLayer(3, Activation.SOFTMAX, Loss.CE), OutputLayer.defaultFor(3));
        assertEquals(new OutputLayer(10, Activation.SOFTMAX, Loss.CE), OutputLayer.defaultFor(10));
        assertThrows(IllegalArgumentException.class, () -> OutputLayer.defaultFor(1));
        assertThrows(IllegalArgumentException.class, () -> OutputLayer.defaultFor(-1));
    }

    @Test
    void moreThanTwoClassesAlwaysTakeSoftmaxAndCrossEntropyOnOneUnitEach() {
        OutputLayer chosen = new OutputLayer(1, Activation.TANH, Loss.SQUARED);
        assertEquals(new OutputLayer(3, Activation.SOFTMAX, Loss.CE), OutputLayer.adjustedFor(3, chosen));
    }

    @Test
    void twoClassesTakeOneUnitAndASoftmaxThereBecomesSigmoidWithBce() {
        assertEquals(new OutputLayer(1, Activation.SIGMOID, Loss.BCE),
                OutputLayer.adjustedFor(2, new OutputLayer(3, Activation.SOFTMAX, Loss.CE)));
        // any other choice stays, on one unit
        assertEquals(new OutputLayer(1, Activation.TANH, Loss.SQUARED),
                OutputLayer.adjustedFor(2, new OutputLayer(3, Activation.TANH, Loss.SQUARED)));
        assertEquals(new OutputLayer(1, Activation.STEP, Loss.PERCEPTRON),
                OutputLayer.adjustedFor(2, new OutputLayer(1, Activation.STEP, Loss.PERCEPTRON)));
    }

    @Test
    void theLabsOwnDataKeepsTheChosenOutput() {
        OutputLayer chosen = new OutputLayer(4, Activation.SIGMOID, Loss.SQUARED);
        assertEquals(chosen, OutputLayer.adjustedFor(0, chosen));
    }

    private static OutputLayer out(int units, Activation a, Loss l) {
        return new OutputLayer(units, a, l);
    }

    @Test
    void aNumericTargetTakesOneUnitAndDefaultsToIdentityWithSquaredLoss() {
        assertEquals(out(1, Activation.IDENTITY, Loss.SQUARED),
                OutputLayer.forData(0, true, false, out(3, Activation.SIGMOID, Loss.BCE)));
        assertEquals(out(1, Activation.IDENTITY, Loss.SQUARED),
                OutputLayer.forData(0, true, false, out(1, Activation.TANH, Loss.SQUARED)), "coming from classes");
        assertEquals(out(1, Activation.TANH, Loss.SQUARED),
                OutputLayer.forData(0, true, true, out(1, Activation.TANH, Loss.SQUARED)), "a regression's own choice");
        assertEquals(out(1, Activation.IDENTITY, Loss.SQUARED),
                OutputLayer.forData(0, true, true, out(1, Activation.SOFTMAX, Loss.CE)));
    }

    @Test
    void classDataTakesSoftmaxOrSigmoidWhenTheSourceChanges() {
        assertEquals(out(10, Activation.SOFTMAX, Loss.CE), OutputLayer.forData(10, false, false, out(1, Activation.SIGMOID, Loss.BCE)));
        assertEquals(out(1, Activation.SIGMOID, Loss.BCE), OutputLayer.forData(2, false, false, out(3, Activation.SOFTMAX, Loss.CE)));
        assertEquals(out(1, Activation.SIGMOID, Loss.BCE), OutputLayer.forData(2, false, true, out(1, Activation.IDENTITY, Loss.SQUARED)));
        assertEquals(out(1, Activation.TANH, Loss.SQUARED), OutputLayer.forData(2, false, false, out(1, Activation.TANH, Loss.SQUARED)));
        assertEquals(out(2, Activation.SIGN, Loss.PERCEPTRON), OutputLayer.forData(0, false, false, out(2, Activation.SIGN, Loss.PERCEPTRON)),
                "the lab's own data keeps its output, units included");
    }

    @Test
    void onlyNormalAndUniformTakeAScale() {
        assertEquals(java.util.List.of("normal", "uniform"),
                Initializer.SCHEMES.stream().filter(Initializer::takesScale).toList());
        assertEquals(0.5, Initializer.withScaleIfUsed("uniform", 3, 0.5, 1).scale());
        assertEquals(2.0, Initializer.withScaleIfUsed("normal", 3, 2.0, 1).scale());
        assertEquals(0.0, Initializer.withScaleIfUsed("xavier", 3, 2.0, 1).scale());
        assertEquals(0.0, Initializer.withScaleIfUsed("zeros", 3, 2.0, 1).scale());
        // every listed scheme is one the initialiser accepts
        for (String s : Initializer.SCHEMES) {
            assertEquals(s, new Initializer(s, 1, 0).scheme());
        }
        assertEquals("xavier", Initializer.DEFAULT_SCHEME);
    }
}
