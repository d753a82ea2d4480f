package org.backproplab.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.backproplab.data.Dataset;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;

/**
 * The "Linear regression is one neuron" lesson: its 1-1 identity neuron trained with squared loss
 * reaches the closed-form least-squares line of its training rows.
 */
class LinearRegressionLessonTest {

    @Test
    void weightsReachTheLeastSquaresCoefficients() {
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/linear-regression.lab.json")));
        TrainingSession session = run.session();
        for (int e = 0; e < run.lab().training().epochs(); e++) {
            session.runEpoch();
        }
        // closed form: w = Σ (x − x̄)(t − t̄) / Σ (x − x̄)², b = t̄ − w x̄
        Dataset d = run.data().train();
        double xMean = 0;
        double tMean = 0;
        for (int r = 0; r < d.rows(); r++) {
            xMean += d.input(r, 0);
            tMean += d.target(r, 0);
        }
        xMean /= d.rows();
        tMean /= d.rows();
        double sxt = 0;
        double sxx = 0;
        for (int r = 0; r < d.rows(); r++) {
            sxt += (d.input(r, 0) - xMean) * (d.target(r, 0) - tMean);
            sxx += (d.input(r, 0) - xMean) * (d.input(r, 0) - xMean);
        }
        double w = sxt / sxx;
        double b = tMean - w * xMean;
        assertEquals(w, session.network().parameters().weightsOf(0)[0], 1e-6);
        assertEquals(b, session.network().parameters().biasesOf(0)[0], 1e-6);
        // the data really is the Iris petal length (cm) against standardised sepal length
        assertEquals(120, d.rows());
        assertEquals(3.7, tMean, 0.3);
    }
}
