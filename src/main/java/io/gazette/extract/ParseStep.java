package io.gazette.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

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
        if (cap <= 0 || startTags(w.html, cap) < cap) {
            w.doc = Jsoup.parse(w.html, base, Parser.htmlParser());
            return;
        }
        // Only pages with at least `cap` start tags get here: the streaming parser costs a little more.
        StreamParser parser = new StreamParser(Parser.htmlParser()).parse(w.html, base);
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
        int n = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char c = html.charAt(i + 1);
            if (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && ++n >= limit) {
                break;
            }
        }
        return n;
    }
}
