package org.backproplab.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.input.OneLine;

/**
 * Typed access to the fields of a parsed JSON document that reports every problem as a
 * {@link LabException} naming the file and the field path, e.g.
 * {@code lab.json: network.layers[1]: expected a whole number ≥ 1, found "three"}.
 */
final class JsonFields {
    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    LabException error(String path, String problem) {
        return new LabException(file + ": " + path + ": " + problem);
    }

    JsonNode required(JsonNode parent, String path, String name) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            throw error(join(path, name), "missing (required)");
        }
        return n;
    }

    JsonNode object(JsonNode parent, String path, String name) {
        JsonNode n = required(parent, path, name);
        if (!n.isObject()) {
            throw error(join(path, name), "expected an object, found " + describe(n));
        }
        return n;
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    String text(JsonNode n, String path) {
        if (!n.isTextual()) {
            throw error(path, "expected a string, found " + describe(n));
        }
        return n.asText();
    }

    String optionalText(JsonNode parent, String path, String name, String fallback) {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? fallback : text(n, join(path, name));
    }

    double number(JsonNode n, String path) {
        if (!n.isNumber()) {
            throw error(path, "expected a number, found " + describe(n));
        }
        double v = n.asDouble();
        if (!Double.isFinite(v)) {
            throw error(path, "expected a finite number, found " + n.asText());
        }
        return v;
    }

    double optionalNumber(JsonNode parent, String path, String name, double fallback) {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? fallback : number(n, join(path, name));
    }

    long integer(JsonNode n, String path, long min) {
        return integer(n, path, min, Long.MAX_VALUE);
    }

    /**
     * A whole number in [min, max]; one outside (however large, even beyond a long) is named
     * as written in the file.
     */
    long integer(JsonNode n, String path, long min, long max) {
        if (!n.isIntegralNumber() && !(n.isNumber() && Double.isFinite(n.asDouble()) && n.asDouble() == Math.rint(n.asDouble()))) {
            throw error(path, "expected a whole number, found " + describe(n));
        }
        boolean fits = n.canConvertToLong() && !(n.isFloatingPointNumber() && Math.abs(n.asDouble()) >= 0x1p63);
        if (!fits || n.asLong() > max) {
            throw error(path, max == Long.MAX_VALUE ? "expected a whole number ≥ " + min + ", found " + n.asText()
                    : "expected a whole number from " + min + " to " + max + ", found " + n.asText());
        }
        long v = n.asLong();
        if (v < min) {
            throw error(path, "expected a whole number ≥ " + min + ", found " + v);
        }
        return v;
    }

    long optionalInteger(JsonNode parent, String path, String name, long min, long fallback) {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? fallback : integer(n, join(path, name), min);
    }

    int optionalInt(JsonNode parent, String path, String name, int min, int max, int fallback) {
        JsonNode n = parent.get(name);
        return n == null || n.isNull() ? fallback : (int) integer(n, join(path, name), min, max);
    }

    boolean optionalBoolean(JsonNode parent, String path, String name, boolean fallback) {
        JsonNode n = parent.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isBoolean()) {
            throw error(join(path, name), "expected true or false, found " + describe(n));
        }
        return n.asBoolean();
    }

    JsonNode array(JsonNode n, String path, int expectedSize) {
        if (!n.isArray()) {
            throw error(path, "expected an array, found " + describe(n));
        }
        if (expectedSize >= 0 && n.size() != expectedSize) {
            throw error(path, "expected " + expectedSize + " entries, found " + n.size());
        }
        return n;
    }

    List<String> texts(JsonNode n, String path) {
        array(n, path, -1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            out.add(text(n.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    double[] vector(JsonNode n, String path, int size) {
        array(n, path, size);
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = number(n.get(i), path + "[" + i + "]");
        }
        return v;
    }

    double[][] matrix(JsonNode n, String path, int rows, int cols) {
        array(n, path, rows);
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) {
            m[i] = vector(n.get(i), path + "[" + i + "]", cols);
        }
        return m;
    }

    static String describe(JsonNode n) {
        if (n.isTextual()) {
            return OneLine.quote(n.asText());
        }
        if (n.isArray()) {
            return "an array";
        }
        if (n.isObject()) {
            return "an object";
        }
        String s = n.toString();
        return s.length() > OneLine.MAX_QUOTED ? s.substring(0, OneLine.MAX_QUOTED) + "…" : s;
    }
}
