package io.gazette.extract;

import io.gazette.extract.meta.MetadataExtractor;

/**
 * JSON-LD, meta tags and link tags. For a record without a URL (a saved page, a text dump) the
 * page's own canonical URL stands in.
 */
public final class MetadataStep implements Step {
    private final MetadataExtractor extractor = new MetadataExtractor();

    @Override
    public String name() {
        return "metadata";
    }

    @Override
    public void apply(PageWork w) {
        if (w.doc == null) {
            return;
        }
        w.meta = extractor.extract(w.doc);
        w.title = w.meta.title();
        if (w.url == null && w.meta.canonicalUrl() != null) {
            w.url = w.meta.canonicalUrl();
        }
    }
}
