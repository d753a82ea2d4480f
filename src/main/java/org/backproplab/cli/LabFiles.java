package org.backproplab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.backproplab.input.OneLine;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;

/** The lab file a command names, read with the reader's one-line errors. */
final class LabFiles {
    private LabFiles() {
    }

    /**
     * @param name the path as given on the command line
     * @return the lab
     * @throws LabException when the path is invalid or the file is bad
     */
    static LabFile read(String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw new LabException(OneLine.quote(name) + ": not a valid path (" + e.getReason() + ")");
        }
        return LabReader.read(path);
    }
}
