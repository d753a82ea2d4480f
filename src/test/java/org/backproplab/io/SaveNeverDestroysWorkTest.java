package org.backproplab.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that cannot complete (the folder is read-only, the disk fills up half-way) keeps the
 * old lab file byte for byte, leaves no temporary file behind and says why in one line.
 */
class SaveNeverDestroysWorkTest {
    private static final String OLD = LabWriterTest.INLINE_EXPLICIT;

    @TempDir
    Path dir;

    private static LabFile newLab() {
        return LabReader.parse(LabWriterTest.GENERATOR_INIT, "new.lab.json", null);
    }

    private static void assertOneLineNaming(String message, String fileName, String reason) {
        assertEquals(1, message.lines().count(), message);
        assertFalse(message.contains("\n") || message.contains("\r"), message);
        assertTrue(message.contains(fileName), message);
        assertTrue(message.contains(reason), message);
    }

    /**
     * A disk with room for {@code capacity} more bytes: writes beyond it fail with the error Linux
     * gives for ENOSPC, after the bytes that fit were written (as a real full disk does).
     */
    private static AtomicFileWriter.TempFiles diskWithRoomFor(long capacity) {
        return new AtomicFileWriter.TempFiles() {
            @Override
            public WritableByteChannel open(Path temp) throws IOException {
                return limited(temp, capacity);
            }
        };
    }

    private static WritableByteChannel limited(Path temp, long capacity) throws IOException {
        return new WritableByteChannel() {
            private final FileChannel file = FileChannel.open(temp, StandardOpenOption.WRITE);
            private long written;

            @Override
            public int write(ByteBuffer src) throws IOException {
                long room = capacity - written;
                if (room <= 0) {
                    throw new FileSystemException(temp.toString(), null, "No space left on device");
                }
                ByteBuffer part = src.slice();
                part.limit((int) Math.min(room, part.remaining()));
                int n = file.write(part);
                src.position(src.position() + n);
                written += n;
                return n;
            }

            @Override
            public boolean isOpen() {
                return file.isOpen();
            }

            @Override
            public void close() throws IOException {
                file.close();
            }
        };
    }

    @Test
    void aDiskThatFillsUpHalfWayKeepsTheOldFileAndSaysTheDiskIsFull() throws Exception {
        // given a saved lab
        Path file = dir.resolve("my.lab.json");
        Files.writeString(file, OLD, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        byte[] next = LabWriter.toJson(newLab()).getBytes(StandardCharsets.UTF_8);

        // when saving a new version onto a disk with room for only half of it
        LabException e = assertThrows(LabException.class,
                () -> AtomicFileWriter.write(file, next, diskWithRoomFor(next.length / 2)));

        // then the old file is intact, no temporary file is left, and the reason is one line
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
        assertOneLineNaming(e.getMessage(), "my.lab.json", "cannot save: the disk is full");
    }

    @Test
    void theSameSaveWithRoomEnoughReplacesTheFile() throws Exception {
        // the full-disk test above fails for the disk, not for the way it writes
        Path file = dir.resolve("my.lab.json");
        Files.writeString(file, OLD, StandardCharsets.UTF_8);
        byte[] next = LabWriter.toJson(newLab()).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.write(file, next, diskWithRoomFor(next.length));
        assertArrayEquals(next, Files.readAllBytes(file));
        assertEquals(newLab(), LabReader.read(file).withSource(null));
    }

    @Test
    void aReadOnlyFolderKeepsTheOldFileAndSaysItIsReadOnly() throws Exception {
        // given a saved lab in a folder that has become read-only (a read-only mount refuses new
        // files with EROFS, for root too; a chmod 555 folder refuses other users with EACCES)
        Path file = dir.resolve("my.lab.json");
        Files.writeString(file, OLD, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);
        byte[] next = LabWriter.toJson(newLab()).getBytes(StandardCharsets.UTF_8);
        AtomicFileWriter.TempFiles readOnlyMount = new AtomicFileWriter.TempFiles() {
            @Override
            public Path create(Path folder, String prefix) throws IOException {
                throw new FileSystemException(folder.resolve(prefix + "123.tmp").toString(), null, "Read-only file system");
            }
        };
        AtomicFileWriter.TempFiles noPermission = new AtomicFileWriter.TempFiles() {
            @Override
            public Path create(Path folder, String prefix) throws IOException {
                throw new AccessDeniedException(folder.resolve(prefix + "123.tmp").toString());
            }
        };

        // when saving over it
        LabException mount = assertThrows(LabException.class, () -> AtomicFileWriter.write(file, next, readOnlyMount));
        LabException chmod = assertThrows(LabException.class, () -> AtomicFileWriter.write(file, next, noPermission));

        // then the old file is intact, nothing was added, and each reason is one line
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList());
        }
        assertOneLineNaming(mount.getMessage(), "my.lab.json", "cannot save: the folder is on a read-only file system");
        assertOneLineNaming(chmod.getMessage(), "my.lab.json", "cannot save: permission denied (the folder is read-only)");
    }

    @Test
    void aRealReadOnlyFileSystemRefusesTheSaveInOneLine() {
        // the JDK's own module image (jrt:/) is read-only on every machine and for every user
        Path file = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules/java.base/my.lab.json");
        LabException e = assertThrows(LabException.class, () -> LabWriter.write(newLab(), file));
        assertOneLineNaming(e.getMessage(), "my.lab.json", "cannot save: the folder ");
        assertFalse(Files.exists(file));
    }

    @Test
    void aFolderThatIsNotThereAndAFolderInPlaceOfTheFileAreOneLineEach() throws Exception {
        LabException missing = assertThrows(LabException.class,
                () -> LabWriter.write(newLab(), dir.resolve("no/such/folder/my.lab.json")));
        assertOneLineNaming(missing.getMessage(), "my.lab.json", "cannot save: the folder does not exist");
        Path folder = Files.createDirectory(dir.resolve("taken.lab.json"));
        LabException isFolder = assertThrows(LabException.class, () -> LabWriter.write(newLab(), folder));
        assertOneLineNaming(isFolder.getMessage(), "taken.lab.json", "cannot save: it is a folder");
        assertTrue(Files.isDirectory(folder));
    }
}
