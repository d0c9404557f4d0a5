package io.gazette.extract;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

import java.util.regex.Pattern;

/**
 * Decides whether the page is markup or plain text, and parses markup into a DOM. Plain-text
 * dumps are recognised by content (a .txt may hold HTML, a record labelled HTML may be text).
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
        w.doc = Jsoup.parse(w.html, w.url == null ? "" : w.url, Parser.htmlParser());
    }
}
