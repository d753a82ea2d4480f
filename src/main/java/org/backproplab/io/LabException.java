package org.backproplab.io;

import org.backproplab.input.OneLine;

/**
 * A lab file could not be read. The message is one line: the file, the place (line and column,
 * or the field path such as {@code network.activations[1]}) and the problem.
 */
public final class LabException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message the explanation; characters that would break the line are escaped */
    public LabException(String message) {
        super(OneLine.of(message));
    }
}
