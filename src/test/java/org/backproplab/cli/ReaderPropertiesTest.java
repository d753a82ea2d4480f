package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.backproplab.io.LabFile;

/**
 * Property tests of the readers' contract on generated lab and CSV files, valid and broken:
 * reading gives a lab (and a valid one always does), or the program's own exception with one
 * line naming the file and a place — never another exception, never a second line.
 */
class ReaderPropertiesTest {
    private static final List<String> ACTIVATIONS = List.of("identity", "sigmoid", "tanh", "relu", "step", "softmax",
            "sigmod", "", "tanh\n", "relu\u2028", "\u0000");
    private static final List<String> LOSSES = List.of("bce", "ce", "squared", "perceptron", "mse", "bce\r\n", "\u2029");
    private static final List<String> CELLS = List.of("1", "-2.5", "3e2", "", " 4 ", "NaN", "inf", "1e400", "x", "y",
            "\"x\"", "\"a,b\"", "\"open", "\"a\"\"b\"", "caf\u00e9", "\t", "\u2028", "0x1F", "99999999999999999999");
    private final Path dir = tempDir();

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("reader-properties");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lab file with the given pieces, as JSON text. */
    static String lab(List<Long> layers, List<String> activations, String loss, String data, String training) {
        StringBuilder acts = new StringBuilder();
        for (int i = 0; i < activations.size(); i++) {
            acts.append(i == 0 ? "" : ", ").append(jsonString(activations.get(i)));
        }
        return "{\"format\": \"backprop-lab/1\", \"network\": {\"layers\": " + layers + ", \"activations\": [" + acts
                + "], \"loss\": " + jsonString(loss) + "}, \"data\": " + data + ", \"training\": " + training + "}";
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            sb.append(c < 0x20 || c == '"' || c == '\\' ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : String.valueOf(c));
        }
        return sb.append('"').toString();
    }

    @Provide
    Arbitrary<String> anyLab() {
        Arbitrary<List<Long>> layers = Arbitraries.oneOf(Arbitraries.longs().between(1, 6),
                Arbitraries.of(0L, -1L, 4096L, 4097L, 46341L, 2147483647L, 2147483648L, 9223372036854775807L))
                .list().ofMinSize(0).ofMaxSize(5);
        Arbitrary<List<String>> acts = Arbitraries.of(ACTIVATIONS).list().ofMaxSize(5);
        Arbitrary<String> data = Arbitraries.oneOf(
                Arbitraries.of("{\"inputs\": [[1, 2]], \"targets\": [[1]]}", "{\"inputs\": [], \"targets\": []}",
                        "{\"generator\": \"spiral\", \"points\": 1e18}", "{\"generator\": \"xor\", \"points\": 1}",
                        "{\"generator\": \"circle\", \"points\": 20, \"testFraction\": 0.9}", "{\"csv\": \"/tmp\"}",
                        "{\"csv\": \"iris.csv\", \"features\": [\"petal_length_cm\", \"x\"], \"target\": \"species\"}",
                        "{\"csv\": \"/dev/null\", \"features\": [\"a\", \"b\"], \"target\": \"t\"}", "[]", "null", "\"text\""));
        Arbitrary<String> training = Arbitraries.of("{}", "{\"batchSize\": 2147483648}", "{\"epochs\": 1e9}",
                "{\"batchSize\": -1}", "{\"optimizer\": {\"type\": \"adam\"}}", "{\"optimizer\": \"sgd\"}", "7");
        Arbitrary<String> structured = Combinators.combine(layers, acts, Arbitraries.of(LOSSES), data, training)
                .as(ReaderPropertiesTest::lab);
        // byte-level damage on top: cut, or a character replaced
        return Combinators.combine(structured, Arbitraries.integers().between(0, 400), Arbitraries.of("", "\u0000", "{", "\"",
                "\u2028", "\n", "]", "\uFEFF")).as((text, at, insert) -> insert.isEmpty() || at % 3 == 0 ? text
                : text.substring(0, Math.min(at, text.length())) + insert + text.substring(Math.min(at + 1, text.length())));
    }

    @Property(tries = 400)
    void everyGeneratedLabReadsOrFailsWithOneLineNamingTheFileAndAPlace(@ForAll("anyLab") String text) throws IOException {
        Path file = dir.resolve("generated.lab.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Contract.assertReadsOrFailsWithOneLine(file);
    }

    @Provide
    Arbitrary<String> validLab() {
        Arbitrary<List<Long>> hidden = Arbitraries.longs().between(1, 8).list().ofMaxSize(3);
        Arbitrary<String> act = Arbitraries.of("identity", "sigmoid", "tanh", "relu");
        return Combinators.combine(hidden, act, Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 5))
                .as((h, a, points, batch) -> {
                    List<Long> layers = new ArrayList<>(List.of(2L));
                    layers.addAll(h);
                    layers.add(1L);
                    List<String> acts = new ArrayList<>();
                    for (int i = 0; i < h.size(); i++) {
                        acts.add(a);
                    }
                    acts.add("sigmoid");
                    return lab(layers, acts, "bce", "{\"generator\": \"xor\", \"points\": " + (points + 1) + "}",
                            "{\"batchSize\": " + batch + ", \"epochs\": 2}");
                });
    }

    @Property(tries = 100)
    void everyWellFormedLabReads(@ForAll("validLab") String text) throws IOException {
        Path file = dir.resolve("valid.lab.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        LabFile lab = LabFiles.read(file.toString());
        assertEquals(2, LabFiles.start(lab).data().train().inputSize());
    }

    @Provide
    Arbitrary<byte[]> anyCsv() {
        Arbitrary<String> row = Arbitraries.of(CELLS).list().ofMinSize(0).ofMaxSize(4).map(cells -> String.join(",", cells));
        Arbitrary<String> header = Arbitraries.of("a,b,label", "a,b", "label,b,a", "a,b,label,extra", "\uFEFFa,b,label", "a,\"b\",label",
                "a,b\u2028,label", "");
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r", "\n\n");
        return Combinators.combine(header, row.list().ofMaxSize(8), end, Arbitraries.of(0, 1, 2, 3))
                .as((h, rows, eol, damage) -> {
                    String text = h + eol + String.join(eol, rows) + (rows.isEmpty() ? "" : eol);
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    if (damage == 1 && bytes.length > 0) {
                        bytes[bytes.length / 2] = (byte) 0xC3;
                    } else if (damage == 2 && bytes.length > 2) {
                        bytes[bytes.length - 2] = (byte) 0xFF;
                    }
                    return bytes;
                });
    }

    @Property(tries = 400)
    void everyGeneratedCsvLoadsOrFailsWithOneLineNamingTheFileAndAPlace(@ForAll("anyCsv") byte[] csv) throws IOException {
        Files.write(dir.resolve("generated.csv"), csv);
        Path lab = dir.resolve("csv.lab.json");
        Files.writeString(lab, """
                {"format": "backprop-lab/1",
                 "network": {"layers": [2, 1], "activations": ["step"], "loss": "perceptron"},
                 "data": {"csv": "generated.csv", "features": ["a", "b"], "target": "label", "classes": ["x", "y"]}}
                """);
        Contract.assertReadsOrFailsWithOneLine(lab);
    }
}
