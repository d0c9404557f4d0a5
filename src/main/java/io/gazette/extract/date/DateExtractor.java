package io.gazette.extract.date;

import io.gazette.extract.meta.JsonLd;
import io.gazette.extract.meta.PageMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date with an explicit, ordered cascade, recording which rung answered:
 * JSON-LD, then meta tags, then {@code <time>} elements, then the URL path, then visible text.
 * A candidate later than the fetch time or before 1990 is passed over.
 */
public final class DateExtractor {

    /** Meta keys that state the original publication time, most deliberate first. */
    static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datepublished", "publishdate", "publish-date", "pubdate", "pub_date",
            "parsely-pub-date", "sailthru.date", "article.published", "dc.date.issued", "dcterms.issued",
            "dc.date.created", "dc.date", "dcterms.date", "date", "citation_publication_date",
            "cxenseparse:recs:publishtime", "rnews:datepublished", "displaydate", "originalpublicationdate");
    static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time", "datemodified",
            "dc.date.modified", "dcterms.modified", "last-modified", "lastmod");

    /** /2022/09/08/, /2022-09-08/, /20220908 in a URL path. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?:[/_.-]|$)"
                    + "|[/_-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[/_.-]|\\d{0,6}(?:[/_.-]|$))");

    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    /** Publishers' clocks and time zones are sloppy; a date a little after the crawl is still plausible. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(26);

    public PublicationDate fromHtml(Document doc, PageMetadata meta, String url, Instant fetchedAt) {
        Instant modified = instant(DateParsing.parseMachine(
                first(JsonLd.text(meta.jsonLdArticle(), "dateModified"), meta.firstMeta(MODIFIED_META))));

        PublicationDate d = accept(DateParsing.parseMachine(JsonLd.text(meta.jsonLdArticle(), "datePublished")),
                "json-ld", modified, fetchedAt);
        if (d == null && meta.jsonLdArticle() == null) {
            for (var obj : meta.jsonLd()) {
                d = accept(DateParsing.parseMachine(JsonLd.text(obj, "datePublished")), "json-ld", modified, fetchedAt);
                if (d != null) {
                    break;
                }
            }
        }
        for (int i = 0; d == null && i < PUBLISHED_META.size(); i++) {
            String key = PUBLISHED_META.get(i);
            d = accept(DateParsing.parseMachine(meta.meta(key)), "meta:" + key, modified, fetchedAt);
        }
        if (d == null) {
            d = fromTimeElements(doc, modified, fetchedAt);
        }
        if (d == null) {
            d = fromUrl(url, modified, fetchedAt);
        }
        return d;
    }

    /**
     * For plain-text pages: the first plausible date among the date lines (they come in reading
     * order, so the one by the headline wins over a "related story" date further down), then the URL.
     */
    public PublicationDate fromText(List<String> dateLines, String url, Instant fetchedAt) {
        for (String line : dateLines) {
            PublicationDate d = accept(DateParsing.parseText(line), "text", null, fetchedAt);
            if (d != null) {
                return d;
            }
        }
        return fromUrl(url, null, fetchedAt);
    }

    private PublicationDate fromTimeElements(Document doc, Instant modified, Instant fetchedAt) {
        Element t = doc.selectFirst("article time[datetime], [itemprop=datePublished][datetime], "
                + "[itemprop=datePublished][content], time[pubdate], time[datetime]");
        if (t == null) {
            return null;
        }
        String v = t.hasAttr("datetime") ? t.attr("datetime") : t.attr("content");
        return accept(DateParsing.parseMachine(v), "time-element", modified, fetchedAt);
    }

    PublicationDate fromUrl(String url, Instant modified, Instant fetchedAt) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return null;
        }
        int base = m.group(1) != null ? 1 : 4;
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(base)), Integer.parseInt(m.group(base + 1)),
                    Integer.parseInt(m.group(base + 2)));
            return accept(new DateParsing.Parsed(day, null, null), "url", modified, fetchedAt);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static PublicationDate accept(DateParsing.Parsed p, String source, Instant modified, Instant fetchedAt) {
        if (p == null || p.day().isBefore(EARLIEST)) {
            return null;
        }
        Instant at = instant(p);
        Instant limit = (fetchedAt != null ? fetchedAt : Instant.now()).plus(FUTURE_TOLERANCE);
        if ((at != null && at.isAfter(limit))
                || p.day().atStartOfDay().toInstant(ZoneOffset.UTC).isAfter(limit)) {
            return null;
        }
        return new PublicationDate(at, p.offset() == null ? null : p.offset().getId(), p.day(), source, modified);
    }

    /** The instant when the source gave a time and a zone; a time without a zone is not an instant. */
    private static Instant instant(DateParsing.Parsed p) {
        if (p == null || p.time() == null || p.offset() == null) {
            return null;
        }
        return p.day().atTime(p.time()).toInstant(p.offset());
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
