package io.gazette.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks of local paths named on the command line, each failing with one line that says what to do.
 * A path the person named must be usable; files found inside a named folder are not checked here (an
 * unreadable one becomes an UNREADABLE_FILE reject and fails alone).
 */
public final class InputChecks {
    private InputChecks() {
    }

    /** A file that exists, is not a folder, and gives its first byte. */
    public static void readableFile(Path p) {
        if (!Files.exists(p)) {
            throw new IllegalArgumentException("input not found: " + p + " (check the path)");
        }
        if (Files.isDirectory(p)) {
            throw new IllegalArgumentException(p + " is a folder; give one file in it (a page or a dump)");
        }
        firstByte(p);
    }

    /** A file as above, or a folder that can be listed. */
    public static void readableFileOrFolder(Path p) {
        if (Files.isDirectory(p)) {
            try (DirectoryStream<Path> d = Files.newDirectoryStream(p)) {
                d.iterator().hasNext();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot list input folder " + p + ": " + reason(e)
                        + " (check its permissions)");
            }
            return;
        }
        readableFile(p);
    }

    /** Opens the file and reads one byte, which is what permission, lock and device errors show up on. */
    static void firstByte(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            in.read();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read input " + p + ": " + reason(e)
                    + " (check its permissions, e.g. chmod a+r, or leave it out)");
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
