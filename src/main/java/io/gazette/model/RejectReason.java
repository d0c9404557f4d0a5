package io.gazette.model;

/**
 * Why an input record did not become an article. A fixed vocabulary: the run report counts
 * rows per reason, so a reason is never made up on the fly; the free-text detail goes in
 * {@link Reject#detail()}.
 */
public enum RejectReason {
    // Records that are not pages at all.
    WARC_REVISIT("WARC revisit record: no payload, the page was stored elsewhere"),
    WARC_NOT_RESPONSE("WARC record that is not a response (warcinfo, request, metadata, resource, conversion)"),
    HTTP_STATUS("HTTP status other than 2xx"),
    NOT_HTML("payload type is not HTML or text (image, PDF, JSON, ...)"),
    BINARY_CONTENT("payload looks binary although labelled as text"),
    EMPTY_BODY("no payload bytes"),
    // Records the readers could not read.
    CORRUPT_RECORD("the record could not be parsed (bad headers, bad JSON, bad encoding of the body)"),
    TRUNCATED_INPUT("the file ends inside this record or is corrupt from here on; the rest of the file is unread"),
    UNREADABLE_FILE("the input file could not be opened or decompressed at all"),
    MISSING_URL("the record has no URL (JSON Lines without the url field)"),
    // Pages that are read but hold no article.
    NO_TEXT("no main text could be found on the page"),
    TEXT_TOO_SHORT("main text shorter than the configured minimum"),
    EXTRACTION_ERROR("an unexpected error in the extractor (a bug: the detail holds the exception)");

    private final String description;

    RejectReason(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
