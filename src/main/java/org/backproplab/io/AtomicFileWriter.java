package org.backproplab.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Replaces a file's content without ever destroying the old one: the bytes go to a temporary
 * file in the same folder, are forced to the disk, and only then is the temporary file moved
 * over the target (atomically where the file system can). Any failure on the way (a read-only
 * folder, a full disk, a missing folder) leaves the old file exactly as it was, removes the
 * temporary file and is reported as one line naming the file and the reason.
 */
final class AtomicFileWriter {
    /**
     * Creates and opens the temporary file. Tests put a disk here that fails as a full or
     * read-only one does (the errors Linux gives for ENOSPC and EROFS), whoever runs them.
     */
    interface TempFiles {
        /**
         * @param folder the target's folder
         * @param prefix start of the temporary file's name
         * @return a new empty file in {@code folder}
         * @throws IOException when the folder does not allow it
         */
        default Path create(Path folder, String prefix) throws IOException {
            return Files.createTempFile(folder, prefix, ".tmp");
        }

        /**
         * @param temp the temporary file, already created and empty
         * @return a channel writing to it
         * @throws IOException when it cannot be opened
         */
        default WritableByteChannel open(Path temp) throws IOException {
            return FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        }
    }

    /** The real files: a {@link FileChannel} that is forced to the disk before the move. */
    static final TempFiles FILES = new TempFiles() {
    };

    private AtomicFileWriter() {
    }

    /**
     * @param file    the file to replace (or create)
     * @param bytes   its new content
     * @param temps   how the temporary file is made ({@link #FILES} outside tests)
     * @throws LabException "FILE: cannot save: REASON" when it cannot be written; the old file
     *                      is then untouched
     */
    static void write(Path file, byte[] bytes, TempFiles temps) {
        Path target = file.toAbsolutePath();
        Path temp = null;
        try {
            if (Files.isDirectory(target)) {
                throw new LabException(target + ": cannot save: it is a folder");
            }
            Path folder = target.getParent();
            temp = temps.create(folder, "." + target.getFileName());
            try (WritableByteChannel out = temps.open(temp)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                if (out instanceof FileChannel f) {
                    // on the disk before it replaces the old file, so a crash leaves one of the two whole
                    f.force(true);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new LabException(target + ": cannot save: " + reason(e));
        } catch (ReadOnlyFileSystemException e) {
            throw new LabException(target + ": cannot save: the folder is on a read-only file system");
        } catch (UnsupportedOperationException | SecurityException e) {
            throw new LabException(target + ": cannot save: the folder does not allow writing");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException | RuntimeException ignored) {
                    // nothing more can be done; the temporary file is hidden and the old file intact
                }
            }
        }
    }

    /** @return a short reason for the user, one line */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied (the folder is read-only)";
        }
        String text = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        if (text == null) {
            return e.getClass().getSimpleName();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("quota")) {
            return "the disk is full (no space left on the device)";
        }
        if (lower.contains("read-only file system")) {
            return "the folder is on a read-only file system";
        }
        return text.replaceAll("\\p{Cntrl}|[\\u2028\\u2029\\u0085]", " ").strip();
    }
}
