package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The trace command reproduces the independently computed reference traces. */
class TraceReferenceTest {

    static Path resource(String name) throws URISyntaxException {
        return Path.of(TraceReferenceTest.class.getResource("/reference/" + name).toURI());
    }

    @Test
    void traceOfLectureExampleMatchesExpectedTraceInEveryNumber() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"trace", resource("lecture-2-3-1-sigmoid.lab.json").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        ObjectMapper m = new ObjectMapper();
        JsonNode actual = m.readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode expected = m.readTree(Files.readString(resource("lecture-2-3-1-sigmoid.expected-trace.json")));
        int compared = JsonNumbers.assertClose(expected, actual, "$", 1e-9, 1e-12);
        assertTrue(compared >= 38, "compared " + compared + " numbers");
    }

    /** Structural JSON comparison with relative tolerance on numbers. */
    static final class JsonNumbers {
        static int assertClose(JsonNode e, JsonNode a, String path, double rel, double abs) {
            assertEquals(e.getNodeType(), a.getNodeType(), path + ": node type");
            if (e.isNumber()) {
                double x = e.asDouble();
                double y = a.asDouble();
                double tol = Math.max(abs, rel * Math.abs(x));
                assertTrue(Math.abs(x - y) <= tol, path + ": expected " + x + " but was " + y);
                return 1;
            }
            int n = 0;
            if (e.isArray()) {
                assertEquals(e.size(), a.size(), path + ": array length");
                for (int i = 0; i < e.size(); i++) {
                    n += assertClose(e.get(i), a.get(i), path + "[" + i + "]", rel, abs);
                }
            } else if (e.isObject()) {
                assertEquals(e.size(), a.size(), path + ": field count");
                for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> f = it.next();
                    assertTrue(a.has(f.getKey()), path + ": missing " + f.getKey());
                    n += assertClose(f.getValue(), a.get(f.getKey()), path + "." + f.getKey(), rel, abs);
                }
            } else {
                assertEquals(e, a, path);
            }
            return n;
        }
    }
}
