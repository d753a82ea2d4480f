package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input through the command line: exit code 2 and exactly one line on stderr naming the
 * file, the place and the problem — never a stack trace.
 */
class BadInputTest {
    private static final String NETWORK = "\"network\": {\"layers\": [2, 3, 1], \"activations\": [\"sigmoid\", \"sigmoid\"],"
            + " \"bias\": false, \"loss\": \"bce\"}";
    private static final String WEIGHTS = "\"parameters\": {\"weights\": [[[1, -1, 3], [2, 2, -1]], [[0.1], [0.5], [-0.1]]],"
            + " \"biases\": null}";
    private static final String INLINE = "\"data\": {\"inputs\": [[5, 3]], \"targets\": [[1]]}";

    @TempDir
    Path dir;

    private static String lab(String... sections) {
        return "{\"format\": \"backprop-lab/1\",\n" + String.join(",\n", sections) + "\n}\n";
    }

    private static String csvLab(String csvName) {
        return lab("\"network\": {\"layers\": [2, 1], \"activations\": [\"step\"], \"loss\": \"perceptron\"}",
                "\"data\": {\"csv\": \"" + csvName + "\", \"features\": [\"a\", \"b\"], \"target\": \"label\","
                        + " \"classes\": [\"x\", \"y\"]}");
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Runs {@code trace} and returns its single stderr line after checking the contract. */
    private static String traceFails(Path labFile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"trace", labFile.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.EXIT_BAD_INPUT, code, message);
        assertTrue(message.endsWith("\n"), message);
        String line = message.substring(0, message.length() - 1);
        assertFalse(line.contains("\n") || line.contains("\r"), "exactly one line: " + message);
        assertFalse(line.contains("Exception") || line.contains("at org.") || line.contains("at java."), line);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing on stdout");
        return line;
    }

    private static void assertNames(String line, Path file, String placeAndProblem) {
        assertTrue(line.startsWith(file + ": "), "names the file: " + line);
        assertTrue(line.contains(placeAndProblem), "expected \"" + placeAndProblem + "\" in: " + line);
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path f = write("malformed.lab.json", "{\"format\": \"backprop-lab/1\",\n  \"title\": ,\n}");
        assertNames(traceFails(f), f, "line 2, column 12: malformed JSON: ");
    }

    @Test
    void wrongMatrixShapeNamesTheRow() throws IOException {
        Path f = write("shape.lab.json", lab(NETWORK,
                "\"parameters\": {\"weights\": [[[1, -1, 3], [2, 2]], [[0.1], [0.5], [-0.1]]], \"biases\": null}", INLINE));
        assertEquals(f + ": parameters.weights[0][1]: expected 3 entries, found 2", traceFails(f));
    }

    @Test
    void unknownActivationListsTheKnownOnes() throws IOException {
        Path f = write("act.lab.json", lab(NETWORK.replace("[\"sigmoid\", \"sigmoid\"]", "[\"sigmod\", \"sigmoid\"]"),
                WEIGHTS, INLINE));
        assertEquals(f + ": network.activations[0]: unknown activation \"sigmod\""
                + " (expected identity, step, sign, sigmoid, tanh, relu, leaky_relu, softplus or softmax)", traceFails(f));
    }

    @Test
    void softmaxOnAHiddenLayerIsRejected() throws IOException {
        Path f = write("softmax.lab.json", lab(NETWORK.replace("[\"sigmoid\", \"sigmoid\"]", "[\"softmax\", \"sigmoid\"]"),
                WEIGHTS, INLINE));
        assertNames(traceFails(f), f, "network.activations[0]: softmax is allowed only on the last layer, found on layer 1 of 2");
    }

    @Test
    void crossEntropyWithoutSoftmaxIsRejected() throws IOException {
        Path f = write("ce.lab.json", lab(NETWORK.replace("\"bce\"", "\"ce\""), WEIGHTS, INLINE));
        assertNames(traceFails(f), f, "network.loss: loss ce needs a softmax output layer, found sigmoid");
    }

    @Test
    void missingLabFileIsNamed() {
        Path f = dir.resolve("absent.lab.json");
        assertEquals(f + ": file not found", traceFails(f));
    }

    @Test
    void csvWithAShortRowNamesFileAndLine() throws IOException {
        Path csv = write("short.csv", "a,b,label\n1,2,x\n3,y\n");
        assertEquals(csv + ": line 3: expected 3 columns, found 2", traceFails(write("short.lab.json", csvLab("short.csv"))));
    }

    @Test
    void csvWithANonNumberNamesLineAndColumn() throws IOException {
        Path csv = write("text.csv", "a,b,label\n1,2,x\n3,four,y\n");
        assertEquals(csv + ": line 3, column \"b\": \"four\" is not a number",
                traceFails(write("text.lab.json", csvLab("text.csv"))));
    }

    @Test
    void csvWithNoRowsIsAnEmptyDataset() throws IOException {
        Path csv = write("empty.csv", "a,b,label\n");
        assertEquals(csv + ": the dataset is empty (no data rows after the header)",
                traceFails(write("empty.lab.json", csvLab("empty.csv"))));
    }

    @Test
    void inlineDataWithNoSamplesIsAnEmptyDataset() throws IOException {
        Path f = write("noinline.lab.json", lab(NETWORK, WEIGHTS, "\"data\": {\"inputs\": [], \"targets\": []}"));
        assertEquals(f + ": data.inputs: expected at least one sample, found none", traceFails(f));
    }

    @Test
    void nanInCsvDataIsRejected() throws IOException {
        Path csv = write("nan.csv", "a,b,label\n1,2,x\n3,NaN,y\n");
        assertEquals(csv + ": line 3, column \"b\": \"NaN\" is not a finite number (NaN and infinity are not allowed in data)",
                traceFails(write("nan.lab.json", csvLab("nan.csv"))));
    }

    @Test
    void nanInInlineDataIsRejected() throws IOException {
        Path f = write("nan-inline.lab.json", lab(NETWORK, WEIGHTS, "\"data\": {\"inputs\": [[NaN, 3]], \"targets\": [[1]]}"));
        assertEquals(f + ": line 4, column 25: malformed JSON: NaN and infinity are not numbers in JSON"
                + " (every value must be finite)", traceFails(f));
    }

    @Test
    void truncatedJsonSaysWhereTheUnclosedObjectOpened() throws IOException {
        Path f = write("cut.lab.json", "{\"format\": \"backprop-lab/1\",\n  \"data\": {\"inputs\": [[1, 2]]");
        String line = traceFails(f);
        assertNames(line, f, "malformed JSON: Unexpected end-of-input: expected close marker for Object (opened at line 2, column 11)");
        assertFalse(line.contains("Source"), line);
    }

    @Test
    void missingCsvFileSaysWhereItLooked() throws IOException {
        String line = traceFails(write("nocsv.lab.json", csvLab("nowhere.csv")));
        assertTrue(line.startsWith("nowhere.csv: file not found (looked in " + dir.resolve("nowhere.csv")), line);
    }

    @Test
    void unknownCsvColumnListsTheHeader() throws IOException {
        Path csv = write("cols.csv", "a,c,label\n1,2,x\n");
        assertEquals(csv + ": no column \"b\" (named in data.features[1]); the header has \"a\", \"c\", \"label\"",
                traceFails(write("cols.lab.json", csvLab("cols.csv"))));
    }

    @Test
    void classCountThatDoesNotFitTheOutputLayerIsNamed() throws IOException {
        Path f = write("classes.lab.json", csvLab("any.csv").replace("[\"x\", \"y\"]", "[\"x\", \"y\", \"z\"]"));
        assertEquals(f + ": data.classes: 3 classes need 3 output units (one per class), but the network's last layer has 1",
                traceFails(f));
    }
}
