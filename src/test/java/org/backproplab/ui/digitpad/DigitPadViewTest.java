package org.backproplab.ui.digitpad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backproplab.data.Dataset;
import org.backproplab.data.Standardizer;
import org.backproplab.engine.Parameters;
import org.backproplab.io.LabReader;
import org.backproplab.sim.Granularity;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.Stepper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Draw a digit: given the digits lesson after an epoch, when pixels are drawn the pad holds 16
 * there and at least 8 around, and the probabilities shown are the 64-32-10 network's, worked
 * out here by hand (standardised pixels, tanh layer, softmax); "Use the batch's sample" puts the
 * batch's first digit, in 0–16 pixel values, on the pad.
 */
@ExtendWith(ApplicationExtension.class)
class DigitPadViewTest {
    private final SimpleObjectProperty<Snapshot> snapshot = new SimpleObjectProperty<>();
    private DigitPadView pad;

    @Start
    void start(Stage stage) {
        Stepper stepper = new Stepper(LabRun.start(LabReader.read(Path.of("assets/lessons/digits-8x8-mlp.lab.json"))),
                64L << 20);
        stepper.forward(Granularity.EPOCH);
        snapshot.set(stepper.snapshot(false));
        pad = new DigitPadView(snapshot);
        stage.setScene(new Scene(pad));
        stage.show();
    }

    // the network by hand: z1 = x'·W1 + b1, h = tanh(z1), z2 = h·W2 + b2, softmax
    private static double[] byHand(Parameters p, Standardizer st, double[] pixels) {
        double[] w1 = p.weightsOf(0);
        double[] b1 = p.biasesOf(0);
        double[] w2 = p.weightsOf(1);
        double[] b2 = p.biasesOf(1);
        double[] h = new double[32];
        for (int j = 0; j < 32; j++) {
            double z = 0;
            for (int i = 0; i < 64; i++) {
                z += st.apply(i, pixels[i]) * w1[i * 32 + j];
            }
            h[j] = Math.tanh(z + b1[j]);
        }
        double[] e = new double[10];
        double sum = 0;
        for (int k = 0; k < 10; k++) {
            double z = b2[k];
            for (int j = 0; j < 32; j++) {
                z += h[j] * w2[j * 10 + k];
            }
            e[k] = Math.exp(z);
            sum += e[k];
        }
        for (int k = 0; k < 10; k++) {
            e[k] /= sum;
        }
        return e;
    }

    @Test
    void drawnPixelsGiveTheNetworksProbabilities(FxRobot robot) {
        robot.interact(() -> {
            pad.drawAt(3.5 * 36, 1.5 * 36, false); // row 1, column 3
            pad.drawAt(3.5 * 36, 2.5 * 36, false);
            pad.drawAt(0.5 * 36, 0.5 * 36, true);
        });
        double[] px = pad.pixels();
        assertEquals(16, px[8 + 3]);
        assertEquals(16, px[16 + 3]);
        assertEquals(8, px[3]);
        assertEquals(8, px[8 + 2]);
        assertEquals(8, px[24 + 3]);
        assertEquals(0, px[0]);
        Snapshot s = snapshot.get();
        assertArrayEquals(byHand(s.parameters(), s.data().standardizer(), px), pad.probabilities(), 1e-12);
    }

    @Test
    void theBatchsSampleComesBackInPixelValues(FxRobot robot) {
        robot.clickOn("#digitPadSample");
        Snapshot s = snapshot.get();
        Dataset train = s.data().train();
        int row = s.batchRows()[0];
        double[] px = pad.pixels();
        for (int i = 0; i < 64; i++) {
            assertEquals(s.data().standardizer().invert(i, train.input(row, i)), px[i], 1e-9);
            assertEquals(Math.rint(px[i]), px[i], 1e-9, "a whole pixel value 0–16");
        }
        assertArrayEquals(byHand(s.parameters(), s.data().standardizer(), px), pad.probabilities(), 1e-12);
        robot.clickOn("#digitPadClear");
        assertArrayEquals(new double[64], pad.pixels());
    }
}
