package io.gazette.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * What the page says about itself in markup: JSON-LD, meta tags, link tags, the html element, and
 * the fields read from them. Raw material for the later steps (title, authors, dates, language),
 * kept in one place so that the page is walked for it once.
 *
 * @param jsonLd        every JSON-LD object, flattened (see {@link JsonLd})
 * @param jsonLdArticle the object that describes the article, or null
 * @param metaTags      meta tag values by lower-cased name/property/itemprop, in document order
 * @param canonicalUrl  {@code <link rel=canonical>}, og:url or the JSON-LD url, absolute, or null
 * @param htmlLang      the {@code lang} of the html element, or null
 * @param title         the headline (not the {@code <title>} with the site's name), or null
 * @param description   the standfirst / summary the page declares, or null
 * @param siteName      the publication's name, or null
 * @param authors       person names, cleaned (no "By", roles, URLs, duplicates), at most 10
 * @param section       the section or category the page declares, or null
 * @param tags          keywords / tags the page declares, deduplicated, capped
 * @param topImage      the lead image URL (absolute), or null
 * @param language      the language the page declares (html lang, meta, JSON-LD), as written, or null
 */
public record PageMetadata(List<JsonNode> jsonLd, JsonNode jsonLdArticle, Map<String, List<String>> metaTags,
                           String canonicalUrl, String htmlLang, String title, String description,
                           String siteName, List<String> authors, String section, List<String> tags,
                           String topImage, String language) {

    public static final PageMetadata EMPTY = new PageMetadata(List.of(), null, Map.of(), null, null, null, null,
            null, List.of(), null, List.of(), null, null);

    public PageMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

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
