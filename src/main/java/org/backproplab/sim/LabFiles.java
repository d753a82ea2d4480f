package org.backproplab.sim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.backproplab.data.DataLoader;
import org.backproplab.data.DataSpec;
import org.backproplab.data.DataSplit;
import org.backproplab.engine.Parameters;
import org.backproplab.io.GraphLab;
import org.backproplab.io.LabDocument;
import org.backproplab.io.LabFile;
import org.backproplab.io.LabReader;
import org.backproplab.io.LabWriter;

/**
 * The file work behind the window's commands, kept out of the view-model: reading a lab file,
 * loading (and standardising) its data into a run ready to train, and saving a lab. The loading
 * methods are meant for a background thread; they say which stage they are at and stop
 * between stages when asked to.
 */
public class LabFiles {

    /** The files of the file system. (Not final: tests stand in a slow or failing disk.) */
    public LabFiles() {
    }

    /**
     * Where a background load is, and whether it should stop.
     *
     * @param stage     receives a short description of each stage as it starts ("Reading lab.json")
     * @param cancelled true once the user asked to stop
     */
    public record Progress(Consumer<String> stage, BooleanSupplier cancelled) {
        /** Progress that nobody watches and that never stops. */
        public static final Progress NONE = new Progress(text -> { }, () -> false);

        void enter(String text) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                throw new CancellationException("cancelled before: " + text);
            }
            stage.accept(text);
        }
    }

    /**
     * Reads a lab file and loads its data.
     *
     * @param file     the lab file
     * @param progress stage reports and cancellation
     * @return the run at iteration 0
     * @throws org.backproplab.io.LabException    when the file is malformed or inconsistent
     * @throws org.backproplab.data.DataException when its data cannot be loaded
     * @throws CancellationException              when cancelled between stages
     */
    public LabRun open(Path file, Progress progress) {
        progress.enter("Reading " + file.getFileName());
        LabFile lab = LabReader.read(file);
        return start(lab, progress);
    }

    /**
     * Reads a lab file of either kind: a network lab is loaded into a run ready to train, a
     * graph lab is returned as read.
     *
     * @param file     the lab file
     * @param progress stage reports and cancellation
     * @return a {@link LabRun} at iteration 0, or the {@link GraphLab}
     * @throws org.backproplab.io.LabException    when the file is malformed or inconsistent
     * @throws org.backproplab.data.DataException when its data cannot be loaded
     * @throws CancellationException              when cancelled between stages
     */
    public Object openDocument(Path file, Progress progress) {
        progress.enter("Reading " + file.getFileName());
        LabDocument document = LabReader.readDocument(file);
        return document instanceof GraphLab graph ? graph : start((LabFile) document, progress);
    }

    /**
     * Loads a parsed lab's data (reading a CSV, generating points, standardising) and builds
     * its session.
     *
     * @param lab      the lab
     * @param progress stage reports and cancellation
     * @return the run at iteration 0
     * @throws org.backproplab.data.DataException when its data cannot be loaded
     * @throws CancellationException              when cancelled between stages
     */
    public LabRun start(LabFile lab, Progress progress) {
        progress.enter("Loading the data" + (lab.data() instanceof DataSpec.Csv csv ? " of " + csv.csv() : ""));
        DataSplit data = DataLoader.load(lab.data(), lab.architecture(), lab.folder());
        progress.enter("Preparing the network");
        TrainingSession session = LabRun.newSession(lab, data);
        progress.enter("Starting");
        return new LabRun(lab, data, session);
    }

    /**
     * Writes a lab to a file (never a half-written one, see {@link LabWriter#write}); a
     * relative CSV path is rewritten to stay valid from the new folder.
     *
     * @param lab        the lab being trained
     * @param parameters the weights to write (e.g. those of the current position), or null for
     *                   the lab's own starting weights
     * @param file       where to write
     * @return the lab as written, with {@code file} as its source
     * @throws org.backproplab.io.LabException with a one-line reason when the file cannot be written
     */
    public LabFile save(LabFile lab, Parameters parameters, Path file) {
        Path target = file.toAbsolutePath();
        LabFile withWeights = parameters != null ? lab.withParameters(parameters) : lab;
        LabFile toWrite = new LabFile(withWeights.title(), withWeights.architecture(), withWeights.parameters(),
                withWeights.init(), relocatedData(lab, target.getParent()), withWeights.training(), target,
                lab.notes());
        LabWriter.write(toWrite, target);
        return toWrite;
    }

    /** A relative CSV path that points into the lab's old folder, made relative to the new one. */
    private static DataSpec relocatedData(LabFile lab, Path newFolder) {
        if (!(lab.data() instanceof DataSpec.Csv csv) || lab.folder() == null || Path.of(csv.csv()).isAbsolute()
                || newFolder == null || !newFolder.getFileSystem().equals(lab.folder().getFileSystem())) {
            return lab.data();
        }
        Path resolved = lab.folder().resolve(csv.csv()).normalize();
        if (!Files.isRegularFile(resolved)) {
            return lab.data(); // found in the current directory or among the built-in datasets
        }
        String moved = newFolder.relativize(resolved).toString().replace('\\', '/');
        return new DataSpec.Csv(moved, csv.features(), csv.target(), csv.classes(), csv.standardize(),
                csv.testFraction(), csv.seed());
    }
}
