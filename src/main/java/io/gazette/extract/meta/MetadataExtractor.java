package io.gazette.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the page says about itself. Each field is a cascade: JSON-LD first (the most
 * deliberate statement a publisher makes), then meta tags, then what the visible page shows.
 */
public final class MetadataExtractor {

    public PageMetadata extract(Document doc) {
        List<JsonNode> jsonLd = JsonLd.objects(doc);
        JsonNode article = JsonLd.article(jsonLd);
        Map<String, List<String>> metaTags = metaTags(doc);
        PageMetadata partial = new PageMetadata(jsonLd, article, metaTags, null, null, null, null, null, List.of());

        return new PageMetadata(jsonLd, article, metaTags,
                canonicalUrl(doc, partial),
                blankToNull(doc.select("html").attr("lang")),
                title(doc, partial),
                description(partial),
                siteName(partial),
                authors(doc, partial));
    }

    static Map<String, List<String>> metaTags(Document doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String key = m.hasAttr("property") ? m.attr("property")
                    : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop")
                    : m.attr("http-equiv");
            String value = m.attr("content").trim();
            if (!key.isBlank() && !value.isEmpty()) {
                out.computeIfAbsent(key.trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
            }
        }
        return out;
    }

    static String canonicalUrl(Document doc, PageMetadata m) {
        for (Element link : doc.select("link[rel~=(?i)^canonical$][href]")) {
            String abs = link.absUrl("href");
            if (abs.startsWith("http")) {
                return abs;
            }
        }
        String og = m.meta("og:url");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        String ld = JsonLd.text(m.jsonLdArticle(), "url");
        return ld != null && ld.startsWith("http") ? ld : null;
    }

    /**
     * The on-page headline when the page has one that agrees with what the metadata says; otherwise
     * the metadata title, otherwise the {@code <title>} without the site's name.
     */
    static String title(Document doc, PageMetadata m) {
        String ldHeadline = JsonLd.text(m.jsonLdArticle(), "headline");
        String metaTitle = m.firstMeta(MetaSelectors.TITLE_META);
        String titleTag = clean(doc.title());
        String h1 = null;
        Element h = doc.selectFirst(MetaSelectors.HEADLINE_SELECTOR);
        if (h != null) {
            h1 = clean(h.text());
        }
        List<String> declared = new ArrayList<>();
        for (String s : new String[]{ldHeadline, metaTitle, titleTag}) {
            if (s != null && !s.isBlank()) {
                declared.add(clean(s));
            }
        }
        if (h1 != null && h1.length() >= 8) {
            String key = normal(h1);
            for (String d : declared) {
                if (normal(d).contains(key)) {
                    return h1;
                }
            }
        }
        if (ldHeadline != null) {
            return clean(ldHeadline);
        }
        if (metaTitle != null) {
            return stripSiteName(clean(metaTitle), m);
        }
        if (titleTag != null && !titleTag.isEmpty()) {
            return stripSiteName(titleTag, m);
        }
        return h1;
    }

    /** "Headline | Site" -> "Headline": drop the segment naming the site, else keep the longest segment. */
    static String stripSiteName(String title, PageMetadata m) {
        String[] parts = MetaSelectors.TITLE_SEPARATORS.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = m.firstMeta(MetaSelectors.SITE_NAME_META);
        String best = parts[0];
        for (String p : parts) {
            if (site != null && normal(p).equals(normal(site))) {
                continue;
            }
            if (p.length() > best.length()) {
                best = p;
            }
        }
        return best.trim();
    }

    static String description(PageMetadata m) {
        String d = m.firstMeta(MetaSelectors.DESCRIPTION_META);
        if (d == null) {
            d = JsonLd.text(m.jsonLdArticle(), "description");
        }
        return d == null ? null : clean(d);
    }

    static String siteName(PageMetadata m) {
        String s = m.meta("og:site_name");
        if (s == null && m.jsonLdArticle() != null) {
            s = JsonLd.text(m.jsonLdArticle(), "publisher");
        }
        if (s == null) {
            s = m.firstMeta(MetaSelectors.SITE_NAME_META);
        }
        return s == null || s.startsWith("@") || s.startsWith("http") ? null : clean(s);
    }

    static List<String> authors(Document doc, PageMetadata m) {
        List<String> raw = new ArrayList<>(JsonLd.names(m.jsonLdArticle(), "author"));
        if (raw.isEmpty()) {
            for (String key : MetaSelectors.AUTHOR_META) {
                List<String> v = m.metaTags().get(key);
                if (v != null) {
                    raw.addAll(v);
                }
                if (!raw.isEmpty()) {
                    break;
                }
            }
        }
        Set<String> names = new LinkedHashSet<>(cleanNames(raw));
        if (names.isEmpty()) {
            for (Element e : doc.select(MetaSelectors.BYLINE_SELECTOR)) {
                String t = e.text();
                if (t.length() <= 120) {
                    names.addAll(cleanNames(List.of(t)));
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
        }
        return List.copyOf(names);
    }

    /** Bylines into person names: lead-ins removed, lists split, non-names dropped. */
    public static List<String> cleanNames(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            String s = clean(r);
            if (s == null) {
                continue;
            }
            s = MetaSelectors.BYLINE_PREFIX.matcher(s).replaceFirst("");
            for (String part : MetaSelectors.AUTHOR_SPLIT.split(s)) {
                String name = MetaSelectors.BYLINE_PREFIX.matcher(part.trim()).replaceFirst("").trim();
                if (isPlausibleName(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    static boolean isPlausibleName(String s) {
        if (s.length() < 3 || s.length() > 60 || MetaSelectors.NOT_A_NAME.matcher(s).find()) {
            return false;
        }
        String[] words = s.split("\\s+");
        return words.length >= 1 && words.length <= 5 && Character.isUpperCase(s.codePointAt(0));
    }

    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\u2018\u2019\u201c\u201d\\s]+", " ").trim();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
