package org.backproplab.input;

import java.io.IOException;

/**
 * A path cannot be read as a text file: it is a directory, a device or another special file,
 * or larger than its limit. The message says which ({@code is a directory}).
 */
public final class FileProblemException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param message the one-line problem */
    public FileProblemException(String message) {
        super(message);
    }
}
