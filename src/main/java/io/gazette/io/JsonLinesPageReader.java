package io.gazette.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.gazette.config.GazetteOptions;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines dumps (Scrapy feeds, news-please, custom crawlers): one page per line, as a
 * stream.
 *
 * <ul>
 *   <li>{@code sourceOffset} is the 1-based physical line number. A blank line is not a record: it
 *       yields nothing, but it still counts for the numbering, so an offset always names the line
 *       in the file.</li>
 *   <li>The URL field ({@code input.jsonl.url-field}) is required: without a non-blank string
 *       there, MISSING_URL.</li>
 *   <li>The page is the first of {@code input.jsonl.html-fields} holding a non-empty string; none:
 *       EMPTY_BODY. It goes to {@code RawPage.text} (JSON text is already decoded), with
 *       {@code contentType = text/html}; {@code body} is null. Text longer than
 *       {@code input.max-record-bytes} characters is cut ({@code truncated=true}).</li>
 *   <li>{@code id} (string or number) and {@code fetched_at} (ISO instant with Z or offset, ISO
 *       local date-time taken as UTC, epoch seconds or milliseconds) are optional; an unreadable
 *       fetched_at is left null rather than losing the page.</li>
 *   <li>A line that is not a JSON object: CORRUPT_RECORD with the parser's message.</li>
 *   <li>A line longer than twice {@code input.max-record-bytes} (JSON escaping can double the
 *       size of HTML) is rejected as CORRUPT_RECORD without being held in memory: a cut line is
 *       not JSON any more, so cutting it could not keep the page.</li>
 *   <li>The file failing to read (a cut .jsonl.gz): one TRUNCATED_INPUT at the line being read,
 *       then the end.</li>
 * </ul>
 */
public final class JsonLinesPageReader extends BasePageReader {
    private final InputStream in;
    private final GazetteOptions.Input options;
    private final int textCap;
    private final int lineCap;
    private final JsonFactory json;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNo;
    private byte[] line = new byte[8 * 1024];
    private int lineLen;
    private long lineBytes; // full length of the current line, including what did not fit

    JsonLinesPageReader(InputStream content, String sourceFile, GazetteOptions.Input options) {
        super(sourceFile, InputFormat.JSONL, content);
        this.in = content;
        this.options = options;
        this.textCap = BoundedBytes.arrayCap(options.maxRecordBytes());
        this.lineCap = BoundedBytes.arrayCap(2 * options.maxRecordBytes());
        // Jackson refuses strings over 20M characters by default; our own cap is the limit here.
        this.json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(lineCap, StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                        .build())
                .build();
    }

    @Override
    protected long currentOffset() {
        return lineNo;
    }

    @Override
    protected RawPage readNext() {
        while (true) {
            boolean got;
            try {
                got = readLine();
            } catch (IOException e) {
                finish();
                long at = lineNo + 1;
                return RawPage.skipped(sourceFile, at, InputFormat.JSONL, null, null, null,
                        RejectReason.TRUNCATED_INPUT, "cannot read line " + at + ": " + WarcPageReader.describe(e)
                                + "; the rest of the file is unread");
            }
            if (!got) {
                return null;
            }
            lineNo++;
            if (lineBytes > lineCap) {
                return RawPage.skipped(sourceFile, lineNo, InputFormat.JSONL, null, null, null,
                        RejectReason.CORRUPT_RECORD, "line of " + lineBytes + " bytes is longer than the cap of "
                                + lineCap + " (2 x input.max-record-bytes); skipped without reading it");
            }
            if (lineNo == 1 && lineLen >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                    && (line[2] & 0xFF) == 0xBF) {
                // Exports written by Windows tools start with a UTF-8 byte order mark, which is no JSON.
                System.arraycopy(line, 3, line, 0, lineLen - 3);
                lineLen -= 3;
            }
            if (isBlank(line, lineLen)) {
                continue;
            }
            return parse();
        }
    }

    private RawPage parse() {
        // Decoding first makes invalid UTF-8 a replacement character, not a lost record.
        String text = new String(line, 0, lineLen, StandardCharsets.UTF_8);
        Map<String, Object> fields = new HashMap<>();
        List<String> htmlFields = options.jsonlHtmlFields();
        try (JsonParser p = json.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return corrupt("not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                boolean wanted = name.equals(options.jsonlUrlField()) || name.equals(options.jsonlIdField())
                        || name.equals(options.jsonlFetchedAtField()) || htmlFields.contains(name);
                if (!wanted || value.isStructStart()) {
                    p.skipChildren();
                    if (wanted && !fields.containsKey(name)) {
                        fields.put(name, new Structured(value == JsonToken.START_ARRAY ? "an array" : "an object"));
                    }
                    continue;
                }
                if (!fields.containsKey(name)) { // first occurrence wins, as in most JSON readers
                    fields.put(name, scalar(p, value));
                }
            }
            if (t != JsonToken.END_OBJECT) {
                return corrupt("unexpected " + t);
            }
            if (p.nextToken() != null) {
                return corrupt("more after the JSON object");
            }
        } catch (JsonProcessingException e) {
            return corrupt("bad JSON: " + e.getOriginalMessage() + " at column "
                    + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()));
        } catch (IOException e) {
            return corrupt("bad JSON: " + WarcPageReader.describe(e));
        }
        return toPage(fields);
    }

    /** A JSON field that holds an array or object where a scalar was wanted. */
    private record Structured(String what) {
    }

    private static Object scalar(JsonParser p, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null; // JSON null
        };
    }

    private RawPage toPage(Map<String, Object> fields) {
        Object idValue = fields.get(options.jsonlIdField());
        String id = idValue instanceof String || idValue instanceof Number ? String.valueOf(idValue) : null;
        Instant fetchedAt = fetchedAt(fields.get(options.jsonlFetchedAtField()));
        RawPage.Builder b = RawPage.builder(sourceFile, lineNo, InputFormat.JSONL).recordId(id).fetchedAt(fetchedAt);

        Object urlValue = fields.get(options.jsonlUrlField());
        if (!(urlValue instanceof String url) || url.isBlank()) {
            return b.skip(RejectReason.MISSING_URL, urlValue == null
                    ? "no '" + options.jsonlUrlField() + "' field"
                    : "'" + options.jsonlUrlField() + "' is " + describeValue(urlValue) + ", not a URL string");
        }
        b.url(url.trim());
        for (String f : options.jsonlHtmlFields()) {
            if (fields.get(f) instanceof String html && !html.isEmpty()) {
                boolean cut = html.length() > textCap;
                return b.text(cut ? html.substring(0, textCap) : html).contentType("text/html").truncated(cut).build();
            }
        }
        return b.skip(RejectReason.EMPTY_BODY, "none of " + options.jsonlHtmlFields() + " holds a non-empty string");
    }

    private static String describeValue(Object v) {
        if (v instanceof Structured s) {
            return s.what();
        }
        if (v instanceof String s) {
            return s.isBlank() ? "blank" : "a string";
        }
        return v == null ? "null" : "a " + v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    static Instant fetchedAt(Object v) {
        if (v instanceof String s) {
            return Timestamps.parse(s);
        }
        if (v instanceof Long l) {
            return Timestamps.fromEpoch(l);
        }
        if (v instanceof Double d) {
            return Timestamps.fromEpoch(d);
        }
        return null;
    }

    private RawPage corrupt(String detail) {
        return RawPage.skipped(sourceFile, lineNo, InputFormat.JSONL, null, null, null,
                RejectReason.CORRUPT_RECORD, detail);
    }

    private static boolean isBlank(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (!ContentSniffer.isSpace(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the next physical line into {@code line} (without the LF), keeping at most
     * {@code lineCap} bytes and counting the rest in {@code lineBytes}. False at end of file.
     */
    private boolean readLine() throws IOException {
        lineLen = 0;
        lineBytes = 0;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                if (eof) {
                    return any;
                }
                int r = in.read(buf, 0, buf.length);
                if (r < 0) {
                    eof = true;
                    return any;
                }
                pos = 0;
                limit = r;
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            append(buf, start, pos - start);
            if (pos < limit) {
                pos++; // the LF
                return true;
            }
        }
    }

    private void append(byte[] src, int off, int n) {
        lineBytes += n;
        if (lineBytes > lineCap || n == 0) {
            return; // over the cap: count, do not keep
        }
        if (lineLen + n > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(lineCap, Math.max((long) line.length * 2, lineLen + n)));
        }
        System.arraycopy(src, off, line, lineLen, n);
        lineLen += n;
    }

    @Override
    public void close() throws IOException {
        line = new byte[0];
        super.close();
    }
}
