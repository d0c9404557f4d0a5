package io.gazette.extract;

import io.gazette.extract.outlet.Outlets;

/**
 * The outlet is the registrable domain of the URL the page was fetched from (not of its canonical
 * URL: a syndicated copy names the original publisher there, but it was published by the site
 * that served it). Pages without any URL fall back to the canonical URL, then to the domain the
 * text names, then to "unknown".
 */
public final class OutletStep implements Step {
    public static final String UNKNOWN = "unknown";

    @Override
    public String name() {
        return "outlet";
    }

    @Override
    public void apply(PageWork w) {
        String outlet = Outlets.fromUrl(w.url);
        if (outlet == null) {
            outlet = Outlets.fromUrl(w.meta.canonicalUrl());
        }
        if (outlet == null) {
            outlet = Outlets.mentionedInText(w.isPlainText() ? w.plainText : null);
        }
        w.outlet = outlet == null ? UNKNOWN : outlet;
    }
}
