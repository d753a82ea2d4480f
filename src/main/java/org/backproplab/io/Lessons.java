package org.backproplab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons shipped with the application: lab files packed as resources under
 * {@code /assets/lessons/}, listed in menu order by {@code /assets/lessons/index.txt} (one file
 * name a line; blank lines and lines starting with {@code #} are ignored). A lesson read this
 * way has no source folder, so a relative CSV path in it resolves to the current directory and
 * then to the built-in dataset of that name.
 */
public final class Lessons {
    /** Resource folder of the lessons. */
    public static final String FOLDER = "/assets/lessons/";

    private Lessons() {
    }

    /**
     * One built-in lesson.
     *
     * @param fileName its file name, e.g. {@code iris-perceptron.lab.json}
     * @param title    its title, for the menu
     * @param json     the lab file's text
     */
    public record Lesson(String fileName, String title, String json) {
        /** @return the lesson's lab, parsed afresh (no source folder); a graph lesson has none */
        public LabFile lab() {
            return LabReader.parse(json, displayName(fileName), null);
        }

        /** @return the lesson's network lab or graph lab, parsed afresh (no source folder) */
        public LabDocument document() {
            return LabReader.parseDocument(json, displayName(fileName), null);
        }

        /** @return whether it is a graph lab (a computational graph, no network) */
        public boolean isGraph() {
            return document() instanceof GraphLab;
        }
    }

    /**
     * @return every listed lesson, in menu order
     * @throws LabException when the index names a missing or invalid lesson (a packaging error)
     */
    public static List<Lesson> builtIn() {
        List<Lesson> lessons = new ArrayList<>();
        for (String line : resourceText("index.txt").split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            String json = resourceText(name);
            String title = LabReader.parseDocument(json, displayName(name), null).title();
            lessons.add(new Lesson(name, title, json));
        }
        return List.copyOf(lessons);
    }

    private static String displayName(String fileName) {
        return "lesson " + fileName + " (built-in)";
    }

    private static String resourceText(String name) {
        try (InputStream in = Lessons.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new LabException(displayName(name) + ": not found in the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LabException(displayName(name) + ": cannot read: " + e.getMessage());
        }
    }
}
