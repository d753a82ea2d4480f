package org.backproplab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.NoSuchFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backproplab.input.FileProblemException;
import org.backproplab.input.Limits;
import org.backproplab.input.OneLine;
import org.backproplab.input.TextFiles;
import org.backproplab.input.Utf8Reader;

/**
 * Finds and reads the CSV file a lab names. A relative path is tried, in order, against the lab
 * file's folder, against the current directory, and finally as a built-in dataset packed in the
 * application (resource {@code /datasets/<file name>}), so lessons work from the source tree,
 * from a copy saved elsewhere and from an installed image alike.
 */
public final class CsvSource {
    /** Resource folder of the built-in datasets. */
    public static final String BUILT_IN_FOLDER = "/datasets/";

    private CsvSource() {
    }

    /**
     * @param csv    the path as written in the lab file
     * @param labDir the lab file's folder, or null for a lab with no file (e.g. a built-in lesson)
     * @return the parsed table, named by the path it was found at
     * @throws DataException when the file is nowhere to be found, unreadable or malformed
     */
    public static CsvTable read(String csv, Path labDir) {
        return CsvTable.read(open(csv, labDir));
    }

    /**
     * Opens the file for reading record by record, its header read.
     *
     * @param csv    the path as written in the lab file
     * @param labDir the lab file's folder, or null for a lab with no file (e.g. a built-in lesson)
     * @return the records, named by the path the file was found at (close it after use)
     * @throws DataException when the file is nowhere to be found, not a regular file, too large,
     *                       not UTF-8 or has a malformed header
     */
    public static CsvRecords open(String csv, Path labDir) {
        Path path;
        try {
            path = Path.of(csv);
        } catch (java.nio.file.InvalidPathException e) {
            throw new DataException("data.csv: " + OneLine.quote(csv) + " is not a valid path: " + e.getReason());
        }
        List<Path> candidates = new ArrayList<>();
        if (path.isAbsolute()) {
            candidates.add(path);
        } else {
            if (labDir != null) {
                candidates.add(labDir.resolve(path).normalize());
            }
            candidates.add(path.toAbsolutePath().normalize());
        }
        for (Path p : candidates) {
            if (Files.exists(p) || Files.isSymbolicLink(p)) {
                return new CsvRecords(p.toString(), openFile(p));
            }
        }
        Path fileName = path.getFileName();
        if (fileName != null) {
            InputStream builtIn = CsvSource.class.getResourceAsStream(BUILT_IN_FOLDER + fileName);
            if (builtIn != null) {
                return new CsvRecords(fileName + " (built-in)", new Utf8Reader(builtIn, Limits.MAX_CSV_BYTES));
            }
        }
        throw new DataException(csv + ": file not found (looked in " + describe(candidates)
                + " and among the built-in datasets)");
    }

    /**
     * @param fileName a file name such as {@code iris.csv}
     * @return the built-in dataset's text, or null when there is none of that name
     */
    public static String builtInText(String fileName) {
        try (InputStream in = CsvSource.class.getResourceAsStream(BUILT_IN_FOLDER + fileName)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataException(fileName + " (built-in): cannot read: " + e.getMessage());
        }
    }

    private static Reader openFile(Path p) {
        try {
            return TextFiles.open(p, Limits.MAX_CSV_BYTES);
        } catch (NoSuchFileException e) {
            throw new DataException(p + ": file not found");
        } catch (FileProblemException e) {
            throw new DataException(p + ": " + e.getMessage());
        } catch (IOException e) {
            throw new DataException(p + ": cannot read: " + e.getMessage());
        }
    }

    private static String describe(List<Path> candidates) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < candidates.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(candidates.get(i));
        }
        return sb.toString();
    }
}
