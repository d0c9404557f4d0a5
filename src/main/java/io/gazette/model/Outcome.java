package io.gazette.model;

/** What the pipeline makes of one input record: exactly one article or one reject, never nothing. */
public sealed interface Outcome permits Article, Reject {
    String sourceFile();

    long sourceOffset();
}
