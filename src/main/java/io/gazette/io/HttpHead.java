package io.gazette.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status line and headers of an archived HTTP response, parsed leniently.
 *
 * <p>Why our own parser rather than jwarc's {@code http()}: archives hold status lines without a
 * reason phrase, lines ending in LF or CR-CR-LF, folded headers, and the same header twice; we
 * want all of those read, and we want a failure here to be a problem of one record only. The
 * stream is left positioned at the first byte of the body.
 */
record HttpHead(int status, String statusLine, Map<String, List<String>> headers) {

    /** Longest head we accept; real ones are a few KB, cookies and CSP headers rarely pass 64 KB. */
    static final int MAX_HEAD_BYTES = 256 * 1024;

    static final class MalformedHeadException extends IOException {
        MalformedHeadException(String message) {
            super(message);
        }
    }

    /** The first value of a header (case-insensitive name), or null. */
    String first(String name) {
        List<String> v = headers.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** All values of a header, each split at commas and trimmed (for list headers like encodings). */
    List<String> tokens(String name) {
        List<String> v = headers.get(name);
        if (v == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String value : v) {
            for (String t : value.split(",")) {
                String s = t.trim();
                if (!s.isEmpty()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /**
     * Reads the head from a stream positioned at the start of an HTTP response.
     *
     * @throws MalformedHeadException when the first line is not an HTTP status line or the head
     *                                is too long; other IOExceptions come from the stream
     */
    static HttpHead parse(InputStream in) throws IOException {
        int total = 0;
        String statusLine = null;
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String lastName = null;
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        while (true) {
            line.reset();
            int c;
            boolean sawAny = false;
            while ((c = in.read()) >= 0 && c != '\n') {
                sawAny = true;
                line.write(c);
                if (++total > MAX_HEAD_BYTES) {
                    throw new MalformedHeadException("HTTP head longer than " + MAX_HEAD_BYTES + " bytes");
                }
            }
            if (c < 0 && !sawAny) {
                break; // record ends inside (or right after) the head: no body
            }
            total++;
            // Headers are ISO-8859-1 by the HTTP spec; stripping every trailing CR covers CR-CR-LF.
            String text = stripTrailingCr(line.toString(StandardCharsets.ISO_8859_1));
            if (statusLine == null) {
                if (text.isBlank()) {
                    continue; // stray blank lines before the status line
                }
                statusLine = text;
                if (!text.regionMatches(true, 0, "HTTP/", 0, 5)) {
                    throw new MalformedHeadException("not an HTTP status line: " + abbreviate(text));
                }
                continue;
            }
            if (text.isEmpty()) {
                break;
            }
            if ((text.charAt(0) == ' ' || text.charAt(0) == '\t') && lastName != null) {
                List<String> values = headers.get(lastName);
                int i = values.size() - 1;
                values.set(i, values.get(i) + " " + text.trim());
            } else {
                int colon = text.indexOf(':');
                if (colon > 0) {
                    lastName = text.substring(0, colon).trim();
                    headers.computeIfAbsent(lastName, k -> new ArrayList<>(1)).add(text.substring(colon + 1).trim());
                }
                // A line without a colon is junk some servers emit; skip it rather than the record.
            }
            if (c < 0) {
                break;
            }
        }
        if (statusLine == null) {
            throw new MalformedHeadException("empty HTTP response");
        }
        return new HttpHead(parseStatus(statusLine), statusLine, Collections.unmodifiableMap(headers));
    }

    /** The status code of "HTTP/1.1 200 OK", "HTTP/1.1 200" or "HTTP/2 200"; 0 when there is none. */
    static int parseStatus(String statusLine) {
        int sp = statusLine.indexOf(' ');
        if (sp < 0) {
            return 0;
        }
        int i = sp;
        while (i < statusLine.length() && statusLine.charAt(i) == ' ') {
            i++;
        }
        int code = 0;
        int digits = 0;
        while (i < statusLine.length() && digits < 3 && Character.isDigit(statusLine.charAt(i))) {
            code = code * 10 + (statusLine.charAt(i) - '0');
            i++;
            digits++;
        }
        return digits == 3 ? code : 0;
    }

    private static String stripTrailingCr(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\r') {
            end--;
        }
        return s.substring(0, end);
    }

    static String abbreviate(String s) {
        String oneLine = s.replaceAll("[\\r\\n\\t\\x00-\\x1f]", " ");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 80) + "...";
    }
}
