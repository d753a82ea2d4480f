package org.backproplab.ui.functionfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Network;
import org.backproplab.engine.Parameters;
import org.backproplab.engine.Workspace;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;
import org.junit.jupiter.api.Test;

/**
 * The function-fit curves are the network's own outputs: y(x) equals Network.forward at each x,
 * and for an identity output the contributions w_j·h_j(x) of the last hidden layer add up, with
 * the bias, to y(x), each h_j worked out by hand from the weights.
 */
class FunctionFitTest {

    @Test
    void curveEqualsTheForwardPassAndContributionsAddUpToIt() {
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/sine-tanh.lab.json")));
        for (int e = 0; e < 30; e++) {
            run.session().runEpoch();
        }
        Parameters p = run.session().network().parameters().copy();
        FunctionFit fit = FunctionFit.compute(p, null, -3, 3, 61);
        Architecture arch = p.architecture();
        Network network = new Network(p);
        double[] w1 = p.weightsOf(0);
        double[] b1 = p.biasesOf(0);
        double[] w2 = p.weightsOf(1);
        double b2 = p.biasesOf(1)[0];
        for (int i = 0; i < 61; i++) {
            double x = -3 + 6.0 * i / 60;
            assertEquals(x, fit.x()[i], 1e-15);
            Workspace ws = new Workspace(arch, 1);
            ws.inputBuffer()[0] = x;
            assertEquals(network.forward(ws, 1)[0], fit.y()[i], 0.0);
            double sum = b2;
            for (int j = 0; j < 8; j++) {
                // h_j = tanh(x w_j + b_j), by hand
                double h = Math.tanh(x * w1[j] + b1[j]);
                assertEquals(w2[j] * h, fit.contributions()[j][i], 1e-12);
                sum += fit.contributions()[j][i];
            }
            assertEquals(fit.y()[i], sum, 1e-12);
        }
    }

    @Test
    void standardisedInputsAreShownInOriginalUnits() {
        Architecture arch = new Architecture(java.util.List.of(1, 1),
                java.util.List.of(org.backproplab.engine.Activation.IDENTITY), true, org.backproplab.engine.Loss.SQUARED);
        Parameters p = new Parameters(arch);
        p.weightsOf(0)[0] = 2;
        p.biasesOf(0)[0] = 1;
        Standardizer st = new Standardizer(new double[] {10}, new double[] {4});
        FunctionFit fit = FunctionFit.compute(p, st, 6, 14, 3);
        // y = 2 (x − 10)/4 + 1 at x = 6, 10, 14: −1, 1, 3
        assertEquals(-1.0, fit.y()[0], 1e-15);
        assertEquals(1.0, fit.y()[1], 1e-15);
        assertEquals(3.0, fit.y()[2], 1e-15);
        assertEquals(0, fit.contributions().length);
    }

    @Test
    void appliesToOneInputOneOutputNetworksOnly() {
        assertTrue(FunctionFit.applies(LabReader.read(Path.of("assets/lessons/linear-regression.lab.json")).architecture()));
        assertFalse(FunctionFit.applies(LabReader.read(Path.of("assets/lessons/xor-2-2-1.lab.json")).architecture()));
    }
}
