package io.gazette.io;

import java.util.regex.Pattern;

/**
 * Which files in a folder are dumps. Used when a folder is given as input; a file named
 * explicitly is always read, and its content decides the format whatever its name.
 */
public final class DumpFiles {
    private DumpFiles() {
    }

    private static final Pattern DUMP_NAME = Pattern.compile(
            "(?i).*\\.(warc|arc|jsonl|ndjson|json|html?|xhtml|txt)(\\.gz)?$");

    /** True for dump names; false for names starting with "_" or "." (Hadoop's hidden files, _SUCCESS, .crc). */
    public static boolean isDumpName(String fileName) {
        return !fileName.startsWith("_") && !fileName.startsWith(".") && DUMP_NAME.matcher(fileName).matches();
    }

    /** Folders below an input folder whose names start with "_" or "." are passed over, as Hadoop does. */
    public static boolean isHiddenFolder(String folderName) {
        return folderName.startsWith("_") || folderName.startsWith(".");
    }
}
