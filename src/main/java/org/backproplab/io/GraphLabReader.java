package org.backproplab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.backproplab.engine.graph.GraphParser;
import org.backproplab.engine.graph.GraphProgramException;

/**
 * Reads the graph part of a graph lab, {@code "graph": {"program": "…", "inputs": {"a": 2}}},
 * and evaluates the program once so that a bad one is reported when the file is read:
 * {@code lab.json: graph.program: line 2, column 5: undefined name "x" …}.
 */
final class GraphLabReader {
    /** Most inputs a graph lab may have. */
    static final int MAX_INPUTS = 1_000;

    private GraphLabReader() {
    }

    static GraphLab read(JsonNode root, JsonFields f, Path source) {
        String title = f.optionalText(root, "", "title", "Untitled graph");
        String notes = f.optionalText(root, "", "notes", "");
        JsonNode graph = f.object(root, "", "graph");
        String program = f.text(f.required(graph, "graph", "program"), "graph.program");
        Map<String, Double> inputs = new LinkedHashMap<>();
        JsonNode in = graph.get("inputs");
        if (in != null && !in.isNull()) {
            if (!in.isObject()) {
                throw f.error("graph.inputs", "expected an object of names and numbers, found " + JsonFields.describe(in));
            }
            if (in.size() > MAX_INPUTS) {
                throw f.error("graph.inputs", "expected at most " + MAX_INPUTS + " inputs, found " + in.size());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "graph.inputs." + e.getKey();
                if (!isName(e.getKey())) {
                    throw f.error(path, "expected a name of letters, digits and _ (not starting with a digit)");
                }
                inputs.put(e.getKey(), f.number(e.getValue(), path));
            }
        }
        try {
            GraphParser.parse(program, inputs);
        } catch (GraphProgramException e) {
            throw f.error("graph.program", e.getMessage());
        }
        return new GraphLab(title, notes, program, inputs, source);
    }

    private static boolean isName(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
            return false;
        }
        return s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }
}
