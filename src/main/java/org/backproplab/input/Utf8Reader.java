package org.backproplab.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Locale;

/**
 * Decodes strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF) from a byte
 * stream, counting lines and columns as it goes, so that a bad byte is reported as
 * {@link MalformedTextException} with its line, column and value. A leading byte-order mark is
 * skipped. Lines end at LF, CR LF or a lone CR; columns count characters from 1.
 */
public final class Utf8Reader extends Reader {
    private final InputStream in;
    private final long maxBytes;
    private final byte[] bytes = new byte[1 << 16];
    private int start;
    private int end;
    private long offset;
    private int line = 1;
    private int column = 1;
    private boolean afterCr;
    private boolean first = true;
    private int pendingLowSurrogate = -1;

    /**
     * @param in       the bytes (closed with this reader)
     * @param maxBytes bytes after which reading stops with an error (the file grew past its limit)
     */
    public Utf8Reader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        int n = 0;
        while (n < len) {
            if (pendingLowSurrogate >= 0) {
                buf[off + n++] = (char) pendingLowSurrogate;
                pendingLowSurrogate = -1;
                continue;
            }
            if (start == end && (n > 0 || !fill())) {
                break;
            }
            int cp = next();
            if (first) {
                first = false;
                if (cp == 0xFEFF) {
                    continue;
                }
            }
            count(cp);
            if (cp >= 0x10000) {
                buf[off + n++] = Character.highSurrogate(cp);
                pendingLowSurrogate = Character.lowSurrogate(cp);
            } else {
                buf[off + n++] = (char) cp;
            }
        }
        return n == 0 ? -1 : n;
    }

    private void count(int cp) {
        if (cp == '\n') {
            if (!afterCr) {
                line++;
            }
            column = 1;
        } else if (cp == '\r') {
            line++;
            column = 1;
        } else {
            column++;
        }
        afterCr = cp == '\r';
    }

    /** Moves the unread bytes to the front and reads more; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (start > 0) {
            System.arraycopy(bytes, start, bytes, 0, end - start);
            end -= start;
            start = 0;
        }
        int r = in.read(bytes, end, bytes.length - end);
        if (r > 0) {
            end += r;
            if (offset + end > maxBytes) {
                throw new FileProblemException("the file grew past the limit of " + maxBytes + " bytes while it was read");
            }
        }
        return end > start;
    }

    /** Decodes the code point at {@code start}; the buffer holds at least one byte. */
    private int next() throws IOException {
        int b0 = bytes[start] & 0xFF;
        if (b0 < 0x80) {
            advance(1);
            return b0;
        }
        int needed;
        int min2;
        int max2 = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            needed = 2;
            min2 = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            needed = 3;
            min2 = b0 == 0xE0 ? 0xA0 : 0x80;
            max2 = b0 == 0xED ? 0x9F : 0xBF;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            needed = 4;
            min2 = b0 == 0xF0 ? 0x90 : 0x80;
            max2 = b0 == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw malformed(1, b0 >= 0x80 && b0 <= 0xBF ? "a continuation byte with no lead byte" : "never used in UTF-8");
        }
        while (end - start < needed) {
            int have = end - start;
            if (!fillMore()) {
                throw malformed(have, "the file ends inside a " + needed + "-byte sequence");
            }
        }
        int cp = b0 & (0xFF >> (needed + 1));
        for (int k = 1; k < needed; k++) {
            int b = bytes[start + k] & 0xFF;
            boolean ok = k == 1 ? b >= min2 && b <= max2 : b >= 0x80 && b <= 0xBF;
            if (!ok) {
                throw malformed(k + 1, "not a valid " + needed + "-byte sequence");
            }
            cp = (cp << 6) | (b & 0x3F);
        }
        advance(needed);
        return cp;
    }

    private boolean fillMore() throws IOException {
        int before = end - start;
        fill();
        return end - start > before;
    }

    private void advance(int n) {
        start += n;
        offset += n;
    }

    private MalformedTextException malformed(int shown, String why) {
        StringBuilder hex = new StringBuilder();
        for (int k = 0; k < shown && start + k < end; k++) {
            hex.append(k == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[start + k] & 0xFF));
        }
        return new MalformedTextException("line " + line + ", column " + column + ": not UTF-8 text ("
                + (shown == 1 ? "byte " : "bytes ") + hex + " at byte offset " + offset + ": " + why + ")");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
