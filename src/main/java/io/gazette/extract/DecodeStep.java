package io.gazette.extract;

import io.gazette.io.TextDecoder;

/**
 * Bytes to text with the charset cascade of {@link TextDecoder} (HTTP header, BOM, meta, detection;
 * a declared charset that does not fit the bytes is not trusted), then the configured cap on the
 * characters handed to the parser. A markup page read as UTF-8, most pages, is decoded without the
 * content of its scripts, styles and inline SVG ({@link ScriptBodies}): no step reads it, and
 * decoding it cost more than the rest of the page. The cap counts the characters decoded.
 */
public final class DecodeStep implements Step {

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public void apply(PageWork w) {
        String text;
        if (w.raw.text() != null) {
            // JSON Lines carry pages already decoded
            text = w.raw.text();
            w.charset = "UTF-8";
            w.charsetSource = "input";
        } else {
            TextDecoder.Decoded d = TextDecoder.decode(w.raw.body(), w.raw.contentType(),
                    ScriptBodies::keptSpansOfMarkup);
            text = d.text();
            w.scriptBodiesOut = d.spansOnly();
            w.charset = d.charset();
            w.charsetSource = d.source();
        }
        int cap = w.options.extract().maxHtmlChars();
        if (text.length() > cap) {
            text = text.substring(0, cap);
            w.truncated = true;
        }
        w.html = text;
    }
}
