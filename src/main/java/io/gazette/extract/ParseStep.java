package io.gazette.extract;

import io.gazette.io.Utf8SpansReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

import java.io.Reader;
import java.util.Iterator;

/**
 * Decides whether the page is markup or plain text, and parses markup into a DOM. Plain-text
 * dumps are recognised by content (a .txt may hold HTML, a record labelled HTML may be text).
 * The DOM is capped at {@code extract.max-dom-elements}: a page of a few MB of tiny tags would
 * otherwise build a DOM of hundreds of MB. The parser reads the page without the content of its
 * scripts, styles and inline SVG ({@link ScriptBodies}), left out by the decode step already for
 * most pages, and at most {@code extract.max-html-chars} of what is left (a plain-text page is cut
 * at as many characters).
 */
public final class ParseStep implements Step {
    @Override
    public String name() {
        return "parse";
    }

    @Override
    public void apply(PageWork w) {
        int maxChars = w.options.extract().maxHtmlChars();
        // the decode step leaves spans only of pages it has read as markup
        if (w.htmlSpans == null && !ScriptBodies.MARKUP.matcher(
                w.html.length() > 8192 ? w.html.substring(0, 8192) : w.html).find()) {
            w.plainText = w.html;
            if (maxChars > 0 && w.plainText.length() > maxChars) {
                w.plainText = w.plainText.substring(0, maxChars);
                w.truncated = true;
            }
            return;
        }
        // The parser reads the kept spans in place (no copy of the page without its script bodies),
        // up to the character cap: bytes of a UTF-8 page decoded as it reads, or a string's chars.
        CharSequence page;
        int[] kept;
        Reader in;
        Utf8SpansReader bytes = null;
        if (w.htmlSpans != null) {
            page = new ScriptBodies.Latin1(w.raw.body());
            kept = w.htmlSpans;
            in = bytes = new Utf8SpansReader(w.raw.body(), kept, maxChars);
        } else {
            page = w.html;
            int[] all = ScriptBodies.keptSpans(w.html);
            kept = ScriptBodies.upTo(all, maxChars);
            w.truncated |= kept != all;
            in = new ScriptBodies.SpansReader(w.html, kept);
        }
        // the base URI makes relative canonical links absolute
        String base = w.url == null ? "" : w.url;
        int cap = w.options.extract().maxDomElements();
        if (cap <= 0 || startTags(page, kept, cap) < cap) {
            w.doc = Parser.htmlParser().parseInput(in, base);
        } else {
            // Only pages with at least `cap` start tags get here: the streaming parser costs a little more.
            StreamParser parser = new StreamParser(Parser.htmlParser()).parse(in, base);
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
        if (bytes != null && bytes.capped()) {
            w.truncated = true;
        }
    }

    /** Start tags ('<' then a letter), counted up to {@code limit}: an upper bound on parsed elements. */
    static int startTags(String html, int limit) {
        return startTags(html, new int[]{0, html.length()}, limit);
    }

    /** As above, in the given [start, end) spans of {@code html} only. */
    static int startTags(CharSequence html, int[] spans, int limit) {
        int n = 0;
        for (int k = 0; k < spans.length; k += 2) {
            int end = spans[k + 1];
            for (int i = ScriptBodies.indexOf(html, '<', spans[k]); i >= 0 && i + 1 < end;
                 i = ScriptBodies.indexOf(html, '<', i + 1)) {
                char c = html.charAt(i + 1);
                if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && ++n >= limit) {
                    return n;
                }
            }
        }
        return n;
    }
}
