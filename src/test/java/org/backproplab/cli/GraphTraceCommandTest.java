package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code trace GRAPHLAB}: the lecture's graph by hand, non-finite values, and bad programs. */
class GraphTraceCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @TempDir
    Path dir;

    Path lab(String program, String inputs) throws IOException {
        Path p = dir.resolve("graph.lab.json");
        Files.writeString(p, "{\"format\": \"backprop-lab/1\", \"title\": \"Lecture graph\", \"notes\": \"n\",\n"
                + " \"graph\": {\"program\": " + JSON.writeValueAsString(program) + ", \"inputs\": " + inputs + "}}");
        return p;
    }

    static JsonNode named(JsonNode nodes, String name) {
        JsonNode found = null;
        for (JsonNode n : nodes) {
            if (name.equals(n.get("name").asText(null))) {
                found = n;
            }
        }
        return found;
    }

    @Test
    void lectureGraphTracePrintsEveryNodeWithTheLecturesNumbersExactly() throws IOException {
        CliCommandsTest.Result r = CliCommandsTest.run("trace",
                lab("c = a + b\nd = b + 1\ne = c * d", "{\"a\": 2, \"b\": 1}").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("backprop-lab/graph-trace-1", root.get("format").asText());
        assertEquals("e", root.get("output").asText());
        JsonNode nodes = root.get("nodes");
        assertEquals(6, nodes.size(), "a, b, c, the constant 1, d, e");
        for (int k = 0; k < nodes.size(); k++) {
            assertEquals(k, nodes.get(k).get("id").asInt());
        }
        double[][] expected = {{3, 2}, {2, 3}, {6, 1}, {2, 2}, {1, 5}};
        String[] names = {"c", "d", "e", "a", "b"};
        for (int i = 0; i < names.length; i++) {
            JsonNode n = named(nodes, names[i]);
            assertEquals(expected[i][0], n.get("value").asDouble(), 0.0, names[i]);
            assertEquals(expected[i][1], n.get("gradient").asDouble(), 0.0, "∂e/∂" + names[i]);
        }
        JsonNode e = named(nodes, "e");
        assertEquals("*", e.get("op").asText());
        assertEquals(List.of(named(nodes, "c").get("id").asInt(), named(nodes, "d").get("id").asInt()),
                ints(e.get("inputs")));
        assertEquals(2.0, e.get("localDerivatives").get(0).asDouble(), 0.0);
        assertEquals(3.0, e.get("localDerivatives").get(1).asDouble(), 0.0);
        JsonNode one = nodes.get(3);
        assertTrue(one.get("name").isNull());
        assertEquals("const", one.get("op").asText());
        assertEquals("input", named(nodes, "a").get("op").asText());
    }

    @Test
    void fullDoublePrecisionAndNonFiniteValuesAsBareTokens() throws IOException {
        CliCommandsTest.Result r = CliCommandsTest.run("trace",
                lab("c = a / 3; d = log(a - 5); e = c + 1 / (b - 1)", "{\"a\": 2, \"b\": 1}").toString());
        assertEquals(0, r.code(), r.err());
        JsonNode nodes = JSON.readTree(r.out()).get("nodes");
        assertEquals(2.0 / 3, named(nodes, "c").get("value").asDouble(), 0.0);
        assertTrue(r.out().contains("0.6666666666666666"), "shortest round-trip decimal");
        assertTrue(Double.isNaN(named(nodes, "d").get("value").asDouble()));
        assertTrue(r.out().contains(": Infinity"), "1/0 as the bare token");
        assertTrue(r.out().contains(": NaN"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "c = a + x                | line 1, column 9: undefined name",
        "c = a +                  | line 1, column 8: expected a number",
        "c = a\\nd = foo(c)       | line 2, column 5: unknown function",
        "c = (a                   | line 1, column 7: expected )",
    })
    void badProgramsGiveOneLineWithLineAndColumnAndExitTwo(String program, String where) throws IOException {
        Path file = lab(program.strip().replace("\\n", "\n"), "{\"a\": 2}");
        CliCommandsTest.Result r = CliCommandsTest.run("trace", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.startsWith(file + ": graph.program: " + where), line);
        assertFalse(line.contains("Exception"), line);
    }

    @Test
    void badInputsAndNetworkCommandsOnAGraphLabGiveOneLine() throws IOException {
        CliCommandsTest.Result bad = CliCommandsTest.run("trace", lab("e = a", "{\"a\": \"two\"}").toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().strip().endsWith("graph.inputs.a: expected a number, found \"two\""), bad.err());
        CliCommandsTest.Result train = CliCommandsTest.run("train", lab("e = a", "{\"a\": 2}").toString());
        assertEquals(2, train.code());
        assertTrue(train.err().contains(": graph: this is a graph lab"), train.err());
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
