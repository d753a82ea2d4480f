package org.backproplab.io;

import java.nio.file.Path;
import org.backproplab.data.DataSpec;
import org.backproplab.engine.Architecture;
import org.backproplab.engine.Initializer;
import org.backproplab.engine.Parameters;

/**
 * One experiment, as described by a lab file ({@code backprop-lab/1}): the network, its
 * starting parameters (given, or an initialiser), the data and the training settings.
 *
 * @param title        human title shown in the lesson menu and window
 * @param architecture the network shape and loss
 * @param parameters   explicit starting parameters, or null when {@code init} is used
 * @param init         initialiser, or null when {@code parameters} are given
 * @param data         the data source
 * @param training     training settings
 * @param source       the file it was read from, or null (relative data paths resolve against its folder)
 * @param notes        plain-text commentary for the lesson panel, "" when there is none
 */
public record LabFile(String title, Architecture architecture, Parameters parameters, Initializer init,
                      DataSpec data, TrainingSettings training, Path source, String notes) implements LabDocument {

    /** A null {@code notes} reads as "". */
    public LabFile {
        notes = notes == null ? "" : notes;
    }

    /**
     * A lab without notes.
     *
     * @param title        human title
     * @param architecture the network shape and loss
     * @param parameters   explicit starting parameters, or null
     * @param init         initialiser, or null
     * @param data         the data source
     * @param training     training settings
     * @param source       the file, or null
     */
    public LabFile(String title, Architecture architecture, Parameters parameters, Initializer init,
                   DataSpec data, TrainingSettings training, Path source) {
        this(title, architecture, parameters, init, data, training, source, "");
    }

    /** @return fresh starting parameters (a copy of the explicit ones, or newly initialised) */
    public Parameters initialParameters() {
        return parameters != null ? parameters.copy() : init.initialise(architecture);
    }

    /** @return the folder of the lab file, or null */
    public Path folder() {
        return source == null ? null : source.toAbsolutePath().getParent();
    }

    /**
     * The lab with explicit starting parameters, e.g. to save the current weights of a run.
     *
     * @param newParameters parameters of this lab's architecture (copied)
     * @return this lab starting from {@code newParameters} instead of its parameters or initialiser
     * @throws IllegalArgumentException when the parameters belong to another architecture
     */
    public LabFile withParameters(Parameters newParameters) {
        if (!newParameters.architecture().equals(architecture)) {
            throw new IllegalArgumentException("parameters of another architecture");
        }
        return new LabFile(title, architecture, newParameters.copy(), null, data, training, source, notes);
    }

    /**
     * @param newSource the file this lab is now associated with (e.g. after Save As), or null
     * @return this lab with another source (relative data paths then resolve against its folder)
     */
    public LabFile withSource(Path newSource) {
        return new LabFile(title, architecture, parameters, init, data, training, newSource, notes);
    }

    /**
     * @param newData another data source (e.g. points clicked into the window)
     * @return this lab on that data, with the same network, starting weights and training
     */
    public LabFile withData(DataSpec newData) {
        return new LabFile(title, architecture, parameters, init, newData, training, source, notes);
    }

    /**
     * @param newTitle a title
     * @return this lab with another title
     */
    public LabFile withTitle(String newTitle) {
        return new LabFile(newTitle, architecture, parameters, init, data, training, source, notes);
    }

    /**
     * @param newNotes plain-text notes ("" for none)
     * @return this lab with other notes
     */
    public LabFile withNotes(String newNotes) {
        return new LabFile(title, architecture, parameters, init, data, training, source, newNotes);
    }
}
