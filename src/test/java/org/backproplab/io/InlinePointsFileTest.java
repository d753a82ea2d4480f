package org.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.backproplab.data.DataLoader;
import org.backproplab.data.DataSplit;
import org.junit.jupiter.api.Test;

/**
 * Inline data with names, standardisation and held-out rows (how clicked points are saved):
 * written and read back unchanged; loaded with μ and σ fitted on the training rows only
 * (x = 1, 2, 3: μ = 2, σ = √(2/3)), the test row standardised with them.
 */
class InlinePointsFileTest {
    private static final String LAB = """
            {"format": "backprop-lab/1", "title": "points",
             "network": {"layers": [1, 1], "activations": ["sigmoid"], "bias": true, "loss": "bce"},
             "init": {"scheme": "xavier", "seed": 1},
             "data": {"features": ["length_cm"], "classes": ["short", "long"], "standardize": true,
                      "inputs": [[1], [2], [3]], "targets": [[0], [0], [1]],
                      "testInputs": [[4]], "testTargets": [[1]]}}
            """;

    @Test
    void namesStandardisationAndTestRowsSurviveWritingAndReading() {
        LabFile lab = LabReader.parse(LAB, "points", null);
        LabFile back = LabReader.parse(LabWriter.toJson(lab), "again", null);
        assertEquals(lab.data(), back.data());

        DataSplit d = DataLoader.load(back.data(), back.architecture(), null);
        double sigma = Math.sqrt(2.0 / 3);
        assertEquals(3, d.train().rows());
        assertEquals((1 - 2) / sigma, d.train().input(0, 0), 1e-12);
        assertEquals(1, d.test().rows());
        assertEquals((4 - 2) / sigma, d.test().input(0, 0), 1e-12);
        assertEquals(1, d.test().label(0));
        assertEquals(List.of("short", "long"), d.train().classNames());
        assertEquals(List.of("length_cm"), d.test().featureNames());
    }

    @Test
    void namedClassesNeedClassTargets() {
        LabFile lab = LabReader.parse(LAB.replace("[[0], [0], [1]]", "[[0.3], [0], [1]]"), "points", null);
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> DataLoader.load(lab.data(), lab.architecture(), null));
        assertEquals("data.targets: with data.classes every target must encode a class (0/1, or one-hot)",
                e.getMessage());
    }

    @Test
    void testRowsNeedTheirTargets() {
        LabException e = assertThrows(LabException.class,
                () -> LabReader.parse(LAB.replace(", \"testTargets\": [[1]]", ""), "points", null));
        assertEquals("points: data.testTargets: missing (required)", e.getMessage());
    }
}
