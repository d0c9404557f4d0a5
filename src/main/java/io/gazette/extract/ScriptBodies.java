package io.gazette.extract;

import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The content of scripts, style sheets and inline SVG, which no step reads (JSON-LD scripts
 * excepted) and which is often most of a page: on the eval pages scripts and styles are 58% of the
 * characters, and parsing them was 40% of jsoup's time. Text, dates and entities skip these
 * elements, metadata reads only JSON-LD, so the parser is handed the page without that content; the
 * elements themselves stay. A script or style ends at the first closing tag of its name, as the HTML
 * tokenizer ends their data; an SVG at its matching closing tag; an element without one keeps the
 * rest of the page as it is.
 *
 * <p>The scan reads only ASCII ('<', '>', '/', quotes, tag names, HTML whitespace), so it runs on
 * decoded text or on the undecoded bytes of a page in UTF-8: there the decode step decodes only
 * the kept bytes (a span starts and ends at an ASCII byte, so no character is cut).
 */
final class ScriptBodies {
    private ScriptBodies() {
    }

    /** Elements whose content no step reads. */
    private static final String[] EMPTIED = {"script", "style", "svg"};
    /** The first letters of {@link #EMPTIED}, lower case. */
    private static final String EMPTIED_FIRST = "s";

    /** A page that opens with markup, by its first 8 KB: only such pages lose their script bodies. */
    static final Pattern MARKUP = Pattern.compile(
            "(?is)<(!doctype\\s+html|html|head|body|meta|title|div|p|article|script|link)[\\s>/]");
    private static final int HEAD = 8192;

    /** The page without script bodies, joined: the tests' view of what {@link SpansReader} streams. */
    static String withoutScriptBodies(String html) {
        int[] kept = keptSpans(html);
        if (kept.length == 2) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        for (int k = 0; k < kept.length; k += 2) {
            out.append(html, kept[k], kept[k + 1]);
        }
        return out.toString();
    }

    /**
     * The kept spans of the bytes of a page in an ASCII-compatible encoding, when its first 8 KB
     * look like markup; null for anything else (plain text keeps every byte).
     */
    static int[] keptSpansOfMarkup(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, HEAD), StandardCharsets.ISO_8859_1);
        return MARKUP.matcher(head).find() ? keptSpans(new Latin1(page)) : null;
    }

    /**
     * The parts of the page {@link #withoutScriptBodies} keeps, as [start, end) pairs in order: one
     * pair, the whole page, when nothing is left out.
     */
    static int[] keptSpans(CharSequence html) {
        int[] spans = null;
        int n = 0;
        int copied = 0;
        int i = indexOf(html, '<', 0);
        while (i >= 0 && i + 1 < html.length()) {
            String name = emptiedAt(html, i + 1);
            if (name == null) {
                i = indexOf(html, '<', i + 1);
                continue;
            }
            int openEnd = tagEnd(html, i + 1 + name.length());
            if (openEnd < 0) {
                break;
            }
            if (html.charAt(openEnd - 1) == '/') {
                i = indexOf(html, '<', openEnd); // <svg .../>: nothing inside
                continue;
            }
            int close = closingTag(html, name, openEnd + 1);
            if (close < 0) {
                break;
            }
            boolean jsonLd = name.equals("script") && indexOfIgnoreCase(html, "ld+json", i, openEnd) >= 0;
            if (!jsonLd && close > openEnd + 1) {
                if (spans == null) {
                    spans = new int[16];
                } else if (n + 2 > spans.length) {
                    spans = Arrays.copyOf(spans, spans.length * 2);
                }
                spans[n++] = copied;
                spans[n++] = openEnd + 1;
                copied = close;
            }
            i = indexOf(html, '<', close + 1);
        }
        if (spans == null) {
            return new int[]{0, html.length()};
        }
        if (n + 2 > spans.length) {
            spans = Arrays.copyOf(spans, n + 2);
        }
        spans[n++] = copied;
        spans[n++] = html.length();
        return n == spans.length ? spans : Arrays.copyOf(spans, n);
    }

    /**
     * The spans cut so that they hold at most {@code max} characters ({@code max <= 0}: no cut); the
     * same array when they fit.
     */
    static int[] upTo(int[] spans, long max) {
        long left = max;
        for (int k = 0; k < spans.length && max > 0; k += 2) {
            int len = spans[k + 1] - spans[k];
            if (len > left) {
                int[] cut = Arrays.copyOf(spans, k + 2);
                cut[k + 1] = spans[k] + (int) left;
                return cut;
            }
            left -= len;
        }
        return spans;
    }

    /** The characters of {@code spans} of a string, in order, as one stream. */
    static final class SpansReader extends Reader {
        private final String s;
        private final int[] spans;
        private int k;
        private int pos;

        SpansReader(String s, int[] spans) {
            this.s = s;
            this.spans = spans;
            this.pos = spans[0];
        }

        @Override
        public int read(char[] buf, int off, int len) {
            Objects.checkFromIndexSize(off, len, buf.length);
            if (len == 0) {
                return 0;
            }
            int n = 0;
            while (n < len && k < spans.length) {
                int end = spans[k + 1];
                if (pos >= end) {
                    k += 2;
                    if (k < spans.length) {
                        pos = spans[k];
                    }
                    continue;
                }
                int take = Math.min(len - n, end - pos);
                s.getChars(pos, pos + take, buf, off + n);
                pos += take;
                n += take;
            }
            return n == 0 ? -1 : n;
        }

        @Override
        public void close() {
        }
    }

    /** The emptied element a start tag opens at {@code at} (just after its '<'), or null. */
    private static String emptiedAt(CharSequence html, int at) {
        if (at >= html.length() || EMPTIED_FIRST.indexOf(html.charAt(at) | 0x20) < 0) {
            return null; // most tags: no emptied name starts with their first letter
        }
        for (String name : EMPTIED) {
            int end = at + name.length();
            if (end < html.length() && asciiMatchesIgnoreCase(html, at, name)) {
                char c = html.charAt(end);
                if (c == '>' || c == '/' || isHtmlSpace(c)) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * Where the closing tag {@code </name} of an element whose content starts at {@code from} starts;
     * -1 if nowhere. SVG nests (an icon inside a figure), so inner {@code <svg} tags are counted;
     * script and style content is raw text, where the first closing tag ends it.
     */
    private static int closingTag(CharSequence html, String name, int from) {
        boolean nests = name.equals("svg");
        int depth = 0;
        for (int i = indexOf(html, '<', from); i >= 0; i = indexOf(html, '<', i + 1)) {
            boolean close = i + 1 < html.length() && html.charAt(i + 1) == '/';
            int at = close ? i + 2 : i + 1;
            if (!(close || nests) || !tagNameAt(html, at, name)) {
                continue;
            }
            if (!close) {
                int end = tagEnd(html, at + name.length());
                if (end > 0 && html.charAt(end - 1) != '/') {
                    depth++;
                }
            } else if (depth == 0) {
                return i;
            } else {
                depth--;
            }
        }
        return -1;
    }

    private static boolean tagNameAt(CharSequence html, int at, String name) {
        int end = at + name.length();
        return end <= html.length() && asciiMatchesIgnoreCase(html, at, name)
                && (end == html.length() || html.charAt(end) == '>' || html.charAt(end) == '/'
                || isHtmlSpace(html.charAt(end)));
    }

    /** The '>' that ends a start tag, quotes in attribute values respected; -1 if none. */
    private static int tagEnd(CharSequence html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(CharSequence s, String what, int from, int to) {
        for (int i = from; i + what.length() <= to; i++) {
            if (asciiMatchesIgnoreCase(s, i, what)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code s} has {@code lower} (lower-case ASCII) at {@code at}, ASCII letters in either
     * case; as the HTML tokenizer reads tag names (no other character folds to an ASCII letter).
     */
    private static boolean asciiMatchesIgnoreCase(CharSequence s, int at, String lower) {
        for (int j = 0; j < lower.length(); j++) {
            char c = s.charAt(at + j);
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The HTML tokenizer's whitespace: tab, line feed, form feed, carriage return, space. */
    private static boolean isHtmlSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }

    /** The first {@code c} at or after {@code from}; -1 if none. */
    static int indexOf(CharSequence s, char c, int from) {
        if (s instanceof String str) {
            return str.indexOf(c, from);
        }
        if (s instanceof Latin1 bytes) {
            return bytes.indexOf(c, from);
        }
        for (int i = Math.max(from, 0); i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Bytes read one char each (ISO-8859-1): the ASCII of any ASCII-compatible encoding is where it is. */
    static final class Latin1 implements CharSequence {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private static final long ONES = 0x0101010101010101L;
        private static final long HIGHS = 0x8080808080808080L;
        private final byte[] b;

        Latin1(byte[] b) {
            this.b = b;
        }

        @Override
        public int length() {
            return b.length;
        }

        @Override
        public char charAt(int i) {
            return (char) (b[i] & 0xFF);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new String(b, start, end - start, StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return new String(b, StandardCharsets.ISO_8859_1);
        }

        /** The first {@code c} (ASCII) at or after {@code from}, eight bytes at a time; -1 if none. */
        int indexOf(char c, int from) {
            int i = Math.max(from, 0);
            int n = b.length;
            long pattern = ONES * c;
            while (i + 8 <= n) {
                long x = (long) LONGS.get(b, i) ^ pattern;
                // a zero byte in x is a c in the page; the lowest flagged byte is the first one
                long found = (x - ONES) & ~x & HIGHS;
                if (found != 0) {
                    return i + (Long.numberOfTrailingZeros(found) >>> 3);
                }
                i += 8;
            }
            for (; i < n; i++) {
                if (b[i] == c) {
                    return i;
                }
            }
            return -1;
        }
    }
}
