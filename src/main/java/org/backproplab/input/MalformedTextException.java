package org.backproplab.input;

import java.io.IOException;

/**
 * A file's bytes are not UTF-8 text. The message names the place:
 * {@code line 3, column 7: not UTF-8 text (byte 0xC3 then 0x28 at byte offset 41)}.
 */
public final class MalformedTextException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message the one-line place and problem */
    public MalformedTextException(String message) {
        super(message);
    }
}
