package io.gazette.extract;

import io.gazette.io.TextDecoder;

/**
 * Bytes to text with the charset cascade of {@link TextDecoder} (HTTP header, BOM, meta, detection;
 * a declared charset that does not fit the bytes is not trusted). A markup page read as UTF-8, most
 * pages, is not decoded here: the step notes the spans of its bytes without the content of its
 * scripts, styles and inline SVG ({@link ScriptBodies}; no step reads it), and the parser decodes
 * them as it reads, without a string of the whole page.
 */
public final class DecodeStep implements Step {

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public void apply(PageWork w) {
        if (w.raw.text() != null) {
            // JSON Lines carry pages already decoded
            w.html = w.raw.text();
            w.charset = "UTF-8";
            w.charsetSource = "input";
            return;
        }
        TextDecoder.Decoded d = TextDecoder.decode(w.raw.body(), w.raw.contentType(), ScriptBodies::keptSpansOfMarkup);
        w.charset = d.charset();
        w.charsetSource = d.source();
        w.html = d.text();
        w.htmlSpans = d.keptSpans(); // when set, the parser decodes them as it reads
    }
}
