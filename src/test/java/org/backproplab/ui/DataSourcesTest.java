package org.backproplab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backproplab.engine.Activation;
import org.backproplab.engine.Loss;
import org.junit.jupiter.api.Test;

/** The output layer each kind of data asks for, keeping the user's choice where it fits. */
class DataSourcesTest {
    private static DataSources.Output out(Activation a, Loss l) {
        return new DataSources.Output(a, l);
    }

    @Test
    void aNumericTargetDefaultsToIdentityWithSquaredLoss() {
        assertEquals(out(Activation.IDENTITY, Loss.SQUARED),
                DataSources.outputFor(0, true, false, out(Activation.SIGMOID, Loss.BCE)));
        assertEquals(out(Activation.IDENTITY, Loss.SQUARED),
                DataSources.outputFor(0, true, false, out(Activation.TANH, Loss.SQUARED)), "coming from classes");
        assertEquals(out(Activation.TANH, Loss.SQUARED),
                DataSources.outputFor(0, true, true, out(Activation.TANH, Loss.SQUARED)), "a regression's own choice");
        assertEquals(out(Activation.IDENTITY, Loss.SQUARED),
                DataSources.outputFor(0, true, true, out(Activation.SOFTMAX, Loss.CE)));
    }

    @Test
    void classesTakeSoftmaxOrSigmoid() {
        assertEquals(out(Activation.SOFTMAX, Loss.CE), DataSources.outputFor(10, false, false, out(Activation.SIGMOID, Loss.BCE)));
        assertEquals(out(Activation.SIGMOID, Loss.BCE), DataSources.outputFor(2, false, false, out(Activation.SOFTMAX, Loss.CE)));
        assertEquals(out(Activation.SIGMOID, Loss.BCE), DataSources.outputFor(2, false, true, out(Activation.IDENTITY, Loss.SQUARED)));
        assertEquals(out(Activation.TANH, Loss.SQUARED), DataSources.outputFor(2, false, false, out(Activation.TANH, Loss.SQUARED)));
        assertEquals(out(Activation.SIGN, Loss.PERCEPTRON), DataSources.outputFor(0, false, false, out(Activation.SIGN, Loss.PERCEPTRON)),
                "the lab's own data keeps its output");
    }
}
