package org.backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.backproplab.data.DataException;
import org.backproplab.data.DataSpec;
import org.backproplab.input.OneLine;
import org.backproplab.io.LabException;
import org.backproplab.io.LabFile;

/**
 * The readers' contract on bad input, checked by the property and fuzz tests: the message is
 * one line, names the file first and then a place (a line, a column, a field path, the top
 * level or the file as a whole), and shows no Java internals.
 */
final class Contract {
    /** A place: a line, a field path such as {@code network.layers[1]}, or the file as a whole. */
    static final Pattern PLACE = Pattern.compile(
            "(line \\d+|column |[A-Za-z]+(\\.[A-Za-z]+|\\[\\d+\\])*: |top level|the file |the dataset |is a directory"
                    + "|not a regular file|file not found|no column )");

    private Contract() {
    }

    /**
     * Runs the command line's reading of a lab file (parse, then load the data) and checks
     * that it succeeds or fails with the contract's message.
     *
     * @param file a lab file
     */
    static void assertReadsOrFailsWithOneLine(Path file) {
        LabFile lab;
        try {
            lab = LabFiles.read(file.toString());
        } catch (LabException e) {
            assertOneLineNamingFileAndPlace(e.getMessage(), List.of(file.toString()));
            return;
        }
        try {
            LabFiles.start(lab);
        } catch (LabException | DataException e) {
            List<String> names = new ArrayList<>(List.of(file.toString()));
            if (lab.data() instanceof DataSpec.Csv csv) {
                names.add(OneLine.quote(csv.csv()));
                names.add(OneLine.of(csv.csv()));
                try {
                    Path name = Path.of(csv.csv()).getFileName();
                    names.add(name == null ? "" : "*" + OneLine.of(name.toString()));
                } catch (InvalidPathException ignored) {
                    // named as written
                }
            }
            assertOneLineNamingFileAndPlace(e.getMessage(), names);
        }
    }

    /**
     * @param message an exception's message
     * @param files   names the message may start with (the lab file, its CSV file); a name
     *                starting with {@code *} matches a path ending with it (the CSV where it was
     *                found), optionally followed by {@code (built-in)}
     */
    static void assertOneLineNamingFileAndPlace(String message, List<String> files) {
        assertFalse(message.contains("\n") || message.contains("\r") || message.contains("\u2028")
                || message.contains("\u2029") || message.contains("\u0085"), "one line: " + message);
        for (int i = 0; i < message.length(); i++) {
            assertFalse(Character.isISOControl(message.charAt(i)), "no control characters: " + message);
        }
        boolean named = false;
        int colon = message.indexOf(": ");
        String head = colon < 0 ? "" : message.substring(0, colon).replace(" (built-in)", "");
        for (String f : files) {
            named |= f.startsWith("*") ? !f.equals("*") && head.endsWith(f.substring(1)) : message.startsWith(f + ": ");
        }
        assertTrue(named, "names the file first: " + message);
        assertTrue(PLACE.matcher(message).find(), "names a place: " + message);
        // the user's own text is quoted (escaped) in the message and may hold anything
        String ours = message.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"…\"")
                .replaceAll("token '[^']*'", "token '…'");
        assertFalse(ours.contains("Exception") || ours.contains("\tat ") || ours.contains("com.fasterxml"),
                "no Java internals: " + message);
    }
}
