package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors below the JSON and CSV level: bytes that are not UTF-8 (named by line, column and
 * value), user text with line breaks or control characters (escaped, so the message stays one
 * line), and paths that are directories or devices.
 */
class ByteLevelErrorsTest {
    @TempDir
    Path dir;

    private static String fails(Path lab) {
        CliCommandsTest.Result r = CliCommandsTest.run("trace", lab.toString());
        assertEquals(Main.EXIT_BAD_INPUT, r.code(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().split("\n", -1).length - 1, r.err());
        return r.err().strip();
    }

    @Test
    void aLabFileThatIsNotUtf8NamesLineColumnAndByte() throws IOException {
        Path f = dir.resolve("latin1.lab.json");
        Files.write(f, "{\"format\": \"backprop-lab/1\",\n \"title\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        // line 1 is 29 bytes with its line break; é is the 15th character of line 2, and in
        // ISO-8859-1 its byte 0xE9 is a UTF-8 lead byte of three that the quote after it does not continue
        assertEquals(f + ": line 2, column 15: not UTF-8 text (bytes 0xE9 0x22 at byte offset 43: not a valid 3-byte sequence)",
                fails(f));
    }

    @Test
    void aCsvFileThatIsNotUtf8NamesLineColumnAndByte() throws IOException {
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, "a,b,label\n1,2,x\n3,4,\u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
        Path lab = Files.writeString(dir.resolve("latin1.lab.json"), BadInputTestLabs.csvLab("latin1.csv"));
        assertEquals(csv + ": line 3, column 5: not UTF-8 text (byte 0xFF at byte offset 20: never used in UTF-8)", fails(lab));
    }

    @Test
    void aNameWithALineBreakOrLineSeparatorIsEchoedEscapedOnOneLine() throws IOException {
        Path f = Files.writeString(dir.resolve("loss.lab.json"), "{\"format\": \"backprop-lab/1\", \"network\": {\"layers\": [2, 1],"
                + " \"activations\": [\"sigmoid\"], \"loss\": \"bce\\n\u2028\"}, \"data\": {\"inputs\": [[1, 2]], \"targets\": [[1]]}}");
        assertEquals(f + ": network.loss: unknown loss \"bce\\n\\u2028\" (expected bce, ce, squared or perceptron)", fails(f));
    }

    @Test
    void aCsvValueWithAControlCharacterIsEscaped() throws IOException {
        Path csv = dir.resolve("ctl.csv");
        Files.writeString(csv, "a,b,label\n1,\"2\r\u001b[31m\",x\n");
        Path lab = Files.writeString(dir.resolve("ctl.lab.json"), BadInputTestLabs.csvLab("ctl.csv"));
        assertEquals(csv + ": line 2, column \"b\": \"2\\r\\u001b[31m\" is not a number", fails(lab));
    }

    @Test
    void aDirectoryOrADeviceIsNamedAsSuch() throws IOException {
        assertEquals(dir + ": is a directory", fails(dir));
        Path lab = Files.writeString(dir.resolve("dev.lab.json"), BadInputTestLabs.csvLab("/dev/null"));
        assertEquals("/dev/null: not a regular file (a device, a pipe or a socket)", fails(lab));
        Path dirCsv = Files.createDirectory(dir.resolve("folder.csv"));
        Path lab2 = Files.writeString(dir.resolve("folder.lab.json"), BadInputTestLabs.csvLab("folder.csv"));
        assertEquals(dirCsv + ": is a directory", fails(lab2));
    }
}
