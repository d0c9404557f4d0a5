package io.gazette.spark;

import io.gazette.config.GazetteOptions;

import java.io.Serializable;
import java.util.List;

/**
 * What one {@code run} is asked to do.
 *
 * @param inputs    paths, folders, globs, or {@code @manifest} files
 * @param output    the output folder (articles/, rejects/, reports/ go inside)
 * @param overwrite replace existing tables in {@code output} instead of refusing to run
 * @param options   the pipeline's settings
 */
public record JobSpec(List<String> inputs, String output, boolean overwrite, GazetteOptions options)
        implements Serializable {
}
