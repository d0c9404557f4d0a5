package io.gazette.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import io.gazette.io.DumpFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@code --input} arguments into the list of files to read, on the driver, through
 * Hadoop's file systems (local, HDFS, s3a when hadoop-aws is on the classpath).
 *
 * <ul>
 *   <li>a file is read whatever its name (its content decides the format);</li>
 *   <li>a folder is walked recursively for files with a dump extension (.warc, .warc.gz, .jsonl,
 *       .jsonl.gz, .ndjson, .html, .htm, .html.gz, .txt, .txt.gz); names starting with "_" or "."
 *       are passed over, as Hadoop does (_SUCCESS, .crc, _sources);</li>
 *   <li>a glob ({@code s3a://bucket/2024/*}/*.warc.gz) is expanded, then treated as above;</li>
 *   <li>{@code @list.txt} is a manifest: one path or glob per line, # comments allowed.</li>
 * </ul>
 */
public final class InputListing {
    private InputListing() {
    }

    public static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
        Map<String, InputFile> files = new LinkedHashMap<>();
        for (String input : inputs) {
            if (input.startsWith("@")) {
                for (String line : readManifest(new Path(input.substring(1)), conf)) {
                    expand(line, conf, files);
                }
            } else {
                expand(input, conf, files);
            }
        }
        return new ArrayList<>(files.values());
    }

    private static void expand(String input, Configuration conf, Map<String, InputFile> out) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
            throw new IllegalArgumentException("input not found: " + input
                    + " (check the path; globs must match at least one file)");
        }
        for (FileStatus st : matches) {
            if (st.isFile()) {
                add(st, out);
            } else {
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (DumpFiles.isDumpName(f.getPath().getName()) && !hidden(st.getPath(), f.getPath())) {
                        add(f, out);
                    }
                }
            }
        }
    }

    /** True when any path element below the listed root starts with "_" or ".". */
    private static boolean hidden(Path root, Path file) {
        int rootDepth = root.depth();
        for (Path p = file; p != null && p.depth() > rootDepth; p = p.getParent()) {
            if (DumpFiles.isHiddenFolder(p.getName())) {
                return true;
            }
        }
        return false;
    }

    private static void add(FileStatus st, Map<String, InputFile> out) {
        String p = st.getPath().toString();
        out.putIfAbsent(p, new InputFile(p, st.getLen(), st.getModificationTime()));
    }

    static List<String> readManifest(Path manifest, Configuration conf) throws IOException {
        List<String> lines = new ArrayList<>();
        FileSystem fs = manifest.getFileSystem(conf);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(fs.open(manifest), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("manifest " + manifest + " lists no paths");
        }
        return lines;
    }
}
