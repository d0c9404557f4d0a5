package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads WARC 0.17, 1.0 and 1.1 (and ARC v1, which jwarc also parses) from a decompressed stream,
 * one {@link RawPage} per record.
 *
 * <ul>
 *   <li>{@code response} with an HTTP block, status 2xx and an HTML, text or unknown media type:
 *       a page. Its {@code body} holds the payload with chunked transfer coding and gzip / deflate /
 *       brotli content coding removed, capped at {@code input.max-record-bytes}
 *       ({@code truncated=true} when cut, or when the archive itself says WARC-Truncated, or when
 *       the body ends early). {@code text} is null: the pipeline decodes the charset with
 *       {@link TextDecoder}. {@code contentType} is the HTTP Content-Type.</li>
 *   <li>{@code response} with another status: skipped HTTP_STATUS; with an image, script, feed,
 *       PDF, DNS answer...: skipped NOT_HTML, its body never read into memory.</li>
 *   <li>{@code resource} with an HTML type: a page without HTTP status; other resources:
 *       WARC_NOT_RESPONSE.</li>
 *   <li>{@code revisit}: WARC_REVISIT; warcinfo, request, metadata, conversion, continuation and
 *       unknown types: WARC_NOT_RESPONSE.</li>
 *   <li>A record whose own content is broken (bad HTTP head, undecodable body): CORRUPT_RECORD,
 *       and reading goes on with the next record.</li>
 *   <li>Bytes that are no WARC record where one should start (a Content-Length that lies, a
 *       garbled header, junk between records): one CORRUPT_RECORD at the offset where it goes
 *       wrong, and reading goes on at the next line that starts with {@code WARC/} and a digit.</li>
 *   <li>A file that is cut, whose decompression fails, or that holds no further record after
 *       damage: one TRUNCATED_INPUT record at the offset where it goes wrong, then the end.</li>
 * </ul>
 *
 * <p>{@code sourceOffset}: for a gzipped file, the compressed offset of the gzip member a record
 * starts (the offset CDX indexes use) whenever the record starts a member, which is always the
 * case in a well-formed .warc.gz; for a record inside a member (whole-file gzip) the offset in
 * the decompressed stream. For an uncompressed file, the byte offset.
 */
public final class WarcPageReader extends BasePageReader {
    private WarcReader warc;
    private IOException startFailure; // jwarc could not even start (a file of 1 to 3 bytes)
    private final WarcTailGuard tail;
    private final GzipMemberInputStream gzip;
    private final long base;      // the stream's first byte in the file (0, or a split's first member)
    private final long padding;   // blank bytes before the first record, which the guard never sees
    private long readerStart;     // where the current jwarc reader started, in the guard's bytes
    private final long cap;
    private int warnings;
    private String lastWarning;
    private long lastDecompressed = -1;
    private long lastOffset;

    /**
     * @param content    the decompressed file, at its first byte (PageReaders takes gzip off)
     * @param gzip       the gzip stream {@code content} comes from, for compressed offsets, or null
     * @param sourceFile the file as listed, copied into every record
     * @param maxRecordBytes payload cap
     */
    WarcPageReader(BufferedInputStream content, GzipMemberInputStream gzip, String sourceFile, long maxRecordBytes)
            throws IOException {
        this(content, gzip, sourceFile, maxRecordBytes, 0);
    }

    /**
     * @param base where {@code content} starts in the file: a range of a split .warc.gz
     *             ({@link WarcSplits}) starts at a gzip member; offsets are the file's
     */
    WarcPageReader(BufferedInputStream content, GzipMemberInputStream gzip, String sourceFile, long maxRecordBytes,
                   long base) throws IOException {
        super(sourceFile, InputFormat.WARC, content);
        this.base = base;
        this.gzip = gzip;
        this.cap = maxRecordBytes;
        // Blank lines before the first record make jwarc fail at offset 0; they hold nothing.
        this.padding = skipLeadingPadding(content);
        this.tail = new WarcTailGuard(content);
        try {
            this.warc = newReader();
        } catch (IOException e) {
            startFailure = e;
        }
    }

    private WarcReader newReader() throws IOException {
        WarcReader reader = new WarcReader(tail);
        reader.setLenient(true);
        reader.onWarning(w -> {
            warnings++;
            lastWarning = w;
        });
        return reader;
    }

    private static long skipLeadingPadding(BufferedInputStream in) throws IOException {
        long skipped = 0;
        while (true) {
            in.mark(1);
            int c = in.read();
            if (c < 0 || !WarcTailGuard.isPadding((byte) c)) {
                in.reset();
                return skipped;
            }
            skipped++;
        }
    }

    @Override
    protected long currentOffset() {
        return lastOffset;
    }

    @Override
    protected RawPage readNext() {
        if (warc == null) {
            finish();
            return RawPage.skipped(sourceFile, base + padding, InputFormat.WARC, null, null, null,
                    RejectReason.TRUNCATED_INPUT, "not a WARC file at offset " + (base + padding) + ": "
                            + describe(startFailure));
        }
        WarcRecord rec;
        try {
            Optional<WarcRecord> o = warc.next();
            if (o.isEmpty()) {
                return null;
            }
            rec = o.get();
        } catch (IOException | RuntimeException failed) {
            Exception e = failed;
            long from = readerStart + warc.position();
            if (tail.onlyPaddingFrom(from)) {
                return null; // NUL padding, stray line ends, or the guard's own NUL: a clean end
            }
            // The failing record's start; or the previous record's when reading its trailer
            // failed, since jwarc moves its position only once that trailer is read.
            long at = offsetOf(padding + from);
            if (at <= lastOffset && recordsRead() > 0) {
                at = lastOffset + 1; // never the key (file, offset) of a record already given
            }
            if (tail.failure() == null) {
                long next = tail.nextRecordStart(from);
                if (next >= 0) {
                    try {
                        warc = newReader();
                        readerStart = next;
                        return RawPage.skipped(sourceFile, at, InputFormat.WARC, null, null, null,
                                RejectReason.CORRUPT_RECORD, "no WARC record at offset " + at + " (" + describe(e)
                                        + warningNote() + "): " + (next - from) + " bytes skipped to the next record, at "
                                        + (gzip == null ? "offset " : "decompressed offset ") + (padding + next));
                    } catch (IOException | RuntimeException again) {
                        e = again;
                    }
                }
            }
            finish();
            return RawPage.skipped(sourceFile, at, InputFormat.WARC, null, null, null, RejectReason.TRUNCATED_INPUT,
                    "cannot read a WARC record at offset " + at + ": " + describe(e) + warningNote()
                            + (tail.failure() == null ? "; no WARC record follows" : "; the rest of the file is unread"));
        }
        long offset = offsetOf(padding + readerStart + warc.position());
        lastOffset = offset;

        MessageHeaders h = rec.headers();
        String type = h.first("WARC-Type").orElse("").trim().toLowerCase(Locale.ROOT);
        RawPage.Builder b = RawPage.builder(sourceFile, offset, InputFormat.WARC)
                .recordId(stripAngles(h.first("WARC-Record-ID").orElse(null)))
                .url(cleanUrl(h.first("WARC-Target-URI").orElse(null)))
                .fetchedAt(Timestamps.parse(h.first("WARC-Date").orElse(null)));
        boolean warcTruncated = h.first("WARC-Truncated").isPresent();
        RecordStream block = new RecordStream(rec.body());

        RawPage page;
        try {
            page = switch (type) {
                case "response" -> response(h, block, b, warcTruncated);
                case "resource" -> resource(h, block, b, warcTruncated);
                case "revisit" -> b.skip(RejectReason.WARC_REVISIT, "revisit record"
                        + h.first("WARC-Profile").map(p -> " (" + p.substring(p.lastIndexOf('/') + 1) + ")").orElse("")
                        + h.first("WARC-Refers-To-Target-URI").map(u -> " of " + cleanUrl(u)).orElse("")
                        + h.first("WARC-Refers-To-Date").map(d -> " at " + d).orElse(""));
                default -> b.skip(RejectReason.WARC_NOT_RESPONSE, "WARC-Type " + (type.isEmpty() ? "missing" : type));
            };
        } catch (IOException | RuntimeException e) {
            page = block.failure() != null ? null
                    : b.skip(RejectReason.CORRUPT_RECORD, describe(e));
        }
        // Finish the record here, so that a file ending inside it is blamed on this record.
        IOException fileFailure = block.failure();
        if (fileFailure == null) {
            try {
                rec.body().consume();
            } catch (IOException | RuntimeException e) {
                fileFailure = e instanceof IOException io ? io : new IOException(e);
            }
        }
        if (fileFailure != null || page == null) {
            finish();
            return b.skip(RejectReason.TRUNCATED_INPUT, "the file ends or breaks inside the "
                    + (type.isEmpty() ? "" : type + " ") + "record at offset " + offset + ": "
                    + describe(fileFailure) + warningNote() + "; the rest of the file is unread");
        }
        return page;
    }

    private RawPage response(MessageHeaders h, RecordStream block, RawPage.Builder b, boolean warcTruncated)
            throws IOException {
        String blockType = h.first("Content-Type").orElse("");
        String blockBase = MediaTypes.base(blockType);
        if (!blockBase.isEmpty() && !blockBase.equals("application/http")) {
            // A response record whose block is not HTTP: DNS answers, Gemini, or a bare payload.
            if (MediaTypes.classify(blockType) == MediaTypes.Kind.HTML) {
                return payloadPage(block, block, b.contentType(blockType), blockType, warcTruncated, List.of());
            }
            return b.contentType(blockType).skip(RejectReason.NOT_HTML,
                    "response record whose block is " + blockBase + ", not HTTP");
        }
        BufferedInputStream in = new BufferedInputStream(block, 8192);
        HttpHead head;
        try {
            head = HttpHead.parse(in);
        } catch (HttpHead.MalformedHeadException e) {
            return b.skip(RejectReason.CORRUPT_RECORD, "HTTP head: " + e.getMessage());
        }
        String contentType = head.first("Content-Type");
        b.httpStatus(head.status()).contentType(contentType);
        if (head.status() == 0) {
            return b.skip(RejectReason.CORRUPT_RECORD, "no status code in \"" + HttpHead.abbreviate(head.statusLine()) + "\"");
        }
        if (head.status() < 200 || head.status() > 299) {
            return b.skip(RejectReason.HTTP_STATUS, "HTTP " + head.status()
                    + (head.first("Location") != null ? " to " + head.first("Location") : ""));
        }
        if (MediaTypes.classify(contentType) == MediaTypes.Kind.OTHER) {
            return b.skip(RejectReason.NOT_HTML, "HTTP Content-Type " + MediaTypes.base(contentType));
        }

        InputStream payload = in;
        ChunkedInputStream chunked = null;
        if (head.tokens("Transfer-Encoding").stream().anyMatch(t -> t.equalsIgnoreCase("chunked"))) {
            chunked = new ChunkedInputStream(in);
            payload = chunked;
        }
        ContentEncodings.Decoding decoding;
        try {
            decoding = ContentEncodings.decode(payload, head.tokens("Content-Encoding"));
        } catch (ContentEncodings.UnsupportedEncodingException e) {
            return b.skip(RejectReason.CORRUPT_RECORD, e.getMessage());
        }
        RawPage page = payloadPage(decoding.stream(), block, b, contentType, warcTruncated, decoding.notes());
        if (chunked != null && chunked.incomplete() && !page.isSkipped() && !page.truncated()) {
            page = withTruncated(page);
        }
        return page;
    }

    private RawPage resource(MessageHeaders h, RecordStream block, RawPage.Builder b, boolean warcTruncated)
            throws IOException {
        String type = h.first("Content-Type").orElse(null);
        if (MediaTypes.classify(type) != MediaTypes.Kind.HTML) {
            return b.contentType(type).skip(RejectReason.WARC_NOT_RESPONSE,
                    "resource record of type " + (type == null ? "(none)" : MediaTypes.base(type)));
        }
        return payloadPage(block, block, b.contentType(type), type, warcTruncated, List.of());
    }

    /**
     * Reads a payload under the cap and makes it a page, or the reason it is not one.
     *
     * @param block the record's block, to tell a failing file from a failing body encoding
     * @throws IOException when the file itself fails (the caller ends the file there)
     */
    private RawPage payloadPage(InputStream payload, RecordStream block, RawPage.Builder b, String contentType,
                                boolean warcTruncated, List<String> notes) throws IOException {
        BoundedBytes.Result r;
        try (InputStream in = payload) { // closing frees the decoders' native memory; the block stays open
            r = BoundedBytes.read(in, cap);
        }
        boolean truncated = r.truncated() || warcTruncated;
        String noteText = notes.isEmpty() ? "" : "; " + String.join("; ", notes);
        if (r.failure() != null) {
            if (block.failure() != null) {
                throw block.failure();
            }
            // The body's own encoding broke (truncated gzip, bad brotli): keep what decoded.
            if (r.bytes().length == 0) {
                return b.skip(RejectReason.CORRUPT_RECORD, "cannot decode the body: " + describe(r.failure()) + noteText);
            }
            truncated = true;
        }
        byte[] body = BoundedBytes.stripTrailingNuls(r.bytes());
        if (body.length != r.bytes().length) {
            truncated = true; // NUL padding is what a writer leaves when it dies mid-record
        }
        if (body.length == 0) {
            return b.skip(RejectReason.EMPTY_BODY, (r.bytes().length == 0 ? "no payload bytes"
                    : "payload is " + r.bytes().length + (r.truncated() ? "+" : "") + " NUL bytes") + noteText);
        }
        String binary = ContentSniffer.binaryKind(body, 0, body.length);
        if (binary != null) {
            return b.skip(RejectReason.BINARY_CONTENT, "payload is " + binary + " although labelled "
                    + (contentType == null ? "(no type)" : MediaTypes.base(contentType)));
        }
        return b.body(body).truncated(truncated).build();
    }

    private static RawPage withTruncated(RawPage p) {
        return new RawPage(p.sourceFile(), p.sourceOffset(), p.recordId(), p.url(), p.fetchedAt(), p.format(),
                p.httpStatus(), p.contentType(), p.body(), p.text(), true, p.skip(), p.skipDetail());
    }

    /**
     * Compressed offset when the record starts a gzip member, else the decompressed one. In a range
     * of a split file both count from the range's first member ({@code base}): exact in the file
     * for a record that starts a member, as every record of a well-formed .warc.gz does.
     */
    private long offsetOf(long decompressed) {
        if (gzip == null) {
            return base + decompressed;
        }
        if (decompressed == lastDecompressed) {
            return lastOffset;
        }
        long c = gzip.compressedOffsetOf(decompressed);
        lastDecompressed = decompressed;
        return base + (c >= 0 ? c : decompressed);
    }

    private String warningNote() {
        return warnings == 0 ? "" : " (after " + warnings + " WARC warning" + (warnings == 1 ? "" : "s")
                + ", last: " + lastWarning + ")";
    }

    static String describe(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String m = e.getMessage();
        String name = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? name : name + ": " + HttpHead.abbreviate(m.length() > 300 ? m.substring(0, 300) : m);
    }

    static String stripAngles(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        return t.isEmpty() ? null : t;
    }

    /** The target URI without wget's angle brackets, with inner spaces escaped as browsers do. */
    static String cleanUrl(String s) {
        String t = stripAngles(s);
        return t == null ? null : t.replaceAll("\\s+", "%20");
    }
}
