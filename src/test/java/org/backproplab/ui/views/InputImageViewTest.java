package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.backproplab.data.Dataset;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Snapshot;
import org.backproplab.sim.Stepper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The digits lesson's input drawn as its 8×8 picture, in the data's own units. */
class InputImageViewTest {

    @BeforeAll
    static void startFx() {
        Fx.start();
    }

    @Test
    void theBatchsFirstDigitIsShownInRawPixelsWithItsRowAndClass() throws Exception {
        // given the digits lesson (64 standardised pixel inputs) before its first iteration
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/digits-8x8-mlp.lab.json")));
        Snapshot s = new Stepper(run, 1 << 20).snapshot(false);
        assertEquals(8, InputImageView.side(s));
        // when the view renders it
        Object[] shown = Fx.call(() -> {
            InputImageView view = new InputImageView();
            view.render(s);
            return new Object[] {view.pixels(), view.caption()};
        });
        // then the pixels are the CSV's 0–16 values of that row: standardisation undone
        Dataset train = s.data().train();
        int row = s.batchRows()[0];
        double[] expected = new double[64];
        for (int j = 0; j < 64; j++) {
            expected[j] = s.data().standardizer().mean()[j] + train.input(row, j) * s.data().standardizer().std()[j];
        }
        double[] pixels = (double[]) shown[0];
        assertArrayEquals(expected, pixels, 1e-9);
        for (double p : pixels) {
            assertEquals(Math.rint(p), p, 1e-9, "a whole pixel value");
        }
        assertEquals("row " + (row + 1) + "   class " + train.classNames().get(train.label(row)) + "   (first sample of the batch)",
                shown[1]);
    }

    @Test
    void networksWithoutASquareImageOfInputsShowNoImage() throws Exception {
        LabRun run = LabRun.start(LabReader.read(Path.of("assets/lessons/iris-softmax-mlp.lab.json")));
        Snapshot s = new Stepper(run, 1 << 20).snapshot(false);
        assertEquals(0, InputImageView.side(s));
        assertNull(Fx.call(() -> {
            InputImageView view = new InputImageView();
            view.render(s);
            return view.caption();
        }));
    }
}
