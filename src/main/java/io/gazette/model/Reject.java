package io.gazette.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * An input record that did not become an article, and why.
 *
 * @param sourceFile   the input file the record came from
 * @param sourceOffset where in the file: byte offset of the record for WARC, line number for
 *                     JSON Lines, 0 for one-page files
 * @param recordId     the input's own id (WARC-Record-ID, the JSON id field), or null
 * @param url          the page URL when known, else null
 * @param fetchedAt    the crawl time when known, else null
 * @param reason       one of a fixed vocabulary
 * @param detail       free text for a person: the status code, the exception, the content type
 */
public record Reject(String sourceFile, long sourceOffset, String recordId, String url, Instant fetchedAt,
                     RejectReason reason, String detail) implements Outcome, Serializable {

    /** Details are for people; cap them so that one pathological record cannot bloat the table. */
    public static final int MAX_DETAIL_CHARS = 500;

    public Reject {
        if (reason == null) {
            throw new IllegalArgumentException("a reject needs a reason");
        }
        if (detail != null && detail.length() > MAX_DETAIL_CHARS) {
            detail = detail.substring(0, MAX_DETAIL_CHARS) + "...";
        }
    }

    public static Reject of(RawPage page, RejectReason reason, String detail) {
        return new Reject(page.sourceFile(), page.sourceOffset(), page.recordId(), page.url(), page.fetchedAt(),
                reason, detail);
    }
}
