package io.gazette.spark;

import java.io.Serializable;

/** One input file as listed on the driver; executors open it by path. */
public record InputFile(String path, long size) implements Serializable {
}
