package org.backproplab.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens the text files the program reads (lab files, CSV files) for streaming: only regular
 * files, only up to a size limit, decoded as strict UTF-8 with the place of a bad byte.
 */
public final class TextFiles {
    private TextFiles() {
    }

    /**
     * @param file     the path
     * @param maxBytes largest size accepted (one of the {@link Limits})
     * @return a reader of its text (a leading byte-order mark skipped)
     * @throws NoSuchFileException   when nothing is there
     * @throws FileProblemException  for a directory, a device or other special file, or a file too large
     * @throws IOException           when it cannot be opened
     */
    public static Reader open(Path file, long maxBytes) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                throw new FileProblemException("is a broken symbolic link");
            }
            throw e;
        }
        if (attributes.isDirectory()) {
            throw new FileProblemException("is a directory");
        }
        if (!attributes.isRegularFile()) {
            throw new FileProblemException("not a regular file (a device, a pipe or a socket)");
        }
        String tooLarge = Limits.fileSizeProblem(attributes.size(), maxBytes);
        if (tooLarge != null) {
            throw new FileProblemException(tooLarge);
        }
        InputStream in = Files.newInputStream(file);
        return new Utf8Reader(in, maxBytes);
    }

    /**
     * @param file a path
     * @return whether it is a regular file (following links)
     */
    public static boolean isRegularFile(Path file) {
        return Files.isRegularFile(file, new LinkOption[0]);
    }
}
