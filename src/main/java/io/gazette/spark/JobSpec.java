package io.gazette.spark;

import io.gazette.config.GazetteOptions;

import java.io.Serializable;
import java.util.List;

/**
 * What one {@code run} is asked to do.
 *
 * @param inputs      paths, folders, globs, or {@code @manifest} files
 * @param output      the output folder (articles/, rejects/, reports/ go inside)
 * @param overwrite   replace existing tables in {@code output} instead of refusing (parquet) or
 *                    merging into them (delta)
 * @param format      how the tables are stored
 * @param incremental read only input files that no earlier run processed (delta only)
 * @param options     the pipeline's settings
 */
public record JobSpec(List<String> inputs, String output, boolean overwrite, TableFormat format,
                      boolean incremental, GazetteOptions options) implements Serializable {

    public JobSpec {
        if (incremental && format != TableFormat.DELTA) {
            throw new IllegalArgumentException("--incremental needs --format delta: plain Parquet cannot merge "
                    + "re-crawled articles or commit atomically");
        }
    }

    /** A one-shot Parquet run. */
    public static JobSpec parquet(List<String> inputs, String output, boolean overwrite, GazetteOptions options) {
        return new JobSpec(inputs, output, overwrite, TableFormat.PARQUET, false, options);
    }

    /** How the output tables are stored. */
    public enum TableFormat {
        /** Plain Parquet with Hive partition folders: every engine reads it; one-shot runs. */
        PARQUET,
        /** Delta Lake: MERGE by article_id, atomic commits, a log of processed input files; nightly runs. */
        DELTA
    }
}
