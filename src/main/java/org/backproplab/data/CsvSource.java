package org.backproplab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
        Path path;
        try {
            path = Path.of(csv);
        } catch (java.nio.file.InvalidPathException e) {
            throw new DataException("data.csv: \"" + csv + "\" is not a valid path: " + e.getReason());
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
            if (Files.isRegularFile(p)) {
                return CsvTable.parse(p.toString(), readFile(p));
            }
        }
        Path fileName = path.getFileName();
        if (fileName != null) {
            String builtIn = builtInText(fileName.toString());
            if (builtIn != null) {
                return CsvTable.parse(fileName + " (built-in)", builtIn);
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

    private static String readFile(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new DataException(p + ": not UTF-8 text");
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
