package io.gazette.spark;

import java.io.Serializable;

/**
 * One input file as listed on the driver; executors open it by path. Size and modification time
 * tell a file that changed since an earlier run from one already processed.
 */
public record InputFile(String path, long size, long modified) implements Serializable {
}
