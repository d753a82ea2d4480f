package org.backproplab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.backproplab.data.DataException;
import org.backproplab.input.OneLine;
import org.backproplab.io.LabDocument;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.sim.LabRun;

/** The lab file a command names, read and started with the one-line errors. */
final class LabFiles {
    private LabFiles() {
    }

    /**
     * @param name the path as given on the command line
     * @return the lab
     * @throws LabException when the path is invalid or the file is bad
     */
    static LabFile read(String name) {
        return LabReader.read(path(name));
    }

    /**
     * @param name the path as given on the command line
     * @return the network lab or the graph lab the file holds
     * @throws LabException when the path is invalid or the file is bad
     */
    static LabDocument readDocument(String name) {
        return LabReader.readDocument(path(name));
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new LabException(OneLine.quote(name) + ": not a valid path (" + e.getReason() + ")");
        }
    }

    /**
     * Loads the lab's data and builds its session. A data problem that names no file (inline or
     * generated data) is prefixed with the lab file, so every message names one.
     *
     * @param lab a parsed lab
     * @return the run at iteration 0
     * @throws DataException naming the file, the place and the problem
     */
    static LabRun start(LabFile lab) {
        try {
            return LabRun.start(lab);
        } catch (DataException e) {
            if (e.getMessage().startsWith("data.") && lab.source() != null) {
                throw new DataException(lab.source() + ": " + e.getMessage());
            }
            throw e;
        }
    }
}
