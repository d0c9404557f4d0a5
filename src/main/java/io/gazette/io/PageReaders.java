package io.gazette.io;

import io.gazette.config.GazetteOptions;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * The one way in: opens any input file as a {@link PageReader}, choosing the reader from the
 * bytes.
 *
 * <p>Detection looks at the first {@value #PREFIX_BYTES} bytes, after taking gzip off when the
 * file starts with the gzip magic number (whatever its name): {@code WARC/} (or an ARC
 * {@code filedesc://} header) is WARC; a first non-blank {@code {"} is JSON Lines; a document-level
 * tag or {@value ContentSniffer#FRAGMENT_TAGS} common tags is HTML; anything else is text. The
 * file name only breaks ties: a ".html" file with one tag is HTML, a ".warc" or ".jsonl" file
 * whose content fits nothing goes to that reader so that it can say what is wrong.
 */
public final class PageReaders {
    private PageReaders() {
    }

    /** Bytes looked at to detect the format. */
    static final int PREFIX_BYTES = 8192;
    private static final int BUFFER = 64 * 1024;

    /**
     * A reader for one input file. Never throws: a stream that cannot be read at all gives a
     * reader of one UNREADABLE_FILE record. The reader owns (and closes) the stream.
     *
     * @param in         the file's bytes, as stored (compressed or not)
     * @param sourceFile the path as listed; copied into every record and used as a tie-breaker
     */
    public static PageReader open(InputStream in, String sourceFile, GazetteOptions.Input options) {
        return open(in, sourceFile, options, 0);
    }

    /**
     * As above, for a range of a split .warc.gz ({@link WarcSplits}): {@code in} holds the range's
     * bytes only, from its first member at {@code base} in the file, so that records carry the
     * file's offsets.
     */
    public static PageReader open(InputStream in, String sourceFile, GazetteOptions.Input options, long base) {
        try {
            BufferedInputStream raw = new BufferedInputStream(in, BUFFER);
            byte[] magic = peek(raw, 2);
            GzipMemberInputStream gzip = ContentSniffer.isGzip(magic, magic.length)
                    ? new GzipMemberInputStream(raw, options.maxGzipRatio()) : null;
            BufferedInputStream content = gzip == null ? raw : new BufferedInputStream(gzip, BUFFER);

            byte[] head;
            try {
                head = peek(content, PREFIX_BYTES);
            } catch (IOException e) {
                close(in);
                return unreadable(sourceFile, e);
            }
            InputFormat format = detect(head, head.length, sourceFile);
            long cap = options.maxRecordBytes();
            return switch (format) {
                case WARC -> new WarcPageReader(content, gzip, sourceFile, cap, base);
                case JSONL -> new JsonLinesPageReader(content, sourceFile, options);
                case HTML -> new HtmlFileReader(content, sourceFile, cap);
                case TEXT -> new TextFileReader(content, sourceFile, cap);
            };
        } catch (IOException | RuntimeException e) {
            close(in);
            return unreadable(sourceFile, e);
        }
    }

    /**
     * Detects the format of a stream (reads and decompresses its first bytes; the stream is
     * consumed, not closed).
     */
    public static InputFormat detect(InputStream in, String fileName) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(in, BUFFER);
        byte[] magic = peek(raw, 2);
        InputStream content = ContentSniffer.isGzip(magic, magic.length) ? new GzipMemberInputStream(raw) : raw;
        byte[] head = content.readNBytes(PREFIX_BYTES);
        return detect(head, head.length, fileName);
    }

    /**
     * The format of a file from its first (decompressed) bytes, with the name as tie-breaker.
     *
     * @param head     the first bytes of the content, gzip already removed
     * @param fileName the file name or path, or null
     */
    public static InputFormat detect(byte[] head, int len, String fileName) {
        InputFormat byName = formatFromName(fileName);
        int i = ContentSniffer.skipBomAndSpace(head, len);
        if (startsWithAscii(head, i, len, "WARC/") || startsWithAscii(head, i, len, "filedesc://")) {
            return InputFormat.WARC;
        }
        if (i < len && head[i] == '{') {
            int j = i + 1;
            while (j < len && ContentSniffer.isSpace(head[j])) {
                j++;
            }
            // {"key": ...} or {} : a JSON object; "{{template}}" or "{ some prose" is not.
            if (j >= len || head[j] == '"' || head[j] == '}') {
                return InputFormat.JSONL;
            }
        }
        if (i >= len || ContentSniffer.binaryKind(head, 0, len) != null) {
            // Nothing to go on: the name decides, and the reader reports empty or binary content.
            return byName != null ? byName : InputFormat.TEXT;
        }
        int markup = ContentSniffer.markupScore(head, len);
        if (markup >= ContentSniffer.FRAGMENT_TAGS || (markup >= 1 && byName == InputFormat.HTML)) {
            return InputFormat.HTML;
        }
        if (byName == InputFormat.WARC || byName == InputFormat.JSONL) {
            return byName;
        }
        return InputFormat.TEXT;
    }

    /** The format a file name suggests (".warc.gz", ".jsonl", ".html.gz", ".txt"...), or null. */
    public static InputFormat formatFromName(String fileName) {
        if (fileName == null) {
            return null;
        }
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        for (String z : new String[]{".gz", ".gzip"}) {
            if (name.endsWith(z)) {
                name = name.substring(0, name.length() - z.length());
            }
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "warc", "arc" -> InputFormat.WARC;
            case "jsonl", "ndjson", "jl", "json" -> InputFormat.JSONL;
            case "html", "htm", "xhtml", "xht", "shtml" -> InputFormat.HTML;
            case "txt", "text" -> InputFormat.TEXT;
            default -> null;
        };
    }

    /** A reader of no records: a range of a split file in which no record starts. */
    public static PageReader empty(String sourceFile, InputFormat format) {
        return new BasePageReader(sourceFile, format, null) {
            @Override
            protected RawPage readNext() {
                return null;
            }

            @Override
            protected long currentOffset() {
                return 0;
            }
        };
    }

    /** A reader of one UNREADABLE_FILE record, for a file that cannot be opened or decompressed. */
    public static PageReader unreadable(String sourceFile, Throwable cause) {
        InputFormat f = formatFromName(sourceFile);
        RawPage page = RawPage.skipped(sourceFile, 0, f == null ? InputFormat.TEXT : f, null, null, null,
                RejectReason.UNREADABLE_FILE, WarcPageReader.describe(cause));
        return new BasePageReader(sourceFile, page.format(), null) {
            private boolean done;

            @Override
            protected RawPage readNext() {
                if (done) {
                    return null;
                }
                done = true;
                return page;
            }

            @Override
            protected long currentOffset() {
                return 0;
            }
        };
    }

    private static boolean startsWithAscii(byte[] b, int off, int len, String s) {
        if (len - off < s.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[off + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Up to n bytes from the start of the stream, which is left where it was. */
    private static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] b = new byte[n];
        int got = 0;
        try {
            int r;
            while (got < n && (r = in.read(b, got, n - got)) >= 0) {
                got += r;
            }
        } catch (IOException e) {
            if (got == 0) {
                throw e;
            }
            // A file broken within its first bytes: detect from what came, the reader reports the rest.
        }
        in.reset();
        return got == n ? b : Arrays.copyOf(b, got);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Nothing more to lose: the file is reported unreadable.
        }
    }
}
