package io.gazette.spark;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The local file system without a {@code chmod} process per file. Hadoop's RawLocalFileSystem
 * sets permissions by forking {@code chmod} when native libraries are absent (the usual case on a
 * laptop); a local run writing many partitions spent about two thirds of its time there (seen in
 * a thread dump). java.nio does the same without a process. Enabled for local runs with
 * {@code spark.hadoop.fs.file.impl}; HDFS and object stores are unaffected. Being the raw file
 * system, it also writes no .crc side files.
 */
public class NoChmodLocalFileSystem extends RawLocalFileSystem {

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
        java.io.File f = pathToFile(p);
        try {
            Files.setPosixFilePermissions(f.toPath(), PosixFilePermissions.fromString(
                    permission.getUserAction().SYMBOL + permission.getGroupAction().SYMBOL
                            + permission.getOtherAction().SYMBOL));
        } catch (UnsupportedOperationException notPosix) {
            // file systems without POSIX permissions (Windows): nothing to set
        }
    }
}
