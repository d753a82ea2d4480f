package org.backproplab.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 decoding that names the line, the column and the bytes of the first bad sequence. */
class Utf8ReaderTest {

    static String decode(byte[] bytes) throws IOException {
        try (Reader r = new Utf8Reader(new ByteArrayInputStream(bytes), Long.MAX_VALUE)) {
            StringWriter w = new StringWriter();
            char[] buf = new char[3];
            for (int n = r.read(buf); n >= 0; n = r.read(buf)) {
                w.write(buf, 0, n);
            }
            return w.toString();
        }
    }

    static String problem(byte[] bytes) {
        return assertThrows(MalformedTextException.class, () -> decode(bytes)).getMessage();
    }

    @Test
    void validTextDecodesAsTheJdkDecodesItWithTheByteOrderMarkSkipped() throws IOException {
        String text = "a,b\r\nx\u00e9\u20ac\ud83d\ude00\n\u2028end";
        assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x", decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}));
    }

    @Test
    void aBadContinuationByteIsNamedWithLineColumnAndOffset() {
        // "caf" then C3 28: line 2 starts at offset 4, the bad sequence is its 4th character
        byte[] bytes = {'a', 'b', 'c', '\n', 'c', 'a', 'f', (byte) 0xC3, 0x28};
        assertEquals("line 2, column 4: not UTF-8 text (bytes 0xC3 0x28 at byte offset 7: not a valid 2-byte sequence)",
                problem(bytes));
    }

    @Test
    void crLfCountsAsOneLineBreakAndALoneCrAsOne() {
        assertEquals("line 3, column 1: not UTF-8 text (byte 0xFF at byte offset 5: never used in UTF-8)",
                problem(new byte[] {'a', '\r', '\n', 'b', '\r', (byte) 0xFF}));
    }

    @Test
    void overlongFormsSurrogatesAndTruncatedSequencesAreRefused() {
        assertEquals("line 1, column 1: not UTF-8 text (byte 0xC0 at byte offset 0: never used in UTF-8)",
                problem(new byte[] {(byte) 0xC0, (byte) 0xAF}));
        assertEquals("line 1, column 1: not UTF-8 text (bytes 0xED 0xA0 at byte offset 0: not a valid 3-byte sequence)",
                problem(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        assertEquals("line 1, column 2: not UTF-8 text (byte 0xE2 at byte offset 1: the file ends inside a 3-byte sequence)",
                problem(new byte[] {'x', (byte) 0xE2}));
        assertEquals("line 1, column 1: not UTF-8 text (byte 0x80 at byte offset 0: a continuation byte with no lead byte)",
                problem(new byte[] {(byte) 0x80}));
    }

    @Test
    void aStreamLongerThanItsLimitIsStopped() {
        byte[] bytes = new byte[200_000];
        java.util.Arrays.fill(bytes, (byte) 'a');
        FileProblemException e = assertThrows(FileProblemException.class, () -> {
            try (Reader r = new Utf8Reader(new ByteArrayInputStream(bytes), 100_000)) {
                char[] buf = new char[4096];
                while (r.read(buf) >= 0) {
                    // read on
                }
            }
        });
        assertEquals("the file grew past the limit of 100000 bytes while it was read", e.getMessage());
    }
}
