package org.backproplab.data;

import org.backproplab.input.OneLine;

/**
 * Data could not be loaded. The message is one line naming the file, the place (line, column
 * or field) and what was expected; it is shown to the user as is.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the explanation; characters that would break the line are escaped */
    public DataException(String message) {
        super(OneLine.of(message));
    }
}
