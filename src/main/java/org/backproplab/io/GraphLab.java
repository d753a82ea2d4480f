package org.backproplab.io;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backproplab.engine.graph.GraphParser;
import org.backproplab.engine.graph.GraphTrace;

/**
 * A graph lab: a small scalar program ({@code c = a + b; d = b + 1; e = c * d}) and the values
 * of its inputs, read from {@code {"graph": {"program": …, "inputs": {…}}}}.
 *
 * @param title   title
 * @param notes   notes, or ""
 * @param program the program's text (checked when read: it evaluates)
 * @param inputs  input names and values, in the file's order (copied, unmodifiable)
 * @param source  the file it was read from, or null
 */
public record GraphLab(String title, String notes, String program, Map<String, Double> inputs, Path source)
        implements LabDocument {

    /** Copies the inputs, keeping their order. */
    public GraphLab {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * @return the program evaluated at the inputs, forward and backward
     * @throws org.backproplab.engine.graph.GraphProgramException for a bad program (a read lab's is good)
     */
    public GraphTrace trace() {
        return GraphParser.parse(program, inputs).trace();
    }

    /**
     * @param name  an input's name
     * @param value its new value
     * @return this lab with that input changed
     * @throws IllegalArgumentException when there is no such input
     */
    public GraphLab withInput(String name, double value) {
        if (!inputs.containsKey(name)) {
            throw new IllegalArgumentException("no input " + name);
        }
        Map<String, Double> changed = new LinkedHashMap<>(inputs);
        changed.put(name, value);
        return new GraphLab(title, notes, program, changed, source);
    }
}
