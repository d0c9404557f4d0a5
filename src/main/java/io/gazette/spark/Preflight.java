package io.gazette.spark;

import io.gazette.io.InputChecks;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The checks of a run's arguments that can be made before Spark starts (which takes seconds and
 * fills the screen with log lines): local inputs exist and can be read, the local output folder is
 * one this run may write. Remote paths (hdfs://, s3a://) need the cluster's Hadoop settings, so the
 * job checks them itself once the session is up, with the same messages.
 */
public final class Preflight {
    private Preflight() {
    }

    /** @throws IllegalArgumentException with one line for a person: what is wrong and what to do */
    public static void check(JobSpec spec) throws IOException {
        Configuration conf = new Configuration();
        // Not cached: Hadoop caches a file system per scheme and user, whatever the settings it was
        // made with. A cached default local file system would then be the one the local-mode job
        // gets too, instead of its NoChmodLocalFileSystem (spark.hadoop.fs.file.impl), and every
        // file and folder the write makes would cost a chmod process again.
        conf.setBoolean("fs.file.impl.disable.cache", true);
        for (String input : spec.inputs()) {
            boolean manifest = input.startsWith("@");
            String path = manifest ? input.substring(1) : input;
            if (!isLocal(path)) {
                continue;
            }
            java.nio.file.Path local = java.nio.file.Path.of(new Path(path).toUri().getPath());
            if (manifest) {
                if (!Files.exists(local)) {
                    throw new IllegalArgumentException("manifest not found: " + path + " (an @file lists one input "
                            + "path per line; check the path)");
                }
                InputChecks.readableFile(local);
                continue;
            }
            if (isGlob(path)) {
                InputListing.list(java.util.List.of(input), conf); // a glob that matches nothing is an error
                continue;
            }
            if (!Files.exists(local)) {
                throw new IllegalArgumentException("input not found: " + input + " (check the path; quote globs "
                        + "so that the shell leaves them to Gazette)");
            }
            InputChecks.readableFileOrFolder(local);
        }
        if (isLocal(spec.output())) {
            Path out = new Path(spec.output());
            // not getLocal(): it casts to LocalFileSystem, and in a JVM where a Spark session already
            // cached its file: implementation (NoChmodLocalFileSystem) that cast fails
            FileSystem fs = FileSystem.get(java.net.URI.create("file:///"), conf);
            GazetteJob.checkOutput(fs, fs.makeQualified(out), spec);
            java.nio.file.Path target = java.nio.file.Path.of(out.toUri().getPath()).toAbsolutePath();
            java.nio.file.Path existing = target;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
                throw new IllegalArgumentException("cannot write output " + spec.output() + ": " + existing
                        + (Files.isDirectory(existing) ? " is not writable" : " is a file")
                        + " (choose a folder you can write to)");
            }
        }
    }

    static boolean isLocal(String path) {
        String scheme = new Path(path).toUri().getScheme();
        return scheme == null || scheme.equals("file");
    }

    private static boolean isGlob(String path) {
        return path.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }
}
