package io.gazette.extract;

import io.gazette.io.TextDecoder;

/**
 * Bytes to text with the charset cascade of {@link TextDecoder} (HTTP header, BOM, meta, detection;
 * a declared charset that does not fit the bytes is not trusted), then the configured cap on the
 * characters handed to the parser. A markup page read as UTF-8, most pages, is not decoded here: the
 * step notes the spans of its bytes without the content of its scripts, styles and inline SVG
 * ({@link ScriptBodies}; no step reads it), and the parser decodes them as it reads, up to the cap,
 * without a string of the whole page. The cap counts the characters handed to the parser.
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
            w.charset = d.charset();
            w.charsetSource = d.source();
            if (d.keptSpans() != null) {
                w.htmlSpans = d.keptSpans(); // the parser decodes them, up to the cap
                return;
            }
            text = d.text();
        }
        int cap = w.options.extract().maxHtmlChars();
        if (text.length() > cap) {
            text = text.substring(0, cap);
            w.truncated = true;
        }
        w.html = text;
    }
}
