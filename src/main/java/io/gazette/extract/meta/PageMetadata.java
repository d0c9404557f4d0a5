package io.gazette.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * What the page says about itself in markup: JSON-LD, meta tags, link tags, the html element.
 * Raw material for the later steps (title, authors, dates, language), kept in one place so that
 * the page is walked for it once.
 *
 * @param jsonLd       every JSON-LD object, flattened (see {@link JsonLd})
 * @param jsonLdArticle the object that describes the article, or null
 * @param metaTags     meta tag values by lower-cased name/property/itemprop, in document order
 * @param canonicalUrl {@code <link rel=canonical>} or og:url, absolute, or null
 * @param htmlLang     the {@code lang} of the html element, or null
 */
public record PageMetadata(List<JsonNode> jsonLd, JsonNode jsonLdArticle, Map<String, List<String>> metaTags,
                           String canonicalUrl, String htmlLang, String title, String description,
                           String siteName, List<String> authors) {

    public static final PageMetadata EMPTY = new PageMetadata(List.of(), null, Map.of(), null, null, null, null,
            null, List.of());

    /** The first value of a meta tag, or null. */
    public String meta(String key) {
        List<String> v = metaTags.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The first of several meta tags that has a value. */
    public String firstMeta(List<String> keys) {
        for (String k : keys) {
            String v = meta(k);
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
