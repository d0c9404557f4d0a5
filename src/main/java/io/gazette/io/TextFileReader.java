package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scraped page per file as plain text, no markup (like the seed page). See
 * {@link OnePageFileReader} for size, emptiness and binary checks.
 *
 * <p>URL: a first non-blank line {@code URL: https://...} (any case) gives it, and that line is
 * removed from the body, since it is metadata rather than page text; otherwise null.
 * {@code contentType} is {@code text/plain}.
 */
public final class TextFileReader extends OnePageFileReader {
    private static final Pattern URL_LINE = Pattern.compile("^\\s*url\\s*:\\s*(https?://\\S+)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Longest first line we look at for a URL. */
    private static final int MAX_URL_LINE = 8192;

    TextFileReader(InputStream content, String sourceFile, long maxRecordBytes) {
        super(content, sourceFile, InputFormat.TEXT, maxRecordBytes);
    }

    @Override
    protected String contentType() {
        return "text/plain";
    }

    @Override
    protected byte[] describe(byte[] bytes, RawPage.Builder b) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        // The first non-blank line.
        int lineStart = start;
        int i = start;
        while (i < bytes.length && i - start < MAX_URL_LINE) {
            if (bytes[i] == '\n') {
                if (isBlank(bytes, lineStart, i)) {
                    lineStart = i + 1;
                } else {
                    break;
                }
            }
            i++;
        }
        int lineEnd = Math.min(i, bytes.length);
        String first = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        Matcher m = URL_LINE.matcher(first);
        if (!m.matches()) {
            return bytes;
        }
        b.url(m.group(1));
        int rest = Math.min(lineEnd + 1, bytes.length);
        return Arrays.copyOfRange(bytes, rest, bytes.length);
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!ContentSniffer.isSpace(b[k])) {
                return false;
            }
        }
        return true;
    }
}
