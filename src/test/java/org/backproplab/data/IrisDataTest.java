package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a lab's data is recognised as Iris and how an Iris choice becomes a CSV description. */
class IrisDataTest {

    private static DataSpec.Csv csv(String path) {
        return new DataSpec.Csv(path, List.of("a", "b"), "t", List.of(), false, 0, 1);
    }

    @Test
    void irisIsRecognisedByTheCsvFileName() {
        assertTrue(IrisData.isIris(csv("datasets/iris.csv")));
        assertTrue(IrisData.isIris(csv("/home/me/Iris-2019.CSV")));
        assertFalse(IrisData.isIris(csv("datasets/digits8x8.csv")));
        // a folder's name is not the file's
        assertFalse(IrisData.isIris(csv("iris-labs/wine.csv")));
        assertFalse(IrisData.isIris(new DataSpec.Generator("spiral", 100, 0, 1, 0)));
    }

    @Test
    void theShippedFileHasTheColumnsAndClassesNamedHere() throws Exception {
        List<String> lines = Files.readAllLines(Path.of(IrisData.CSV));
        List<String> header = List.of(lines.get(0).split(","));
        assertTrue(header.containsAll(IrisData.FEATURES), header.toString());
        assertTrue(header.contains(IrisData.TARGET), header.toString());
        for (String species : IrisData.CLASSES) {
            assertEquals(50, lines.stream().filter(l -> l.endsWith("," + species)).count(), species);
        }
    }

    @Test
    void aChoiceBecomesTheCsvDescriptionAndBadChoicesSaySo() {
        DataSpec.Csv spec = IrisData.spec(List.of("sepal_length_cm", "petal_length_cm"), List.of("setosa", "virginica"),
                true, 0.2);
        assertEquals(new DataSpec.Csv("datasets/iris.csv", List.of("sepal_length_cm", "petal_length_cm"), "species",
                List.of("setosa", "virginica"), true, 0.2, 1), spec);
        assertEquals("Choose at least two Iris classes.", assertThrows(IllegalArgumentException.class,
                () -> IrisData.spec(List.of("sepal_length_cm", "petal_length_cm"), List.of("setosa"), true, 0.2))
                .getMessage());
        assertEquals("Choose two different Iris features.", assertThrows(IllegalArgumentException.class,
                () -> IrisData.spec(List.of("petal_length_cm", "petal_length_cm"), List.of("setosa", "virginica"), true,
                        0.2)).getMessage());
    }
}
