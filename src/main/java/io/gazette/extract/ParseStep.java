package io.gazette.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

import java.io.Reader;
import java.util.Iterator;
import java.util.regex.Pattern;

/**
 * Decides whether the page is markup or plain text, and parses markup into a DOM. Plain-text
 * dumps are recognised by content (a .txt may hold HTML, a record labelled HTML may be text).
 * The DOM is capped at {@code extract.max-dom-elements}: a page of a few MB of tiny tags would
 * otherwise build a DOM of hundreds of MB.
 */
public final class ParseStep implements Step {
    private static final Pattern MARKUP = Pattern.compile(
            "(?is)<(!doctype\\s+html|html|head|body|meta|title|div|p|article|script|link)[\\s>/]");

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public void apply(PageWork w) {
        String head = w.html.length() > 8192 ? w.html.substring(0, 8192) : w.html;
        boolean markup = MARKUP.matcher(head).find();
        if (!markup) {
            w.plainText = w.html;
            return;
        }
        // the base URI makes relative canonical links absolute
        String base = w.url == null ? "" : w.url;
        int cap = w.options.extract().maxDomElements();
        // the parser reads the kept spans in place: no copy of the page without its scripts
        int[] kept = keptSpans(w.html);
        if (cap <= 0 || startTags(w.html, kept, cap) < cap) {
            w.doc = Parser.htmlParser().parseInput(new SpansReader(w.html, kept), base);
            return;
        }
        // Only pages with at least `cap` start tags get here: the streaming parser costs a little more.
        StreamParser parser = new StreamParser(Parser.htmlParser()).parse(new SpansReader(w.html, kept), base);
        Iterator<Element> done = parser.iterator();
        int n = 0;
        while (done.hasNext()) {
            // elements come out as they close; the document itself comes last
            if (!(done.next() instanceof Document) && ++n > cap) {
                parser.stop();
                w.truncated = true;
                break;
            }
        }
        w.doc = parser.document();
    }

    /** Elements whose content no step reads (JSON-LD scripts excepted) and that are often most of a page. */
    private static final String[] EMPTIED = {"script", "style", "svg"};
    /** The first letters of {@link #EMPTIED}, lower case. */
    private static final String EMPTIED_FIRST = "s";

    /**
     * The page with the content of its scripts, style sheets and inline SVG left out, JSON-LD
     * scripts kept whole; the elements themselves stay. On the eval pages scripts and styles are
     * 58% of the characters, and parsing them was 40% of jsoup's time. No step reads them: text,
     * dates and entities skip these elements, metadata reads only JSON-LD. A script or style ends at
     * the first closing tag of its name, as the HTML tokenizer ends their data; an SVG at its matching
     * closing tag; an element without one keeps the rest of the page as it is. The step does not
     * build this string: the parser streams {@link #keptSpans} through {@link SpansReader}; the
     * tests compare the two.
     */
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
     * The parts of the page {@link #withoutScriptBodies} keeps, as [start, end) pairs in order: one
     * pair, the whole page, when nothing is left out.
     */
    static int[] keptSpans(String html) {
        int[] spans = null;
        int n = 0;
        int copied = 0;
        int i = html.indexOf('<');
        while (i >= 0 && i + 1 < html.length()) {
            String name = emptiedAt(html, i + 1);
            if (name == null) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            int openEnd = tagEnd(html, i + 1 + name.length());
            if (openEnd < 0) {
                break;
            }
            if (html.charAt(openEnd - 1) == '/') {
                i = html.indexOf('<', openEnd); // <svg .../>: nothing inside
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
                    spans = java.util.Arrays.copyOf(spans, spans.length * 2);
                }
                spans[n++] = copied;
                spans[n++] = openEnd + 1;
                copied = close;
            }
            i = html.indexOf('<', close + 1);
        }
        if (spans == null) {
            return new int[]{0, html.length()};
        }
        if (n + 2 > spans.length) {
            spans = java.util.Arrays.copyOf(spans, n + 2);
        }
        spans[n++] = copied;
        spans[n++] = html.length();
        return n == spans.length ? spans : java.util.Arrays.copyOf(spans, n);
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
            java.util.Objects.checkFromIndexSize(off, len, buf.length);
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
    private static String emptiedAt(String html, int at) {
        if (at >= html.length() || EMPTIED_FIRST.indexOf(html.charAt(at) | 0x20) < 0) {
            return null; // most tags: no emptied name starts with their first letter
        }
        for (String name : EMPTIED) {
            int end = at + name.length();
            if (end < html.length() && html.regionMatches(true, at, name, 0, name.length())) {
                char c = html.charAt(end);
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
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
    private static int closingTag(String html, String name, int from) {
        boolean nests = name.equals("svg");
        int depth = 0;
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
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

    private static boolean tagNameAt(String html, int at, String name) {
        int end = at + name.length();
        return end <= html.length() && html.regionMatches(true, at, name, 0, name.length())
                && (end == html.length() || html.charAt(end) == '>' || html.charAt(end) == '/'
                || Character.isWhitespace(html.charAt(end)));
    }

    /** The '>' that ends a start tag, quotes in attribute values respected; -1 if none. */
    private static int tagEnd(String html, int from) {
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

    private static int indexOfIgnoreCase(String s, String what, int from, int to) {
        char first = Character.toLowerCase(what.charAt(0));
        for (int i = from; i + what.length() <= to; i++) {
            if (Character.toLowerCase(s.charAt(i)) == first && s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Start tags ('<' then a letter), counted up to {@code limit}: an upper bound on parsed elements. */
    static int startTags(String html, int limit) {
        return startTags(html, new int[]{0, html.length()}, limit);
    }

    /** As above, in the given [start, end) spans of {@code html} only. */
    static int startTags(String html, int[] spans, int limit) {
        int n = 0;
        for (int k = 0; k < spans.length; k += 2) {
            int end = spans[k + 1];
            for (int i = html.indexOf('<', spans[k]); i >= 0 && i + 1 < end; i = html.indexOf('<', i + 1)) {
                char c = html.charAt(i + 1);
                if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && ++n >= limit) {
                    return n;
                }
            }
        }
        return n;
    }
}
