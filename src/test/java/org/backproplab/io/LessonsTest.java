package org.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backproplab.data.DataSpec;
import org.backproplab.data.DataSplit;
import org.backproplab.engine.Activation;
import org.backproplab.engine.Loss;
import org.backproplab.sim.LabRun;
import org.backproplab.sim.Metrics;
import org.backproplab.sim.TrainingSession;
import org.junit.jupiter.api.Test;

class LessonsTest {

    @Test
    void everyShippedLessonLoadsWithItsData() {
        List<Lessons.Lesson> lessons = Lessons.builtIn();
        assertTrue(lessons.size() >= 4);
        for (Lessons.Lesson lesson : lessons) {
            if (lesson.isGraph()) {
                GraphLab graph = (GraphLab) lesson.document();
                assertEquals(graph.title(), lesson.title());
                assertTrue(graph.trace().nonFinite().isEmpty(), lesson.fileName());
                continue;
            }
            LabFile lab = lesson.lab();
            assertNull(lab.folder(), "a built-in lesson has no source folder");
            assertEquals(lab.title(), lesson.title());
            assertTrue(lesson.title().length() > 10 && !lesson.title().equals("Untitled lab"), lesson.fileName());
            DataSplit data = LabRun.start(lab).data();
            assertTrue(data.train().rows() > 0, lesson.fileName());
        }
    }

    @Test
    void indexListsEveryLessonFileInTheAssetsFolder() throws IOException {
        List<String> listed = Lessons.builtIn().stream().map(Lessons.Lesson::fileName).sorted().toList();
        try (Stream<Path> files = Files.list(Path.of("assets", "lessons"))) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lab.json"))
                    .sorted().collect(Collectors.toList());
            assertEquals(present, listed);
        }
    }

    @Test
    void lectureLessonIsExactlyTheReferenceExample() throws Exception {
        Lessons.Lesson first = Lessons.builtIn().get(0);
        assertEquals("lecture-2-3-1-backprop.lab.json", first.fileName());
        Path reference = Path.of(LessonsTest.class.getResource("/reference/lecture-2-3-1-sigmoid.lab.json").toURI());
        assertEquals(LabReader.read(reference).withSource(null), first.lab().withNotes(""), "apart from its notes");
    }

    @Test
    void irisLessonsReadTheBuiltInIrisDataset() {
        for (String name : List.of("iris-perceptron.lab.json", "iris-softmax-mlp.lab.json")) {
            LabFile lab = lesson(name).lab();
            DataSpec.Csv csv = (DataSpec.Csv) lab.data();
            assertEquals(List.of("sepal_length_cm", "petal_length_cm"), csv.features());
            assertTrue(csv.standardize());
        }
        DataSplit perceptron = LabRun.start(lesson("iris-perceptron.lab.json").lab()).data();
        assertEquals(100, perceptron.train().rows(), "Setosa and Versicolor, 50 each");
        DataSplit mlp = LabRun.start(lesson("iris-softmax-mlp.lab.json").lab()).data();
        assertEquals(120, mlp.train().rows());
        assertEquals(30, mlp.test().rows());
    }

    @Test
    void perceptronLessonIsOnlineStepWithPerceptronRule() {
        LabFile lab = lesson("iris-perceptron.lab.json").lab();
        assertEquals(Activation.STEP, lab.architecture().outputActivation());
        assertEquals(Loss.PERCEPTRON, lab.architecture().loss());
        assertEquals(1, lab.training().batchSize());
        assertTrue(lab.architecture().bias());
    }

    @Test
    void xorLessonLearnsXorInItsEpochs() {
        LabRun run = LabRun.start(lesson("xor-2-2-1.lab.json").lab());
        TrainingSession s = run.session();
        for (int e = 0; e < run.lab().training().epochs(); e++) {
            s.runEpoch();
        }
        assertEquals(1.0, Metrics.evaluate(s.network(), run.data().train(), 0).accuracy());
    }

    @Test
    void spiralLessonNeedsAndUsesThreeHiddenLayers() {
        LabRun run = LabRun.start(lesson("spiral-deep.lab.json").lab());
        assertEquals(List.of(2, 8, 8, 8, 1), run.lab().architecture().sizes());
        TrainingSession s = run.session();
        for (int e = 0; e < run.lab().training().epochs(); e++) {
            s.runEpoch();
        }
        // with the lesson's settings (momentum 0.1/0.9, batch 10, 1000 epochs) it fits the spiral
        assertTrue(Metrics.evaluate(s.network(), run.data().train(), 0).accuracy() >= 0.95);
    }

    @Test
    void spiralLessonWithOneHiddenLayerOfEightDoesNotFit() {
        String json = lesson("spiral-deep.lab.json").json()
                .replace("[2, 8, 8, 8, 1]", "[2, 8, 1]").replace("[\"tanh\", \"tanh\", \"tanh\", \"sigmoid\"]",
                        "[\"tanh\", \"sigmoid\"]");
        LabRun run = LabRun.start(LabReader.parse(json, "shallow", null));
        assertEquals(List.of(2, 8, 1), run.lab().architecture().sizes());
        for (int e = 0; e < run.lab().training().epochs(); e++) {
            run.session().runEpoch();
        }
        assertTrue(Metrics.evaluate(run.session().network(), run.data().train(), 0).accuracy() < 0.9);
    }

    @Test
    void digitsLessonReadsAllSixtyFourPixelsAndTenClasses() {
        DataSplit data = LabRun.start(lesson("digits-8x8-mlp.lab.json").lab()).data();
        // 1,797 images, round(0.2 · 1797) = 359 held out
        assertEquals(1797 - 359, data.train().rows());
        assertEquals(359, data.test().rows());
        assertEquals(64, data.train().inputSize());
        assertEquals(10, data.train().classNames().size());
    }

    static Lessons.Lesson lesson(String fileName) {
        return Lessons.builtIn().stream().filter(l -> l.fileName().equals(fileName)).findFirst().orElseThrow();
    }
}
