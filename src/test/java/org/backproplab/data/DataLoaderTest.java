package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Loss;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataLoaderTest {
    private static final String TOY = "a,b,label\n1,10,x\n2,20,y\n3,60,x\n";

    @TempDir
    Path dir;

    static Architecture net(int in, int out, Activation output, Loss loss) {
        return new Architecture(List.of(in, out), List.of(output), true, loss);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static DataSpec.Csv csv(String file, List<String> features, List<String> classes, boolean standardize,
                                    double testFraction) {
        return new DataSpec.Csv(file, features, "label", classes, standardize, testFraction, 1);
    }

    @Test
    void standardisesToyCsvAsComputedByHand() throws IOException {
        write("toy.csv", TOY);
        DataSplit s = DataLoader.load(csv("toy.csv", List.of("a", "b"), List.of("x", "y"), true, 0),
                net(2, 1, Activation.SIGMOID, Loss.BCE), dir);
        Dataset train = s.train();
        assertEquals(3, train.rows());
        // a: μ = 2, σ = sqrt(2/3); b: μ = 30, σ = sqrt(1400/3)
        assertEquals(-1.224744871391589, train.input(0, 0), 1e-14);
        assertEquals(-0.9258200997725514, train.input(0, 1), 1e-14);
        assertEquals(0.0, train.input(1, 0), 1e-15);
        assertEquals(1.3887301496588271, train.input(2, 1), 1e-14);
        assertArrayEquals(new double[] {2, 30}, s.standardizer().mean(), 1e-15);
        // classes x → 0, y → 1 encoded as 0/1 for one sigmoid output
        assertEquals(0.0, train.target(0, 0));
        assertEquals(1.0, train.target(1, 0));
        assertEquals(1, train.label(1));
        assertEquals(List.of("x", "y"), train.classNames());
        assertEquals(List.of("a", "b"), train.featureNames());
        assertEquals(0, s.test().rows());
    }

    @Test
    void standardizerIsFittedOnTrainingRowsOnly() throws IOException {
        StringBuilder sb = new StringBuilder("a,label\n");
        for (int i = 1; i <= 10; i++) {
            sb.append(i * i).append(",0\n");
        }
        write("sq.csv", sb.toString());
        DataSplit s = DataLoader.load(new DataSpec.Csv("sq.csv", List.of("a"), "label", List.of(), true, 0.3, 4),
                net(1, 1, Activation.IDENTITY, Loss.SQUARED), dir);
        assertEquals(7, s.train().rows());
        assertEquals(3, s.test().rows());
        // recover the raw training values and compute μ by hand from them
        double sum = 0;
        for (int r = 0; r < 7; r++) {
            sum += s.standardizer().invert(0, s.train().input(r, 0));
        }
        assertEquals(sum / 7, s.standardizer().mean()[0], 1e-9);
        double trainMean = 0;
        for (int r = 0; r < 7; r++) {
            trainMean += s.train().input(r, 0);
        }
        assertEquals(0.0, trainMean / 7, 1e-12, "training features have mean 0");
        assertTrue(Math.abs(s.standardizer().mean()[0] - 38.5) > 1e-9, "the mean of all ten rows (38.5) is not used");
    }

    @Test
    void oneHotTargetsWhenOneOutputPerClassAndRowsOfOtherClassesDropped() throws IOException {
        write("three.csv", "v,label\n1,a\n2,b\n3,c\n4,d\n5,b\n");
        Architecture arch = new Architecture(List.of(1, 3), List.of(Activation.SOFTMAX), true, Loss.CE);
        Dataset d = DataLoader.load(csv("three.csv", List.of("v"), List.of("c", "a", "b"), false, 0), arch, dir).train();
        assertEquals(4, d.rows(), "the d row is left out");
        assertEquals(1.0, d.input(0, 0));
        // row "1,a": class a is index 1 → (0, 1, 0)
        assertEquals(0.0, d.target(0, 0));
        assertEquals(1.0, d.target(0, 1));
        assertEquals(0.0, d.target(0, 2));
        // row "3,c": index 0 → (1, 0, 0)
        assertEquals(1.0, d.target(2, 0));
        assertEquals(0, d.label(2));
        assertEquals(2, d.label(3));
    }

    @Test
    void tanhAndIdentityOutputsGetMinusOnePlusOneTargets() throws IOException {
        write("toy.csv", TOY);
        for (Activation a : new Activation[] {Activation.TANH, Activation.IDENTITY}) {
            Dataset d = DataLoader.load(csv("toy.csv", List.of("a", "b"), List.of("x", "y"), false, 0),
                    net(2, 1, a, Loss.SQUARED), dir).train();
            assertEquals(-1.0, d.target(0, 0));
            assertEquals(1.0, d.target(1, 0));
        }
        Dataset step = DataLoader.load(csv("toy.csv", List.of("a", "b"), List.of("x", "y"), false, 0),
                net(2, 1, Activation.STEP, Loss.PERCEPTRON), dir).train();
        assertEquals(0.0, step.target(0, 0));
    }

    @Test
    void numericTargetWhenNoClassesListed() throws IOException {
        write("reg.csv", "a,label\n1,0.5\n2,-1.25e1\n");
        Dataset d = DataLoader.load(csv("reg.csv", List.of("a"), List.of(), false, 0),
                net(1, 1, Activation.IDENTITY, Loss.SQUARED), dir).train();
        assertEquals(-12.5, d.target(1, 0));
        assertTrue(!d.isClassification());
        assertNull(DataLoader.load(csv("reg.csv", List.of("a"), List.of(), false, 0),
                net(1, 1, Activation.IDENTITY, Loss.SQUARED), dir).standardizer());
    }

    @Test
    void relativePathIsTriedAgainstTheLabFolderFirst() throws IOException {
        Files.createDirectories(dir.resolve("datasets"));
        write("datasets/iris.csv", "sepal_length_cm,petal_length_cm,species\n1,2,setosa\n3,4,versicolor\n");
        DataSplit s = DataLoader.load(new DataSpec.Csv("datasets/iris.csv", List.of("sepal_length_cm", "petal_length_cm"),
                "species", List.of("setosa", "versicolor"), false, 0, 1), net(2, 1, Activation.STEP, Loss.PERCEPTRON), dir);
        assertEquals(2, s.train().rows(), "the lab folder's own iris.csv, not the built-in one");
    }

    @Test
    void unknownRelativePathFallsBackToTheBuiltInDatasetOfThatName() {
        DataSplit s = DataLoader.load(new DataSpec.Csv("no/such/folder/iris.csv",
                List.of("sepal_length_cm", "petal_length_cm"), "species", List.of("setosa", "versicolor", "virginica"),
                false, 0.2, 1), new Architecture(List.of(2, 3), List.of(Activation.SOFTMAX), true, Loss.CE), dir);
        assertEquals(120, s.train().rows());
        assertEquals(30, s.test().rows());
        // Fisher's first row (5.1, 3.5, 1.4, 0.2, setosa) comes first in whichever part holds it
        Dataset holder = s.train().input(0, 0) == 5.1 ? s.train() : s.test();
        assertEquals(5.1, holder.input(0, 0));
        assertEquals(1.4, holder.input(0, 1));
        assertEquals(0, holder.label(0));
    }

    @Test
    void pathsAreTriedAgainstLabFolderThenCurrentDirectoryThenBuiltIn() {
        // an unknown column makes the loader name the file it actually opened
        Architecture arch = net(1, 1, Activation.SIGMOID, Loss.BCE);
        DataSpec.Csv fromCwd = new DataSpec.Csv("datasets/iris.csv", List.of("colour"), "species", List.of("setosa", "versicolor"),
                false, 0, 1);
        DataException cwd = assertThrows(DataException.class, () -> DataLoader.load(fromCwd, arch, dir));
        String named = ": no column \"colour\" (named in data.features[0])";
        assertTrue(cwd.getMessage().startsWith(Path.of("datasets/iris.csv").toAbsolutePath() + named), cwd.getMessage());
        DataSpec.Csv builtIn = new DataSpec.Csv("elsewhere/iris.csv", List.of("colour"), "species",
                List.of("setosa", "versicolor"), false, 0, 1);
        DataException jar = assertThrows(DataException.class, () -> DataLoader.load(builtIn, arch, dir));
        assertTrue(jar.getMessage().startsWith("iris.csv (built-in)" + named + "; the header has \"sepal_length_cm\""),
                jar.getMessage());
    }

    @Test
    void builtInIrisHasFiftyRowsPerSpecies() {
        Dataset d = DataLoader.load(new DataSpec.Csv("iris.csv", List.of("petal_length_cm"), "species",
                List.of("setosa", "versicolor"), false, 0, 1), net(1, 1, Activation.SIGMOID, Loss.BCE), null).train();
        assertEquals(100, d.rows());
        assertEquals(1.4, d.input(0, 0));
        assertEquals(0, d.label(49));
        assertEquals(1, d.label(50));
    }

    @Test
    void generatorDataIsSplitAndLabelledZeroOne() {
        DataSplit s = DataLoader.load(new DataSpec.Generator("circle", 100, 0, 5, 0.2),
                net(2, 1, Activation.SIGMOID, Loss.BCE), null);
        assertEquals(80, s.train().rows());
        assertEquals(20, s.test().rows());
        int positives = 0;
        for (Dataset d : List.of(s.train(), s.test())) {
            for (int r = 0; r < d.rows(); r++) {
                double radius = Math.hypot(d.input(r, 0), d.input(r, 1));
                assertEquals(radius < 2.5 ? 1.0 : 0.0, d.target(r, 0));
                positives += d.label(r);
            }
        }
        assertEquals(50, positives);
    }

    @Test
    void generatorRowsAreShuffledNotClassSorted() {
        Dataset d = DataLoader.load(new DataSpec.Generator("gauss", 100, 0, 5, 0),
                net(2, 1, Activation.SIGMOID, Loss.BCE), null).train();
        int firstHalfPositives = 0;
        for (int r = 0; r < 50; r++) {
            firstHalfPositives += d.label(r);
        }
        assertTrue(firstHalfPositives > 10 && firstHalfPositives < 40, "found " + firstHalfPositives);
    }

    @Test
    void generatorWithTwoOutputsIsOneHotAndWithTanhIsSigned() {
        Dataset oneHot = DataLoader.load(new DataSpec.Generator("xor", 20, 0, 2, 0),
                new Architecture(List.of(2, 2), List.of(Activation.SOFTMAX), true, Loss.CE), null).train();
        Dataset signed = DataLoader.load(new DataSpec.Generator("xor", 20, 0, 2, 0),
                net(2, 1, Activation.TANH, Loss.SQUARED), null).train();
        for (int r = 0; r < 20; r++) {
            boolean positive = oneHot.input(r, 0) * oneHot.input(r, 1) >= 0;
            assertEquals(positive ? 1.0 : 0.0, oneHot.target(r, 1));
            assertEquals(positive ? 0.0 : 1.0, oneHot.target(r, 0));
            assertEquals(positive ? 1.0 : -1.0, signed.target(r, 0));
        }
    }

    @Test
    void singleOutputThresholdMatchesNegativeTarget() {
        // the class-0 target lies on the wrong side of sim.Metrics.threshold: 0 < 0.5, −1 < 0
        assertEquals(-1.0, ClassLabels.negativeTarget(Activation.TANH));
        assertEquals(-1.0, ClassLabels.negativeTarget(Activation.IDENTITY));
        assertEquals(0.0, ClassLabels.negativeTarget(Activation.SIGMOID));
        assertEquals(0.0, ClassLabels.negativeTarget(Activation.STEP));
    }

    // ---- bad input: one line naming file, place and problem ----

    private String failure(String file, String text, List<String> features, List<String> classes, Architecture arch)
            throws IOException {
        Path p = write(file, text);
        DataException e = assertThrows(DataException.class,
                () -> DataLoader.load(csv(file, features, classes, false, 0), arch, dir));
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage().replace(p.toString(), file);
    }

    @Test
    void nonNumberNamesLineAndColumn() throws IOException {
        assertEquals("bad.csv: line 3, column \"b\": \"abc\" is not a number",
                failure("bad.csv", "a,b,label\n1,2,x\n1,abc,y\n", List.of("a", "b"), List.of("x", "y"),
                        net(2, 1, Activation.SIGMOID, Loss.BCE)));
    }

    @Test
    void nanInDataIsRejected() throws IOException {
        assertEquals("nan.csv: line 2, column \"a\": \"NaN\" is not a finite number (NaN and infinity are not allowed in data)",
                failure("nan.csv", "a,b,label\nNaN,2,x\n1,3,y\n", List.of("a", "b"), List.of("x", "y"),
                        net(2, 1, Activation.SIGMOID, Loss.BCE)));
    }

    @Test
    void missingValueIsRejected() throws IOException {
        assertEquals("gap.csv: line 2, column \"b\": the value is missing (expected a number)",
                failure("gap.csv", "a,b,label\n1,,0\n", List.of("a", "b"), List.of(), net(2, 1, Activation.IDENTITY, Loss.SQUARED)));
    }

    @Test
    void emptyDatasetIsRejected() throws IOException {
        assertEquals("empty.csv: the dataset is empty (no data rows after the header)",
                failure("empty.csv", "a,b,label\n", List.of("a", "b"), List.of("x", "y"), net(2, 1, Activation.SIGMOID, Loss.BCE)));
    }

    @Test
    void unknownColumnListsTheHeader() throws IOException {
        assertEquals("cols.csv: no column \"c\" (named in data.features[1]); the header has \"a\", \"b\", \"label\"",
                failure("cols.csv", TOY, List.of("a", "c"), List.of("x", "y"), net(2, 1, Activation.SIGMOID, Loss.BCE)));
    }

    @Test
    void unknownClassValueListsTheValuesFound() throws IOException {
        assertEquals("cls.csv: column \"label\": class \"z\" (data.classes[1]) does not occur; the values are \"x\", \"y\"",
                failure("cls.csv", TOY, List.of("a", "b"), List.of("x", "z"), net(2, 1, Activation.SIGMOID, Loss.BCE)));
    }

    @Test
    void textTargetWithoutClassesTakesItsValuesAsClasses() throws IOException {
        write("txt.csv", TOY);
        Dataset d = DataLoader.load(csv("txt.csv", List.of("a", "b"), List.of(), false, 0),
                net(2, 1, Activation.IDENTITY, Loss.SQUARED), dir).train();
        assertEquals(List.of("x", "y"), d.classNames());
        // one identity output: class 0 is −1, class 1 is +1
        assertEquals(List.of(-1.0, 1.0, -1.0), List.of(d.target(0, 0), d.target(1, 0), d.target(2, 0)));
    }

    @Test
    void classCountMustMatchOutputUnits() {
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(
                csv("whatever.csv", List.of("a"), List.of("x", "y", "z"), false, 0),
                new Architecture(List.of(1, 2), List.of(Activation.SOFTMAX), true, Loss.CE), dir));
        assertEquals("data.classes: 3 classes need 3 output units (one per class), but the network's last layer has 2",
                e.getMessage());
    }

    @Test
    void missingFileSaysWhereItLooked() {
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(
                csv("nothere.csv", List.of("a"), List.of(), false, 0), net(1, 1, Activation.IDENTITY, Loss.SQUARED), dir));
        assertTrue(e.getMessage().startsWith("nothere.csv: file not found (looked in " + dir.resolve("nothere.csv")),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("and among the built-in datasets)"), e.getMessage());
    }

    @Test
    void testFractionThatLeavesNoTrainingRowsIsRejected() throws IOException {
        write("one.csv", "a,label\n1,2\n");
        DataException e = assertThrows(DataException.class, () -> DataLoader.load(
                new DataSpec.Csv("one.csv", List.of("a"), "label", List.of(), false, 0.6, 1),
                net(1, 1, Activation.IDENTITY, Loss.SQUARED), dir));
        assertEquals(dir.resolve("one.csv") + ": the training set is empty (1 rows, 1 held out for testing;"
                + " lower data.testFraction)", e.getMessage());
    }
}
