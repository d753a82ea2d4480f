package org.backproplab.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;

/**
 * The lessons the Lessons menu lists: the lab files in the {@code assets/lessons/} folder of
 * the working directory, in the order of its {@code index.txt} (one file name a line) or by
 * name; without that folder, the same files packed in the application under
 * {@code /assets/lessons/}. When there are none, the lecture's 2-3-1 example written below is
 * the only lesson.
 */
public final class LessonCatalog {
    /** The lecture's backprop-by-hand example: 2-3-1 sigmoid, no biases, one sample, BCE. */
    static final String LECTURE_JSON = """
            {"format": "backprop-lab/1",
             "title": "Backpropagation by hand: 2-3-1 sigmoid network, one sample",
             "network": {"layers": [2, 3, 1], "activations": ["sigmoid", "sigmoid"], "bias": false, "loss": "bce"},
             "parameters": {"weights": [[[1.0, -1.0, 3.0], [2.0, 2.0, -1.0]], [[0.1], [0.5], [-0.1]]], "biases": null},
             "data": {"inputs": [[5.0, 3.0]], "targets": [[1.0]]},
             "training": {"optimizer": {"type": "sgd", "learningRate": 0.1}, "batchSize": 0, "epochs": 1, "seed": 1}}
            """;

    /**
     * One lesson of the menu.
     *
     * @param title the lab's title
     * @param lab   the parsed lab
     */
    public record Lesson(String title, LabFile lab) {
    }

    /** Where the lessons are packed inside the application. */
    static final String PACKED = "/assets/lessons/";

    private LessonCatalog() {
    }

    /**
     * @param folder the lessons folder (usually {@code assets/lessons})
     * @return its lessons in menu order; the lecture example when it has none. A lesson file
     *         that does not parse is left out (its one-line reason goes to stderr).
     */
    public static List<Lesson> load(Path folder) {
        List<Lesson> lessons = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            lessons.addAll(packed());
        }
        for (Path file : files(folder)) {
            try {
                LabFile lab = LabReader.read(file);
                lessons.add(new Lesson(lab.title(), lab));
            } catch (LabException e) {
                System.err.println(e.getMessage());
            }
        }
        if (lessons.isEmpty()) {
            LabFile lecture = LabReader.parse(LECTURE_JSON, "built-in lecture example", null);
            lessons.add(new Lesson(lecture.title(), lecture));
        }
        return List.copyOf(lessons);
    }

    private static List<Lesson> packed() {
        String index = resource("index.txt");
        List<Lesson> lessons = new ArrayList<>();
        if (index == null) {
            return lessons;
        }
        for (String line : index.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String json = resource(name);
            try {
                if (json == null) {
                    throw new LabException("lesson " + name + " (built-in): not found in the application");
                }
                LabFile lab = LabReader.parse(json, "lesson " + name + " (built-in)", null);
                lessons.add(new Lesson(lab.title(), lab));
            } catch (LabException e) {
                System.err.println(e.getMessage());
            }
        }
        return lessons;
    }

    private static String resource(String name) {
        try (java.io.InputStream in = LessonCatalog.class.getResourceAsStream(PACKED + name)) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try {
            Path index = folder.resolve("index.txt");
            if (Files.isRegularFile(index)) {
                return Files.readAllLines(index).stream().map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(folder::resolve).toList();
            }
            try (Stream<Path> s = Files.list(folder)) {
                return s.filter(p -> p.getFileName().toString().endsWith(".lab.json")).sorted().toList();
            }
        } catch (IOException e) {
            System.err.println(folder + ": cannot list lessons: " + e.getMessage());
            return List.of();
        }
    }
}
