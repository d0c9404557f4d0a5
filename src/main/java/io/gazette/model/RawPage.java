package io.gazette.model;

import java.io.Serializable;
import java.time.Instant;

/**
 * One input record as a reader found it, before any extraction.
 *
 * <p>A reader yields a RawPage for every record it meets, including those it already knows are
 * not pages (a WARC request record, a JSON line without a URL, a corrupt tail): those carry a
 * {@link #skip()} reason, and the pipeline turns them into a {@link Reject} without looking
 * further. This is what lets the run report prove that every record was accounted for.
 *
 * @param sourceFile   path of the input file, as listed
 * @param sourceOffset byte offset of the record (WARC), line number (JSON Lines), 0 (one-page files)
 * @param recordId     the input's own id (WARC-Record-ID, JSON {@code id}), or null
 * @param url          the page URL, or null when the input names none
 * @param fetchedAt    when the page was fetched (WARC-Date, JSON {@code fetched_at}), or null
 * @param format       the dump format the record came from
 * @param httpStatus   HTTP status code, or 0 when the input carries none
 * @param contentType  the declared media type with parameters (e.g. {@code text/html; charset=utf-8}), or null
 * @param body         payload bytes with transfer and content encodings removed, or null when
 *                     {@code text} is given instead
 * @param text         the page as already-decoded text (JSON Lines carry decoded HTML), or null
 * @param truncated    true when the reader cut the payload at the configured size cap
 * @param skip         why this record is not a page, or null for a page
 * @param skipDetail   a detail for people about {@code skip}
 */
public record RawPage(String sourceFile, long sourceOffset, String recordId, String url, Instant fetchedAt,
                      InputFormat format, int httpStatus, String contentType, byte[] body, String text,
                      boolean truncated, RejectReason skip, String skipDetail) implements Serializable {

    public boolean isSkipped() {
        return skip != null;
    }

    /** A record the reader has already decided is not a page. */
    public static RawPage skipped(String sourceFile, long sourceOffset, InputFormat format, String recordId,
                                  String url, Instant fetchedAt, RejectReason reason, String detail) {
        return new RawPage(sourceFile, sourceOffset, recordId, url, fetchedAt, format, 0, null, null, null,
                false, reason, detail);
    }

    public static Builder builder(String sourceFile, long sourceOffset, InputFormat format) {
        return new Builder(sourceFile, sourceOffset, format);
    }

    /** Readers fill only what their format knows; everything else stays null. */
    public static final class Builder {
        private final String sourceFile;
        private final long sourceOffset;
        private final InputFormat format;
        private String recordId;
        private String url;
        private Instant fetchedAt;
        private int httpStatus;
        private String contentType;
        private byte[] body;
        private String text;
        private boolean truncated;

        private Builder(String sourceFile, long sourceOffset, InputFormat format) {
            this.sourceFile = sourceFile;
            this.sourceOffset = sourceOffset;
            this.format = format;
        }

        public Builder recordId(String v) { this.recordId = v; return this; }
        public Builder url(String v) { this.url = v; return this; }
        public Builder fetchedAt(Instant v) { this.fetchedAt = v; return this; }
        public Builder httpStatus(int v) { this.httpStatus = v; return this; }
        public Builder contentType(String v) { this.contentType = v; return this; }
        public Builder body(byte[] v) { this.body = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder truncated(boolean v) { this.truncated = v; return this; }

        public RawPage build() {
            return new RawPage(sourceFile, sourceOffset, recordId, url, fetchedAt, format, httpStatus, contentType,
                    body, text, truncated, null, null);
        }

        public RawPage skip(RejectReason reason, String detail) {
            return new RawPage(sourceFile, sourceOffset, recordId, url, fetchedAt, format, httpStatus, contentType,
                    null, null, false, reason, detail);
        }
    }
}
