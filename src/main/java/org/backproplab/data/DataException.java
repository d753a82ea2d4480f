package org.backproplab.data;

/**
 * Data could not be loaded. The message is one line naming the file, the place (line, column
 * or field) and what was expected; it is shown to the user as is.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the one-line explanation */
    public DataException(String message) {
        super(message);
    }
}
