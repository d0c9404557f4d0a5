package io.gazette.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import io.gazette.extract.meta.JsonLd;
import io.gazette.extract.meta.PageMetadata;
import org.jsoup.nodes.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date with an explicit, ordered cascade and records which rung answered
 * ({@link PublicationDate#source()}).
 *
 * <p>Rungs, most deliberate statement first:
 * <ol>
 *   <li>JSON-LD {@code datePublished} (then dateCreated, uploadDate) of the object that is the
 *       article: an Article/Posting type whose url/@id names the page, else the first one, also inside
 *       {@code @graph} and arrays ("json-ld:datePublished");</li>
 *   <li>meta tags in {@link DatePatterns#META_PUBLISHED} order: article:published_time, og:, parsely,
 *       sailthru, DC./dcterms issued, pubdate, itemprop metas ... ("meta:&lt;key&gt;");</li>
 *   <li>datePublished of other JSON-LD objects (a WebPage) ("json-ld-other:datePublished");</li>
 *   <li>date markup near the headline: itemprop=datePublished, {@code <time datetime>} with pubdate
 *       or a published class or label, else the one nearest the headline ("markup:itemprop",
 *       "markup:time");</li>
 *   <li>the URL path: /2022/09/08/, 2022-09-08, 20220908 ("url");</li>
 *   <li>visible text: a date after a publication label in any supported language
 *       ("text:first-published", "text:veröffentlicht", "text:publié"...), then the dateline by the
 *       headline, in a date/byline element or on a short line of its own ("text:dateline",
 *       "text:near-headline"), nearest first;</li>
 *   <li>weak evidence: generic meta keys (date, dc.date, created), date markup far from the headline,
 *       a labelled date in the page footer;</li>
 *   <li>relative dates ("3 hours ago", "vor 3 Stunden"), only with a fetch time ("text:relative").</li>
 * </ol>
 * Never considered: anything inside comments, reader letters, related/recommended-story lists,
 * captions, navigation; page furniture (site header, sidebar, footer) only for a labelled date as a
 * last resort; dates inside prose (a long line whose date does not open it).
 *
 * <p>The first plausible candidate wins ({@link Plausibility}: not after the fetch, not before 1990
 * outside archives; a date from the page's furniture must not be later than the stated modification).
 * Dates stated as modified (dateModified, article:modified_time, "Updated:") are never returned as
 * published; only a page that shows its readers nothing but when it was last updated ("Last updated:
 * ..." by its headline, else in a byline, a {@code <time>} or a footer line further away) gets that
 * day, marked {@value #MODIFIED_ONLY}. A stated date more than a day after the URL's full date is a
 * re-publication: the URL's day is the original ("url-original"). A day-only winner is completed
 * with the time (and zone) of another candidate of the same day: the URL's midnight never overrides a
 * timestamp, it only ever gives a day.
 *
 * <p>Zone and local day ({@link #resolve}): the page's stated offset; else a zone abbreviation read
 * for the outlet's country (IST is India, Israel or Ireland); else the outlet's clock from
 * {@link OutletContext} when it has one (marked ";zone=..." and in {@code zoneSource}); else only the
 * day. The local day is the day in the publisher's stated clock, with the exceptions documented on
 * {@link #resolve}.
 */
public final class DateExtractor {

    /** One candidate value for the published or the modified date. */
    record Candidate(DateParsing.Parsed value, String source, int rung, int order) {
    }

    private static final Set<String> PREFERRED_LD = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report", "posting",
            "videoobject", "podcastepisode", "review", "recipe", "howto");

    /** Text dates further than this (in characters) from the headline are not the article's. */
    static final int NEAR_LABELLED = 2500;
    static final int NEAR_DATEISH = 1500;
    static final int NEAR_PLAIN = 400;
    /** A line of visible text longer than this is prose: its unlabelled dates are not a dateline. */
    static final int MAX_DATELINE = 160;

    /** How far into a line a date may start and still open it. */
    static final int DATELINE_OPENING = 30;

    /**
     * Whether a date opens its line: before it at most three capitalised words and punctuation, as in
     * a news dateline ("BERLIN, 8. September (dpa) -", "Karlsruhe, (12.11.2021).", "(18.01.2018) ...",
     * "27.1.2022 - ..."), not a sentence ("Der Sender war seit dem 24. November 2021 ...").
     */
    static boolean opensLine(CharSequence t, int pos) {
        int start = lineStart(t, pos);
        if (pos - start > DATELINE_OPENING) {
            return false;
        }
        int words = 0;
        for (String w : t.subSequence(start, pos).toString().trim().split("[\\s,;:()|/-]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (++words > 3 || (Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0)))) {
                return false;
            }
        }
        return true;
    }

    static int lineStart(CharSequence t, int pos) {
        int a = pos;
        while (a > 0 && t.charAt(a - 1) != '\n') {
            a--;
        }
        return a;
    }

    /** Length of the line (between line breaks of the page text) that holds a position. */
    static int lineLength(CharSequence t, int pos) {
        int a = pos;
        while (a > 0 && t.charAt(a - 1) != '\n') {
            a--;
        }
        int b = pos;
        while (b < t.length() && t.charAt(b) != '\n') {
            b++;
        }
        return b - a;
    }

    // ------------------------------------------------------------------ HTML pages

    /** Kept for callers without outlet knowledge. */
    public PublicationDate fromHtml(Document doc, PageMetadata meta, String url, Instant fetchedAt) {
        return fromHtml(doc, meta, url, fetchedAt, OutletContext.UNKNOWN, null);
    }

    /**
     * @param context what is known or assumed about the outlet (country, zone, order)
     * @param hints   what the Spark job learned about the outlet, or null (its order beats the page's
     *                own numeric evidence, not a month-name date on the same page)
     */
    public PublicationDate fromHtml(Document doc, PageMetadata meta, String url, Instant fetchedAt,
                                    OutletContext context, OutletHints hints) {
        return fromHtml(doc, meta, url, fetchedAt, context, hints, null);
    }

    /**
     * Every candidate each rung offered, in the order they were weighed, and the context used: for
     * {@code inspect --explain} and for reading failures.
     */
    public List<String> explainHtml(Document doc, PageMetadata meta, String url, Instant fetchedAt,
                                    OutletContext context, OutletHints hints) {
        List<String> trace = new ArrayList<>();
        PublicationDate d = fromHtml(doc, meta, url, fetchedAt, context, hints, trace);
        trace.add("=> " + d);
        return trace;
    }

    private PublicationDate fromHtml(Document doc, PageMetadata meta, String url, Instant fetchedAt,
                                     OutletContext context, OutletHints hints, List<String> trace) {
        PageMetadata m = meta == null ? PageMetadata.EMPTY : meta;
        List<String> titles = new ArrayList<>();
        if (m.title() != null) {
            titles.add(m.title());
        }
        if (!doc.title().isBlank()) {
            titles.add(doc.title());
        }
        PageText page = PageText.of(doc, titles);
        OutletContext base = context == null ? OutletContext.UNKNOWN : context;
        List<DateParsing.Mention> dayFirst = DateParsing.findAll(page.text, base.withOrder(DayMonthOrder.DMY, "probe"),
                fetchedAt, relativeFrom(page), relativeTo(page));
        OutletContext ctx = withPageOrder(dayFirst, page.text, base, hints);
        Plausibility plausible = new Plausibility(fetchedAt, Plausibility.isArchive(url));

        List<Candidate> published = new ArrayList<>();
        List<Candidate> modified = new ArrayList<>();
        List<Candidate> shownLate = new ArrayList<>();
        jsonLd(m, url, ctx, published, modified);
        meta(m, ctx, published, modified); // value= metas are in m already (MetadataExtractor.metaTags)
        markup(page, ctx, published, modified, shownLate);
        DateParsing.Parsed urlDay = fromUrl(url, ctx.order());
        if (urlDay != null) {
            published.add(new Candidate(urlDay, "url", 5, 0));
        }
        text(page, dayFirst, ctx, published, modified, shownLate);
        if (trace != null) {
            trace.add("context " + ctx + " headline@" + page.headlineStart + " region=" + page.hasRegion);
            published.stream().sorted(Comparator.comparingInt(Candidate::rung).thenComparingInt(Candidate::order))
                    .forEach(c -> trace.add("published " + c));
            modified.forEach(c -> trace.add("modified " + c));
            shownLate.forEach(c -> trace.add("shown update " + c));
        }
        return decide(published, modified, shownLate, plausible, ctx, urlDay, page.headlineStart >= 0);
    }

    /*
     * Where text() can use a relative date ("3 hours ago"): within NEAR_LABELLED of the headline
     * (distance counts double before it), anywhere on a page without one. A match starts there; the
     * margin lets one that starts at the edge end beyond it.
     */
    static int relativeFrom(PageText page) {
        return page.headlineStart < 0 ? 0 : page.headlineStart - NEAR_LABELLED / 2 - TextWindows.MARGIN;
    }

    static int relativeTo(PageText page) {
        return page.headlineStart < 0 ? Integer.MAX_VALUE
                : Math.max(page.headlineStart, page.headlineEnd) + NEAR_LABELLED + 2 * TextWindows.MARGIN;
    }

    // ------------------------------------------------------------------ plain-text pages

    /** Kept for callers without outlet knowledge. */
    public PublicationDate fromText(List<String> dateLines, String url, Instant fetchedAt) {
        return fromText(dateLines, null, url, fetchedAt, OutletContext.UNKNOWN, null);
    }

    /**
     * For plain-text pages: the date lines the text extractor picked (nearest the headline first). A
     * line with a "published" label wins; then the first line with a date; then the URL.
     *
     * @param fullText the whole page text, for day/month order evidence (may be null)
     */
    public PublicationDate fromText(List<String> dateLines, String fullText, String url, Instant fetchedAt,
                                    OutletContext context, OutletHints hints) {
        String evidenceText = fullText != null ? fullText : String.join("\n", dateLines);
        OutletContext base = context == null ? OutletContext.UNKNOWN : context;
        OutletContext ctx = withPageOrder(DateParsing.findAll(evidenceText, base.withOrder(DayMonthOrder.DMY, "probe"),
                null), evidenceText, base, hints);
        Plausibility plausible = new Plausibility(fetchedAt, Plausibility.isArchive(url));
        List<Candidate> published = new ArrayList<>();
        List<Candidate> modified = new ArrayList<>();
        int i = 0;
        for (String line : dateLines) {
            for (DateParsing.Mention x : DateParsing.findAll(line, ctx, fetchedAt)) {
                Label l = label(line, x.start());
                if (l.modified()) {
                    modified.add(new Candidate(x.value(), "text:" + l.name(), 6, i));
                } else if (x.relative()) {
                    published.add(new Candidate(x.value(), "text:relative", 8, i));
                } else if (l.name() != null) {
                    published.add(new Candidate(x.value(), "text:" + l.name(), 6, i));
                } else {
                    published.add(new Candidate(x.value(), "text:date-line", 7, i));
                }
                i++;
            }
        }
        DateParsing.Parsed urlDay = fromUrl(url, ctx.order());
        if (urlDay != null) {
            published.add(new Candidate(urlDay, "url", 5, 0));
        }
        return decide(published, modified, List.of(), plausible, ctx, urlDay, true);
    }

    // ------------------------------------------------------------------ day/month order

    /**
     * The order to read this page's ambiguous numeric dates with: (1) agreement of an ambiguous
     * numeric date with a month-name date on the same page ("Sep 08, 2022" ... "08-09-2022"), (2) the
     * learned hint, (3) the page's unambiguous numeric dates, (4) the outlet's conventions.
     */
    static OutletContext withPageOrder(List<DateParsing.Mention> mentions, CharSequence text, OutletContext ctx,
                                       OutletHints hints) {
        int dmy = 0, mdy = 0;
        Set<LocalDate> named = new java.util.HashSet<>();
        for (DateParsing.Mention x : mentions) {
            if (!x.value().guessedOrder() && !x.relative()) {
                named.add(x.value().day());
            }
        }
        for (DateParsing.Mention x : mentions) {
            if (x.value().guessedOrder()) {
                LocalDate asDmy = x.value().day();
                LocalDate asMdy = DateParsing.date(asDmy.getYear(), asDmy.getDayOfMonth(), asDmy.getMonthValue());
                if (named.contains(asDmy) && !named.contains(asMdy)) {
                    dmy++;
                } else if (asMdy != null && named.contains(asMdy) && !named.contains(asDmy)) {
                    mdy++;
                }
            }
        }
        if (dmy > mdy) {
            return ctx.withOrder(DayMonthOrder.DMY, "page-agreement");
        }
        if (mdy > dmy) {
            return ctx.withOrder(DayMonthOrder.MDY, "page-agreement");
        }
        if (hints != null && hints.order() != null) {
            return ctx.withOrder(hints.order(), "hint");
        }
        DayMonthOrder own = OrderEvidence.of(text).decide(1);
        return own == null ? ctx : ctx.withOrder(own, "page-evidence");
    }

    // ------------------------------------------------------------------ rungs

    private static void jsonLd(PageMetadata m, String url, OutletContext ctx, List<Candidate> published,
                               List<Candidate> modified) {
        List<JsonNode> objects = m.jsonLd();
        if (objects == null || objects.isEmpty()) {
            return;
        }
        JsonNode main = mainObject(objects, url, m.canonicalUrl());
        int order = 0;
        if (main != null) {
            for (String f : DatePatterns.JSONLD_PUBLISHED) {
                DateParsing.Parsed p = DateParsing.parseMachine(JsonLd.text(main, f), ctx);
                if (p != null) {
                    published.add(new Candidate(p, "json-ld:" + f, 1, order++));
                }
            }
            DateParsing.Parsed mod = DateParsing.parseMachine(JsonLd.text(main, "dateModified"), ctx);
            if (mod != null) {
                modified.add(new Candidate(mod, "json-ld:dateModified", 1, 0));
            }
        }
        for (JsonNode o : objects) {
            if (o == main || !o.isObject()) {
                continue;
            }
            String type = typeName(o);
            if (type.equals("person") || type.equals("organization") || type.contains("breadcrumb")
                    || type.equals("website") || type.equals("imageobject") || type.equals("comment")) {
                continue;
            }
            DateParsing.Parsed p = DateParsing.parseMachine(JsonLd.text(o, "datePublished"), ctx);
            if (p != null) {
                published.add(new Candidate(p, "json-ld-other:datePublished", 3, order++));
            }
            if (main == null) {
                DateParsing.Parsed mod = DateParsing.parseMachine(JsonLd.text(o, "dateModified"), ctx);
                if (mod != null) {
                    modified.add(new Candidate(mod, "json-ld-other:dateModified", 3, 0));
                }
            }
        }
    }

    /** The JSON-LD object that is the article: a preferred type whose url matches the page, else the first. */
    static JsonNode mainObject(List<JsonNode> objects, String url, String canonical) {
        JsonNode first = null;
        for (JsonNode o : objects) {
            if (o.isObject() && preferred(o)) {
                first = o;
                break;
            }
        }
        if (first == null) {
            // a generic WebPage/CreativeWork with a datePublished is still better than nothing
            for (JsonNode o : objects) {
                if (o.isObject() && JsonLd.hasType(o, JsonLd.ARTICLE_TYPES) && o.has("datePublished")) {
                    return o;
                }
            }
            return null;
        }
        // the page's own URL first: the canonical URL may itself have been read from the first JSON-LD object
        for (String u : new String[]{normUrl(url), normUrl(canonical)}) {
            if (u == null) {
                continue;
            }
            for (JsonNode o : objects) {
                if (o.isObject() && preferred(o) && namesUrl(o, u)) {
                    return o;
                }
            }
        }
        return first;
    }

    /** Whether the object's url, @id or mainEntityOfPage is the (normalised) URL. */
    private static boolean namesUrl(JsonNode o, String u) {
        for (String f : List.of("url", "@id", "mainEntityOfPage")) {
            JsonNode v = o.get(f);
            String s = v == null ? null : v.isObject() ? JsonLd.text(v, "@id") : v.asText();
            if (u.equals(normUrl(s))) {
                return true;
            }
        }
        return false;
    }

    private static boolean preferred(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return false;
        }
        for (JsonNode one : t.isArray() ? t : List.of(t)) {
            String s = one.asText().toLowerCase(Locale.ROOT);
            if (PREFERRED_LD.contains(s) || s.endsWith("article") || s.endsWith("posting")) {
                return true;
            }
        }
        return false;
    }

    private static String typeName(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return "";
        }
        String s = t.isArray() ? (t.size() > 0 ? t.get(0).asText() : "") : t.asText();
        return s.toLowerCase(Locale.ROOT);
    }

    static String normUrl(String u) {
        if (u == null || u.isBlank()) {
            return null;
        }
        String s = u.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        int q = s.indexOf('?');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        int h = s.indexOf('#');
        if (h >= 0) {
            s = s.substring(0, h);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static void meta(PageMetadata m, OutletContext ctx, List<Candidate> published, List<Candidate> modified) {
        int order = 0;
        for (String key : DatePatterns.META_PUBLISHED) {
            DateParsing.Parsed p = DateParsing.parseMachine(m.meta(key), ctx);
            if (p != null) {
                published.add(new Candidate(p, "meta:" + key, 2, order++));
            }
        }
        for (var e : m.metaTags().entrySet()) {
            String key = e.getKey();
            if (e.getValue().isEmpty() || DatePatterns.META_PUBLISHED.contains(key)
                    || !DatePatterns.META_PUBLISHED_KEY.matcher(key).find()) {
                continue;
            }
            String v = e.getValue().get(0);
            DateParsing.Parsed p = DateParsing.parseMachine(v, ctx);
            if (p == null && v.length() <= 60) {
                p = DateParsing.parseText(v, ctx); // "July 17, 2025"
            }
            if (p != null) {
                published.add(new Candidate(p, "meta:" + key, 2, order++));
            }
        }
        for (String key : DatePatterns.META_WEAK) {
            DateParsing.Parsed p = DateParsing.parseMachine(m.meta(key), ctx);
            if (p != null) {
                published.add(new Candidate(p, "meta:" + key, 7, order++));
            }
        }
        for (String key : DatePatterns.META_MODIFIED) {
            DateParsing.Parsed p = DateParsing.parseMachine(m.meta(key), ctx);
            if (p != null) {
                modified.add(new Candidate(p, "meta:" + key, 2, order++));
            }
        }
    }

    /**
     * Date markup. Near the headline (or anywhere in the article region of a page without one) it is
     * rung 4; further away it ranks after the URL and the text by the headline (rung 7): themes stamp
     * every teaser in a list with the same itemprop. A {@code <time>} without a published/updated
     * class takes its kind from the label before it ("Updated: <time>").
     */
    private static void markup(PageText page, OutletContext ctx, List<Candidate> published, List<Candidate> modified,
                               List<Candidate> shownLate) {
        String t = page.text;
        for (PageText.Markup x : page.markup) {
            if ((x.flags() & PageText.ANY_EXCLUSION) != 0) {
                continue;
            }
            DateParsing.Parsed p = DateParsing.parseMachine(x.value(), ctx);
            if (p == null && x.element().normalName().equals("time")) {
                p = DateParsing.parseText(x.element().text(), ctx);
            }
            if (p == null) {
                continue;
            }
            boolean noHeadline = page.headlineStart < 0;
            int dist = noHeadline ? x.offset() : page.distance(x.offset());
            boolean near = noHeadline ? (x.flags() & PageText.IN_REGION) != 0 || !page.hasRegion
                    : dist <= NEAR_DATEISH;
            String source = x.element().hasAttr("itemprop") ? "markup:itemprop" : "markup:time";
            String kind = x.kind();
            if (kind.isEmpty()) {
                Label l = label(t, x.offset());
                kind = l.modified() ? "modified" : l.name() != null ? "published" : "";
            }
            int rung = near ? 4 : 7;
            if (kind.equals("modified")) {
                modified.add(new Candidate(p, source, rung, dist));
                if (!near && x.element().normalName().equals("time") && !x.element().text().isBlank()) {
                    shownLate.add(new Candidate(p, source, 7, dist)); // "Page last modified <time>Jan. 17, 2025</time>"
                }
            } else if (kind.equals("published")) {
                published.add(new Candidate(p, source, rung, dist));
            } else if (near) {
                published.add(new Candidate(p, source, 4, 100_000 + dist));
            }
        }
    }

    private static void text(PageText page, List<DateParsing.Mention> dayFirst, OutletContext ctx,
                             List<Candidate> published, List<Candidate> modified, List<Candidate> shownLate) {
        String t = page.text;
        for (DateParsing.Mention found : dayFirst) {
            DateParsing.Mention x = found.reordered(ctx.order());
            int flags = page.flagsAt(x.start());
            if ((flags & PageText.EXCLUDED) != 0) {
                continue;
            }
            if ((flags & PageText.FURNITURE) != 0) {
                // a footer's "Erschienen am: 01.11.2023" still names the page's date: last resort
                Label l = label(t, x.start());
                if (l.name() != null && !l.modified() && !x.relative()) {
                    published.add(new Candidate(x.value(), "text:" + l.name(), 7, 30_000 + x.start()));
                } else if (l.modified() && !x.relative()) {
                    // a footer's "Last updated: November 13, 2025": what the page says of itself
                    shownLate.add(new Candidate(x.value(), "text:" + l.name(), 7, 30_000 + x.start()));
                }
                continue;
            }
            int dist = page.distance(x.start());
            boolean noHeadline = page.headlineStart < 0;
            boolean dateish = (flags & PageText.DATEISH) != 0;
            boolean inRegion = (flags & PageText.IN_REGION) != 0 || !page.hasRegion;
            Label l = label(t, x.start());
            if (l.modified()) {
                if (dist <= NEAR_LABELLED || (noHeadline && inRegion)) {
                    // without a headline, the first in the article region is the page's own
                    modified.add(new Candidate(x.value(), "text:" + l.name(), 6, noHeadline ? x.start() : dist));
                } else if (!x.relative()) {
                    // far from the headline: the byline's "Updated March 13, 2024" under a product
                    // grid, or a last-updated line at the article's end; a date element first
                    shownLate.add(new Candidate(x.value(), "text:" + l.name(), 7,
                            (dateish && inRegion ? 0 : 10_000) + (noHeadline ? x.start() : dist)));
                }
                continue;
            }
            if (x.relative()) {
                if (dist <= NEAR_DATEISH && (dateish || dist <= NEAR_PLAIN)) {
                    published.add(new Candidate(x.value(), "text:relative", 8, dist));
                }
                continue;
            }
            // a long line is prose, unless the date opens it ("27.1.2022 - Bei der Erinnerung ...",
            // "(18.01.2018) Deutschlands Landwirte ...": the news dateline)
            int line = opensLine(t, x.start()) ? 0 : lineLength(t, x.start());
            if (l.name() != null) {
                // a labelled date is the page's statement wherever it stands (footers say "Erschienen am");
                // the nearer the headline, the likelier it is the article's own: a labelled date far
                // away ranks after an unlabelled one in a date element by the headline
                // "originally published" / "first published" say which of the page's dates is the
                // original, wherever they stand (a footer note under a re-dated story)
                boolean original = l.name().startsWith("originally") || l.name().startsWith("first");
                int rank = noHeadline ? x.start() : dist <= NEAR_LABELLED || original ? dist : 60_000 + dist;
                published.add(new Candidate(x.value(), "text:" + l.name(), 6, rank));
            } else if (line > MAX_DATELINE) {
                continue; // a date inside prose ("the sender failed on 24 November") is not the article's
            } else if (dateish && (dist <= NEAR_DATEISH || (noHeadline && inRegion))) {
                published.add(new Candidate(x.value(), "text:dateline", 6, 50_000 + (noHeadline ? x.start() : dist)));
            } else if (dist <= NEAR_PLAIN) {
                // a short line right by the headline is a dateline even without a date class; it
                // competes with the classed ones by distance (doubled: a class is the better sign)
                published.add(new Candidate(x.value(), "text:near-headline", 6, 50_000 + 2 * dist));
            }
        }
    }

    /** The label standing right before a date: "published"/"modified" class and its normalised words. */
    record Label(String name, boolean modified) {
        static final Label NONE = new Label(null, false);
    }

    static Label label(CharSequence text, int dateStart) {
        int from = Math.max(0, dateStart - DatePatterns.LABEL_WINDOW);
        String before = text.subSequence(from, dateStart).toString();
        int cut = Math.max(before.lastIndexOf('\n', before.length() - 2), -1);
        // allow one line break between label and date ("Veröffentlicht am" / "08.09.2022"), not two
        int cut2 = cut > 0 ? before.lastIndexOf('\n', cut - 1) : -1;
        if (cut2 >= 0) {
            before = before.substring(cut2 + 1);
        }
        String folded = DatePatterns.LabelWords.fold(before);
        int pEnd = -1, mEnd = -1;
        String pName = null, mName = null;
        if (DatePatterns.PUBLISHED_LABEL.mayMatch(folded)) {
            Matcher p = DatePatterns.PUBLISHED_LABEL.pattern.matcher(before);
            while (p.find()) {
                pEnd = p.end();
                pName = p.group(1);
            }
        }
        if (DatePatterns.MODIFIED_LABEL.mayMatch(folded)) {
            Matcher m = DatePatterns.MODIFIED_LABEL.pattern.matcher(before);
            while (m.find()) {
                mEnd = m.end();
                mName = m.group(1);
            }
        }
        if (pEnd < 0 && mEnd < 0) {
            return Label.NONE;
        }
        // the label nearest the date is the one that belongs to it, unless digits (another date) stand between
        boolean modifiedNearer = mEnd > pEnd;
        int end = modifiedNearer ? mEnd : pEnd;
        if (hasFourDigits(before, end)) {
            return Label.NONE;
        }
        String name = SPACES.matcher((modifiedNearer ? mName : pName).toLowerCase(Locale.ROOT).trim()).replaceAll("-");
        return new Label(name, modifiedNearer);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * Whether {@code s} from {@code from} on is one line holding four ASCII digits in a row (a year,
     * another date): what {@code s.substring(from).matches(".*\\d{4}.*")} said, without a regex.
     */
    static boolean hasFourDigits(String s, int from) {
        int run = 0;
        boolean found = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            found |= run == 4;
        }
        return found;
    }

    /**
     * The day in the URL path, or null: year first (/2022/09/08/, /2022-09-08, /20220908), a named
     * month (/2022/sep/08/), or the year last (/29-10-2021, /08.09.2022), whose first two numbers
     * are read in {@code order} unless one of them is over 12.
     */
    public static DateParsing.Parsed fromUrl(String url, DayMonthOrder order) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]+", "");
        Matcher m = DatePatterns.URL_DATE.matcher(path);
        while (m.find()) {
            int base = m.group(1) != null ? 1 : 4;
            LocalDate d = DateParsing.date(Integer.parseInt(m.group(base)), Integer.parseInt(m.group(base + 1)),
                    Integer.parseInt(m.group(base + 2)));
            if (d != null) {
                return new DateParsing.Parsed(d, null, null);
            }
        }
        m = DatePatterns.URL_NAMED_MONTH.matcher(path);
        while (m.find()) {
            Integer month = DateParsing.month(m.group(2));
            LocalDate d = month == null ? null
                    : DateParsing.date(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3)));
            if (d != null) {
                return new DateParsing.Parsed(d, null, null);
            }
        }
        m = DatePatterns.URL_YEAR_LAST.matcher(path);
        while (m.find()) {
            DateParsing.Parsed d = DateParsing.dayMonth(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(3)), order);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ the decision

    private static PublicationDate decide(List<Candidate> published, List<Candidate> modified,
                                          List<Candidate> shownLate, Plausibility plausible,
                                          OutletContext ctx, DateParsing.Parsed urlDay, boolean headline) {
        Comparator<Candidate> byRung = Comparator.comparingInt(Candidate::rung).thenComparingInt(Candidate::order);
        published.sort(byRung);
        modified.sort(byRung);
        Candidate mod = null;
        for (Candidate c : modified) {
            if (plausible.ok(c.value())) {
                mod = c;
                break;
            }
        }
        Candidate chosen = null;
        for (Candidate c : published) {
            // published <= modified rules out a date from the page's furniture (a later text date, a
            // "today" in the header); a stated publication date (markup, URL) that contradicts a
            // modified stamp is a scheduled post (modified stamped before the release) and stands.
            boolean statement = !c.source().startsWith("text:") && !(c.source().equals("markup:time") && c.order() >= 100_000);
            if (plausible.ok(c.value())
                    && (statement || Plausibility.notAfterModified(c.value(), mod == null ? null : mod.value()))) {
                chosen = c;
                break;
            }
        }
        if (chosen == null) {
            Candidate only = modifiedOnly(modified, shownLate, plausible, headline);
            if (only != null) {
                // The page states no publication date, only when it was last updated: that day is
                // what the page shows its readers as its date, and the article existed by then. It is
                // kept, marked, so that users who want publication dates only can drop it.
                return resolve(new Candidate(only.value(), MODIFIED_ONLY + only.source(), only.rung(), 0), ctx,
                        List.of(), instantOrNull(only.value(), ctx));
            }
            return new PublicationDate(null, null, null, PublicationDate.NONE,
                    mod == null ? null : instantOrNull(mod.value(), ctx), null, null);
        }
        chosen = shownOverResaved(chosen, mod, published, plausible);
        chosen = originalOverRepublished(chosen, urlDay, plausible);
        chosen = withTime(chosen, published, plausible);
        if (mod != null && !Plausibility.notAfterModified(chosen.value(), mod.value())) {
            mod = null; // a modification stamped before the publication is not one
        }
        return resolve(chosen, withPageZone(ctx, published, modified), localDayEvidence(chosen, published, plausible),
                mod == null ? null : instantOrNull(mod.value(), ctx));
    }

    /**
     * The clock the page itself states: the most frequent non-zero numeric offset among its stamps
     * (a "Z" JSON-LD next to a {@code <time datetime="...-08:00">} of the same article). It is the
     * best evidence of the publisher's zone there is, better than any convention, so it replaces the
     * outlet's zone for reading a "Z" stamp. The offset is read as the clock that gives it on the
     * dates it was stated ({@link PageClock}): a January -06:00 is a clock at -05:00 in July.
     */
    static OutletContext withPageZone(OutletContext ctx, List<Candidate> published, List<Candidate> modified) {
        java.util.Map<ZoneOffset, List<Instant>> stated = new java.util.HashMap<>();
        for (List<Candidate> list : List.of(published, modified)) {
            for (Candidate c : list) {
                ZoneOffset o = c.value().offset();
                if (o != null && o.getTotalSeconds() != 0 && c.value().zoneNote() == null) {
                    Instant at = c.value().hasTime() ? c.value().instant()
                            : c.value().day().atTime(12, 0).toInstant(o);
                    stated.computeIfAbsent(o, k -> new ArrayList<>()).add(at);
                }
            }
        }
        return stated.entrySet().stream()
                .max(java.util.Map.Entry.<ZoneOffset, List<Instant>>comparingByValue(
                                Comparator.comparingInt(List::size))
                        .thenComparing(e -> e.getKey().getTotalSeconds()))
                .map(e -> ctx.withZone(PageClock.zoneOf(e.getKey(), e.getValue(), ctx.zone()),
                        "page:" + e.getKey().getId()))
                .orElse(ctx);
    }

    /** Source prefix of a date taken from a page that states only its last update. */
    public static final String MODIFIED_ONLY = "modified-only:";

    /**
     * The update date a page shows its readers, when it shows no publication date: first one by its
     * headline ("Last updated: Dec 12, 2025"), else one shown further away ({@code shownLate}: a
     * labelled update in a byline far below the headline, a {@code <time>} after "Page last
     * modified", a "Last updated:" line in the page footer, as government and reference pages
     * state it), nearest first. A dateModified only in markup is not used: readers never see it,
     * and on pages with no visible date it is as often a template's or a migration's stamp as the
     * article's.
     */
    private static Candidate modifiedOnly(List<Candidate> modified, List<Candidate> shownLate, Plausibility plausible,
                                          boolean headline) {
        for (Candidate c : modified) {
            // on a page whose headline was not found, text() kept only labels in the article region
            if (c.rung() == 6 && (c.order() <= NEAR_LABELLED || !headline) && plausible.ok(c.value())) {
                return c;
            }
        }
        return shownLate.stream().filter(c -> plausible.ok(c.value()))
                .min(Comparator.comparingInt(Candidate::order)).orElse(null);
    }

    /** How close (in days) a publication stamp may be to the modification stamp and still be a re-save. */
    static final int RESAVE_DAYS = 2;

    /**
     * How much earlier (in days) than a re-saved stamp a date shown by the headline must be to be
     * taken as the original. Re-saves that rewrite datePublished come with content refreshes and
     * migrations, months after the first publication; a date a few days before the stamp is as often
     * another item's (a linked story, an event) as the article's.
     */
    static final int REISSUE_GAP_DAYS = 30;

    /**
     * A publication stamp in markup that is the modification stamp (same day, give or take
     * {@value #RESAVE_DAYS}) records the last save, not the first publication: CMS migrations, page
     * builders and "refresh" workflows rewrite both fields together. When the page shows a date by
     * its headline (a published label, a dateline, date markup near the headline) more than
     * {@value #REISSUE_GAP_DAYS} days earlier, that shown date is the original publication, as the
     * URL's day is for a re-published story ({@link #originalOverRepublished}).
     */
    static Candidate shownOverResaved(Candidate chosen, Candidate mod, List<Candidate> published,
                                      Plausibility plausible) {
        if (chosen.rung() > MACHINE_RUNG || mod == null
                || Math.abs(chosen.value().day().toEpochDay() - mod.value().day().toEpochDay()) > RESAVE_DAYS) {
            return chosen;
        }
        for (Candidate c : published) {
            if (!shownByHeadline(c) || !plausible.ok(c.value())) {
                continue;
            }
            // the page's own best visible date decides; one read with a guessed day/month order is
            // too weak to overturn a stamp
            long earlier = chosen.value().day().toEpochDay() - c.value().day().toEpochDay();
            return earlier > REISSUE_GAP_DAYS && !c.value().guessedOrder() ? c : chosen;
        }
        return chosen;
    }

    /** A date readers see by the headline: date markup near it, a labelled date or a dateline near it. */
    private static boolean shownByHeadline(Candidate c) {
        return (c.rung() == 4 && c.source().startsWith("markup:"))
                || (c.rung() == 6 && c.source().startsWith("text:") && c.order() < 60_000);
    }

    /** Rungs up to here are statements in markup (JSON-LD, meta, other JSON-LD); after: page furniture. */
    static final int MACHINE_RUNG = 3;

    /**
     * Days the page shows for itself that are independent of the chosen stamp: the URL's day, and a
     * visible date next to the headline. Used to correct the day of a stamp whose clock is not the
     * publisher's (see {@link #resolve}).
     */
    private static List<Candidate> localDayEvidence(Candidate chosen, List<Candidate> published,
                                                    Plausibility plausible) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : published) {
            boolean urlDay = c.rung() == 5;
            boolean shownDay = c.rung() == 4 && c.source().equals("markup:itemprop") && !c.value().hasTime();
            if (c != chosen && plausible.ok(c.value()) && (urlDay || shownDay)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * A URL's full date is set when the story is first filed and never changes; a stated publication
     * date more than a day after it is a re-publication (a site moved to a new CMS, a story pushed
     * again), so the URL's day is the original publication ("url-original").
     */
    private static Candidate originalOverRepublished(Candidate chosen, DateParsing.Parsed urlDay,
                                                     Plausibility plausible) {
        if (urlDay == null || chosen.rung() >= 5 || !plausible.ok(urlDay) || urlDay.guessedOrder()) {
            return chosen; // a day read in a guessed order is too weak to overturn a stated date
        }
        long later = chosen.value().day().toEpochDay() - urlDay.day().toEpochDay();
        return later > 1 ? new Candidate(urlDay, "url-original", 5, 0) : chosen;
    }

    /** A day-only (or zone-less) choice completed by a same-day candidate that has a time (and zone). */
    private static Candidate withTime(Candidate chosen, List<Candidate> all, Plausibility plausible) {
        DateParsing.Parsed v = chosen.value();
        if (v.hasTime() && v.hasZone() && !isMidnight(v)) {
            return chosen;
        }
        Candidate best = null;
        for (Candidate c : all) {
            DateParsing.Parsed o = c.value();
            if (c == chosen || !o.hasTime() || isMidnight(o) || !o.day().equals(v.day()) || !plausible.ok(o)) {
                continue;
            }
            boolean better = best == null || (o.hasZone() && !best.value().hasZone());
            if (better && (!v.hasTime() || isMidnight(v) || o.hasZone())) {
                best = c;
            }
        }
        return best == null ? chosen : best;
    }

    /** 00:00:00 exactly usually means "no time given" (a CMS filling a date-only field). */
    static boolean isMidnight(DateParsing.Parsed p) {
        return p.time() != null && p.time().equals(LocalTime.MIDNIGHT);
    }

    /**
     * Instant, offset and local day of the chosen value.
     *
     * <p>The local day is the day in the clock the page states: CMSs write their stamps in the
     * publisher's configured zone (WordPress writes the site's offset, "+00:00" for a site set to UTC,
     * which then shows UTC days to its readers), so that day is the one the publisher shows. A UTC
     * stamp is moved into another clock only on evidence:
     * <ul>
     *   <li>the page states another offset elsewhere (a {@code <time datetime="...-08:00">} next to a
     *       "+00:00" JSON-LD): that is the publisher's clock ("zone=page:-08:00");</li>
     *   <li>the stamp is written with a literal "Z", the mark of code that normalised an instant
     *       (JavaScript's toISOString, Java's Instant) rather than of a clock set to UTC, and the
     *       outlet's zone is known well ({@link #strongZone}: hint, ccTLD, place name, one-clock
     *       language);</li>
     *   <li>the URL's day (or a shown day-only datePublished) is the next or previous day and a
     *       plausible clock shift turns the stamp into it: at most 9 hours from UTC, 3 hours from
     *       another stated offset ("day=url", "day=markup").</li>
     * </ul>
     * A wall-clock time without zone takes the outlet's clock when it has one; when the shown day
     * proves it was UTC (a CMS dropping the "Z"), it is read as UTC (";utc").
     */
    private static PublicationDate resolve(Candidate c, OutletContext ctx, List<Candidate> dayEvidence,
                                           Instant modifiedAt) {
        DateParsing.Parsed v = c.value();
        String source = c.source();
        if (!v.hasTime() || isMidnight(v)) {
            return new PublicationDate(null, null, v.day(), source, modifiedAt, null, null);
        }
        if (v.offset() != null) {
            Instant at = v.instant();
            String stated = v.zoneNote() == null ? v.offset().getId() : null;
            String zs = v.zoneNote() == null ? null : "abbr:" + v.zoneNote();
            String src = zs == null ? source : source + ";zone=" + zs;
            boolean pageZone = ctx.zoneSource() != null && ctx.zoneSource().startsWith("page:");
            if (v.offset().getTotalSeconds() == 0 && ctx.zone() != null && (pageZone || (v.zulu() && strongZone(ctx)))) {
                ZonedDateTime local = at.atZone(ctx.zone());
                return new PublicationDate(at, local.getOffset().getId(), local.toLocalDate(),
                        source + ";zone=" + ctx.zoneSource(), modifiedAt, stated, ctx.zoneSource());
            }
            for (Candidate e : dayEvidence) {
                if (shiftFits(v, e.value().day())) {
                    String how = e.rung() == 5 ? "url" : "markup";
                    return new PublicationDate(at, v.offset().getId(), e.value().day(), src + ";day=" + how,
                            modifiedAt, stated, how + "-day");
                }
            }
            return new PublicationDate(at, v.offset().getId(), v.day(), src, modifiedAt, stated, zs);
        }
        if (v.zone() != null) {
            ZoneOffset off = v.effectiveOffset();
            String zs = "abbr:" + v.zoneNote();
            return new PublicationDate(v.instant(), off.getId(), v.day(), source + ";zone=" + zs, modifiedAt, null, zs);
        }
        // A time without any zone. When the page shows the next or previous day (URL, a shown
        // datePublished) and the time read as UTC lands on that day in the outlet's clock, the stamp
        // was UTC (a CMS dropping the "Z"); otherwise it is the outlet's wall clock.
        DateParsing.Parsed asUtc = new DateParsing.Parsed(v.day(), v.time(), ZoneOffset.UTC);
        for (Candidate e : dayEvidence) {
            if (shiftFits(asUtc, e.value().day())) {
                String how = e.rung() == 5 ? "url" : "markup";
                if (ctx.zone() != null) {
                    ZonedDateTime local = asUtc.instant().atZone(ctx.zone());
                    if (local.toLocalDate().equals(e.value().day())) {
                        return new PublicationDate(local.toInstant(), local.getOffset().getId(), local.toLocalDate(),
                                source + ";utc;zone=" + ctx.zoneSource(), modifiedAt, null, ctx.zoneSource());
                    }
                }
                return new PublicationDate(null, null, e.value().day(), source + ";day=" + how, modifiedAt, null,
                        how + "-day");
            }
        }
        if (ctx.zone() != null && ctx.zoneForWallClock()) {
            ZonedDateTime local = ZonedDateTime.of(v.day().atTime(v.time()), ctx.zone());
            return new PublicationDate(local.toInstant(), local.getOffset().getId(), v.day(),
                    source + ";zone=" + ctx.zoneSource(), modifiedAt, null, ctx.zoneSource());
        }
        return new PublicationDate(null, null, v.day(), source, modifiedAt, null, null);
    }

    /**
     * Whether the outlet's zone is known well enough to move a "Z" stamp into it: learned, or from
     * the ccTLD, a place name in the domain or a one-clock language; not from a declared locale region
     * (CMS defaults such as WordPress's en-US say little about where an outlet is).
     */
    static boolean strongZone(OutletContext ctx) {
        String s = ctx.zoneSource();
        return s != null && (s.equals("hint") || s.startsWith("page:") || s.startsWith("tld:") || s.startsWith("place:")
                || s.startsWith("lang:"));
    }

    /** Whether moving the stamp's clock by a plausible shift puts it on {@code day}. */
    static boolean shiftFits(DateParsing.Parsed stamp, LocalDate day) {
        long diff = day.toEpochDay() - stamp.day().toEpochDay();
        if (Math.abs(diff) != 1) {
            return false;
        }
        int secondsOfDay = stamp.time().toSecondOfDay();
        long shift = diff > 0 ? 86_400 - secondsOfDay : -(secondsOfDay + 1L);
        long limit = stamp.offset().getTotalSeconds() == 0 ? 9 * 3600 : 3 * 3600;
        long total = stamp.offset().getTotalSeconds() + shift;
        return Math.abs(shift) <= limit && total >= -12 * 3600 && total <= 14 * 3600;
    }

    private static Instant instantOrNull(DateParsing.Parsed p, OutletContext ctx) {
        Instant i = p.instant();
        if (i == null && p.time() != null && ctx.zone() != null && ctx.zoneForWallClock()) {
            i = ZonedDateTime.of(p.day().atTime(p.time()), ctx.zone()).toInstant();
        }
        return i;
    }
}
