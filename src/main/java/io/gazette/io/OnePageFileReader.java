package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;

import java.io.InputStream;

/**
 * A file that holds one page (saved HTML, a plain-text scrape): one record at offset 0.
 *
 * <p>The bytes are read up to {@code input.max-record-bytes} ({@code truncated=true} when cut);
 * an empty or whitespace-only file is EMPTY_BODY, a binary one (PDF, image, archive, NUL bytes) is
 * BINARY_CONTENT. A file that breaks while being read (a cut .html.gz) keeps what was read, marked
 * truncated; one that yields no byte at all is UNREADABLE_FILE. The page goes out as {@code body}
 * bytes; the pipeline decodes them with {@link TextDecoder}.
 */
abstract class OnePageFileReader extends BasePageReader {
    private final InputStream in;
    private final long cap;
    private boolean done;

    OnePageFileReader(InputStream content, String sourceFile, InputFormat format, long maxRecordBytes) {
        super(sourceFile, format, content);
        this.in = content;
        this.cap = maxRecordBytes;
    }

    /** The media type to announce for the page. */
    protected abstract String contentType();

    /**
     * Fills what the format can tell (URL) and returns the payload to keep, which may be a part
     * of {@code bytes} (a metadata line removed).
     */
    protected abstract byte[] describe(byte[] bytes, RawPage.Builder b);

    @Override
    protected long currentOffset() {
        return 0;
    }

    @Override
    protected RawPage readNext() {
        if (done) {
            return null;
        }
        done = true;
        BoundedBytes.Result r = BoundedBytes.read(in, cap);
        RawPage.Builder b = RawPage.builder(sourceFile, 0, format()).contentType(contentType());
        byte[] bytes = r.bytes();
        if (r.failure() != null && bytes.length == 0) {
            return b.skip(RejectReason.UNREADABLE_FILE, WarcPageReader.describe(r.failure()));
        }
        String binary = ContentSniffer.binaryKind(bytes, 0, bytes.length);
        if (binary != null) {
            return b.skip(RejectReason.BINARY_CONTENT, "file content is " + binary);
        }
        byte[] payload = describe(bytes, b);
        if (isBlank(payload)) {
            return b.skip(RejectReason.EMPTY_BODY, bytes.length == 0 ? "empty file" : "only whitespace");
        }
        return b.body(payload).truncated(r.truncated() || r.failure() != null).build();
    }

    private static boolean isBlank(byte[] b) {
        // A BOM and whitespace hold no page.
        return ContentSniffer.skipBomAndSpace(b, b.length) == b.length;
    }
}
