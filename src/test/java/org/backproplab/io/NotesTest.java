package org.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The optional {@code notes} of a lab file: read, kept by the writer, and in graph labs. */
class NotesTest {
    private static final String NETWORK = """
            {"format": "backprop-lab/1", "title": "One neuron", "notes": "Look at the output.\\n\\nThen try 0.5.",
             "network": {"layers": [1, 1], "activations": ["sigmoid"], "bias": false, "loss": "bce"},
             "parameters": {"weights": [[[0.5]]], "biases": null},
             "data": {"inputs": [[1]], "targets": [[1]]}}
            """;

    @Test
    void notesAreReadAndWrittenBackUnchanged() {
        LabFile lab = LabReader.parse(NETWORK, "n.json", null);
        assertEquals("Look at the output.\n\nThen try 0.5.", lab.notes());
        String json = LabWriter.toJson(lab);
        assertTrue(json.contains("\"notes\""));
        assertEquals(lab, LabReader.parse(json, "again.json", null));
        assertEquals(lab.notes(), lab.withTitle("x").withSource(null).notes(), "kept by the with-methods");
    }

    @Test
    void aLabWithoutNotesHasEmptyNotesAndWritesNoNotesField() {
        LabFile lab = LabReader.parse(NETWORK.replace("\"notes\": \"Look at the output.\\n\\nThen try 0.5.\",", ""), "n.json", null);
        assertEquals("", lab.notes());
        assertFalse(LabWriter.toJson(lab).contains("notes"));
    }

    @Test
    void notesMustBeText() {
        LabException e = assertThrows(LabException.class,
                () -> LabReader.parse(NETWORK.replace("\"Look at the output.\\n\\nThen try 0.5.\"", "3"), "n.json", null));
        assertEquals("n.json: notes: expected a string, found 3", e.getMessage());
    }

    @Test
    void aGraphLabIsReadAsAGraphWithItsNotesAndInputsInOrder() {
        LabDocument d = LabReader.parseDocument("""
                {"format": "backprop-lab/1", "title": "Graph", "notes": "Step it.",
                 "graph": {"program": "c = a + b\\nd = b + 1\\ne = c * d", "inputs": {"b": 1, "a": 2}}}
                """, "g.json", null);
        GraphLab g = assertInstanceOf(GraphLab.class, d);
        assertEquals("Step it.", g.notes());
        assertEquals("[b, a]", g.inputs().keySet().toString());
        assertEquals(6.0, g.trace().output().value(), 0.0);
        assertEquals(8.0, g.withInput("a", 3).trace().output().value(), 0.0, "(a + b)(b + 1) = 4 · 2");
    }
}
