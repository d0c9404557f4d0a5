package io.gazette.extract;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

import java.util.Iterator;

/**
 * Decides whether the page is markup or plain text, and parses markup into a DOM. Plain-text
 * dumps are recognised by content (a .txt may hold HTML, a record labelled HTML may be text).
 * The DOM is capped at {@code extract.max-dom-elements}: a page of a few MB of tiny tags would
 * otherwise build a DOM of hundreds of MB. The parser reads the page without the content of its
 * scripts, styles and inline SVG ({@link ScriptBodies}), left out by the decode step already for
 * most pages.
 */
public final class ParseStep implements Step {
    @Override
    public String name() {
        return "parse";
    }

    @Override
    public void apply(PageWork w) {
        // the decode step leaves script bodies out only of pages it has read as markup
        boolean markup = w.scriptBodiesOut
                || ScriptBodies.MARKUP.matcher(w.html.length() > 8192 ? w.html.substring(0, 8192) : w.html).find();
        if (!markup) {
            w.plainText = w.html;
            return;
        }
        // the base URI makes relative canonical links absolute
        String base = w.url == null ? "" : w.url;
        int cap = w.options.extract().maxDomElements();
        // the parser reads the kept spans in place: no copy of the page without its scripts
        int[] kept = w.scriptBodiesOut ? new int[]{0, w.html.length()} : ScriptBodies.keptSpans(w.html);
        if (cap <= 0 || startTags(w.html, kept, cap) < cap) {
            w.doc = Parser.htmlParser().parseInput(new ScriptBodies.SpansReader(w.html, kept), base);
            return;
        }
        // Only pages with at least `cap` start tags get here: the streaming parser costs a little more.
        StreamParser parser = new StreamParser(Parser.htmlParser()).parse(new ScriptBodies.SpansReader(w.html, kept), base);
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
