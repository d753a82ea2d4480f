package org.backproplab.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
        // then the pixels are, value for value, one row of the CSV with that row's digit as its
        // label (read here straight from the file: standardisation undone)
        Dataset train = s.data().train();
        int row = s.batchRows()[0];
        double[] pixels = (double[]) shown[0];
        String digit = train.classNames().get(train.label(row));
        boolean found = false;
        for (String line : java.nio.file.Files.readAllLines(Path.of("datasets/digits8x8.csv")).subList(1, 1798)) {
            String[] cells = line.split(",");
            boolean same = cells[64].equals(digit);
            for (int j = 0; j < 64 && same; j++) {
                same = Math.abs(Double.parseDouble(cells[j]) - pixels[j]) < 1e-9;
            }
            found |= same;
        }
        assertTrue(found, "a CSV row of digit " + digit + " equal to " + java.util.Arrays.toString(pixels));
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

    @Test
    void sixteenRealValuedFeaturesAreNotTakenForAFourByFourImage() {
        org.backproplab.engine.Architecture arch = new org.backproplab.engine.Architecture(List.of(16, 2),
                List.of(org.backproplab.engine.Activation.SOFTMAX), true, org.backproplab.engine.Loss.CE);
        Snapshot s = AnyArchitectureTest.snapshot(arch, 3, true);
        assertEquals(0, InputImageView.side(s));
    }
}
