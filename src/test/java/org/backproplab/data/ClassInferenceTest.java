package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.backproplab.io.LabReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV target column without {@code classes}: a text column's distinct values become the
 * classes in order of first appearance; a numeric column is a regression target; {@code classes}
 * still selects a subset and an order.
 */
class ClassInferenceTest {
    private static final Path IRIS = Path.of("datasets/iris.csv").toAbsolutePath();

    @TempDir
    Path dir;

    private static DataSpec.Csv iris(List<String> classes) {
        return new DataSpec.Csv(IRIS.toString(), List.of("sepal_length_cm", "petal_length_cm"), "species", classes,
                false, 0, 1);
    }

    private static Architecture softmax(int classes) {
        return new Architecture(List.of(2, classes), List.of(Activation.SOFTMAX), true, Loss.CE);
    }

    @Test
    void irisWithoutClassesHasItsThreeSpeciesInFileOrder() throws IOException {
        DataSplit s = DataLoader.load(iris(List.of()), softmax(3), null);
        Dataset d = s.train();
        assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
        assertEquals(150, d.rows());
        // the file lists 50 of each, in that order: rows 0, 50 and 100 start the classes
        List<String> lines = Files.readAllLines(IRIS);
        for (int r = 0; r < d.rows(); r++) {
            String species = lines.get(r + 1).substring(lines.get(r + 1).lastIndexOf(',') + 1);
            assertEquals(d.classNames().indexOf(species), d.label(r), "row " + r);
            for (int k = 0; k < 3; k++) {
                assertEquals(k == d.label(r) ? 1.0 : 0.0, d.target(r, k));
            }
        }
        assertEquals(0, d.label(0));
        assertEquals(1, d.label(50));
        assertEquals(2, d.label(100));
    }

    @Test
    void firstAppearanceDecidesTheOrderNotTheAlphabet() throws IOException {
        Path csv = dir.resolve("pets.csv");
        Files.writeString(csv, "x,y,pet\n1,2,dog\n3,4,cat\n5,6,dog\n7,8,bird\n");
        DataSpec.Csv spec = new DataSpec.Csv(csv.toString(), List.of("x", "y"), "pet", List.of(), false, 0, 1);
        Dataset d = DataLoader.load(spec, softmax(3), null).train();
        assertEquals(List.of("dog", "cat", "bird"), d.classNames());
        assertEquals(List.of(0, 1, 0, 2), List.of(d.label(0), d.label(1), d.label(2), d.label(3)));
    }

    @Test
    void listedClassesStillSelectASubsetAndAnOrder() {
        Dataset d = DataLoader.load(iris(List.of("virginica", "setosa")), softmax(2), null).train();
        assertEquals(100, d.rows());
        assertEquals(List.of("virginica", "setosa"), d.classNames());
        assertEquals(1, d.label(0)); // the file starts with setosa, class 1 here
    }

    @Test
    void aNumericTargetColumnIsRegression() {
        DataSpec.Csv spec = new DataSpec.Csv(IRIS.toString(), List.of("sepal_length_cm"), "petal_length_cm", List.of(),
                false, 0, 1);
        Architecture line = new Architecture(List.of(1, 1), List.of(Activation.IDENTITY), true, Loss.SQUARED);
        Dataset d = DataLoader.load(spec, line, null).train();
        assertFalse(d.isClassification());
        assertEquals(1.4, d.target(0, 0));
        assertTrue(d.classNames().isEmpty());
    }

    @Test
    void inferredClassesThatDoNotFitTheOutputLayerAreOneLine() {
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(iris(List.of()), softmax(4), null));
        assertTrue(e.getMessage().contains("column \"species\""), e.getMessage());
        assertTrue(e.getMessage().contains("3 classes need 3 output units"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aLabFileWithoutClassesReadsAndLoads() throws IOException {
        Path lab = dir.resolve("iris.lab.json");
        Files.writeString(lab, """
                {"format": "backprop-lab/1",
                 "network": {"layers": [2, 3], "activations": ["softmax"], "bias": true, "loss": "ce"},
                 "init": {"scheme": "zeros"},
                 "data": {"csv": "%s", "features": ["sepal_length_cm", "petal_length_cm"], "target": "species"},
                 "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 0, "epochs": 1, "seed": 1}}
                """.formatted(IRIS.toString().replace("\\", "\\\\")));
        var file = LabReader.read(lab);
        assertEquals(3, DataLoader.load(file.data(), file.architecture(), file.folder()).train().classNames().size());
    }
}
