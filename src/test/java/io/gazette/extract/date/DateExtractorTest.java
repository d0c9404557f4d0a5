package io.gazette.extract.date;

import io.gazette.extract.meta.MetadataExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cascade on small hand-written pages, one rule per test. */
class DateExtractorTest {
    static final Instant FETCH = Instant.parse("2022-09-10T00:00:00Z");
    static final Instant LATER = Instant.parse("2024-01-01T00:00:00Z");
    final DateExtractor extractor = new DateExtractor();

    PublicationDate run(String html, String url) {
        return run(html, url, FETCH, null);
    }

    PublicationDate run(String html, String url, Instant fetch, OutletHints hints) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        var meta = new MetadataExtractor().extract(doc);
        String outlet = url == null ? null : io.gazette.extract.outlet.Outlets.fromUrl(url);
        // the date step passes the page language; these pages are English unless their TLD says otherwise
        OutletContext ctx = OutletContext.resolve(outlet, meta.htmlLang(), "en", hints);
        return extractor.fromHtml(doc, meta, url, fetch, ctx, hints);
    }

    static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    static final String ARTICLE = "<article><h1>Ministers meet in Tokyo</h1>%s"
            + "<p>During bilateral talks the two ministers agreed to expand the scope of their partnership "
            + "in defence equipment and technology, officials said on Thursday.</p></article>";

    static String article(String meta) {
        return String.format(ARTICLE, meta);
    }

    // ------------------------------------------------------------------ JSON-LD

    @Test
    void jsonLdArticleInsideGraphBeatsTheWebPageObject() {
        String ld = "<script type=application/ld+json>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"datePublished\":\"2015-01-01T00:00:00+00:00\"},"
                + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-09-08T11:21:17+05:30\","
                + "\"dateModified\":\"2022-09-08T12:00:00+05:30\"}]}</script>";
        PublicationDate d = run(page(ld, article("")), "https://example.com/a");
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
        assertEquals(Instant.parse("2022-09-08T05:51:17Z"), d.publishedAt());
        assertEquals("+05:30", d.offset());
        assertEquals("json-ld:datePublished", d.source());
        assertEquals(Instant.parse("2022-09-08T06:30:00Z"), d.modifiedAt());
    }

    @Test
    void jsonLdThatAFrameworkRenderedIntoAnAttributeIsRead() {
        String json = "{&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:&quot;NewsArticle&quot;,"
                + "&quot;datePublished&quot;:&quot;2022-09-08T11:21:17+05:30&quot;}";
        // React: the block set as a property, rendered as an attribute of an empty script
        String react = "<script type=\"application/ld+json\" children=\"" + json + "\"></script>";
        // Remix: the meta export's script:ld+json entry rendered as a meta tag
        String remix = "<meta name=\"script:ld+json\" content=\"" + json + "\">";
        for (String head : List.of(react, remix)) {
            PublicationDate d = run(page(head, article("")), "https://example.com/a");
            assertEquals("json-ld:datePublished", d.source(), head);
            assertEquals(Instant.parse("2022-09-08T05:51:17Z"), d.publishedAt(), head);
        }
    }

    @Test
    void jsonLdArrayAndTheArticleThatMatchesThePageUrl() {
        String ld = "<script type=application/ld+json>[{\"@type\":\"NewsArticle\",\"url\":\"https://example.com/other\","
                + "\"datePublished\":\"2021-01-01\"},{\"@type\":\"NewsArticle\",\"url\":\"https://example.com/a\","
                + "\"datePublished\":\"2022-09-08\"}]</script>";
        assertEquals(LocalDate.of(2022, 9, 8), run(page(ld, article("")), "https://example.com/a").day());
    }

    @Test
    void dateModifiedIsNeverReturnedAsPublished() {
        // htmldate #119: a page whose markup only states dateModified has no publication date
        String ld = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"dateModified\":\"2022-09-08T10:00:00Z\"}</script>"
                + "<meta property=article:modified_time content=2022-09-08T10:00:00Z>";
        PublicationDate d = run(page(ld, article("")), "https://example.com/a");
        assertNull(d.day());
        assertEquals(PublicationDate.NONE, d.source());
        assertEquals(Instant.parse("2022-09-08T10:00:00Z"), d.modifiedAt());
    }

    @Test
    void anUpdatedLineIsNotThePublicationDate() {
        String body = article("<p class=byline>Published 1 September 2022 · Updated 8 September 2022</p>");
        PublicationDate d = run(page("", body), "https://example.com/a");
        assertEquals(LocalDate.of(2022, 9, 1), d.day());
        assertEquals("text:published", d.source());
    }

    @Test
    void aPageThatOnlyShowsItsUpdateIsMarkedAsSuch() {
        PublicationDate d = run(page("", article("<p class=meta>Last updated: 8 September 2022</p>")),
                "https://example.com/a");
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
        assertTrue(d.source().startsWith(DateExtractor.MODIFIED_ONLY), d.source());
    }

    /** Paragraphs enough to put ~4,000 characters of the article between its headline and what follows. */
    static String longProse() {
        return ("<p>During bilateral talks the two ministers agreed to expand the scope of their partnership in "
                + "defence equipment and technology, officials said on Thursday.</p>").repeat(30);
    }

    @Test
    void anUpdateShownFarFromTheHeadlineIsThePagesDateOnlyWhenItShowsNoOther() {
        // the byline under a long product grid; the footer line of a government page; a <time> after its label
        String byline = "<article><h1>Ministers meet in Tokyo</h1>" + longProse()
                + "<div class=article-byline><a href=/a>Ann Smith</a><p class=pub-dates>Updated March 13, 2023</p>"
                + "</div></article>";
        String footer = "<article><h1>Ministers meet in Tokyo</h1>" + longProse() + "</article>"
                + "<footer><p>Last updated: November 13, 2023</p></footer>";
        String time = "<article><h1>Ministers meet in Tokyo</h1>" + longProse()
                + "<p>Page last modified <time datetime=2023-01-17T13:39:16-05:00>Jan. 17, 2023</time></p></article>";
        String title = "<title>Ministers meet in Tokyo</title>"; // so that the headline is found
        for (String[] c : new String[][]{{byline, "2023-03-13"}, {footer, "2023-11-13"}, {time, "2023-01-17"}}) {
            PublicationDate d = run(page(title, c[0]), "https://example.com/a", LATER, null);
            assertEquals(LocalDate.parse(c[1]), d.day(), String.valueOf(d));
            assertTrue(d.source().startsWith(DateExtractor.MODIFIED_ONLY), d.source());
            // a publication date anywhere the cascade reads it wins over such an update
            String stated = "<meta property=article:published_time content=2022-05-02T10:00:00Z>";
            PublicationDate p = run(page(title + stated, c[0]), "https://example.com/a", LATER, null);
            assertEquals(LocalDate.of(2022, 5, 2), p.day(), String.valueOf(p));
        }
        // the nearest shown update wins: the byline's, not the footer's
        String both = "<article><h1>Ministers meet in Tokyo</h1>" + longProse()
                + "<p class=byline>Updated March 13, 2023</p></article><footer><p>Last updated: May 1, 2023</p></footer>";
        assertEquals(LocalDate.of(2023, 3, 13), run(page(title, both), "https://example.com/a", LATER, null).day());
    }

    @Test
    void theDateByTheHeadlineIsNotARelatedGuidesDate() {
        // the declared titles ("Where to Bike in Houston") share words with a related guide's h1, not the headline's
        PublicationDate d = run(io.gazette.extract.TeasersTest.GUIDE, io.gazette.extract.TeasersTest.URL,
                Instant.parse("2025-01-01T00:00:00Z"), null);
        assertEquals(LocalDate.of(2024, 4, 12), d.day(), String.valueOf(d));
    }

    // ------------------------------------------------------------------ meta tags and the URL

    @Test
    void theUrlsMidnightNeverOverridesPublishedTime() {
        // htmldate #55: the URL says the 7th (a day only), the meta tag gives the full time
        String head = "<meta property=article:published_time content=2022-09-08T11:21:17+05:30>";
        PublicationDate d = run(page(head, article("")), "https://example.com/2022/09/07/story");
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
        assertEquals("meta:article:published_time", d.source());
    }

    @Test
    void aDayOnlyValueTakesTheTimeOfTheSameDay() {
        String ld = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-09-08\"}</script>"
                + "<meta property=article:published_time content=2022-09-08T11:21:17+05:30>";
        PublicationDate d = run(page(ld, article("")), "https://example.com/a");
        assertEquals(Instant.parse("2022-09-08T05:51:17Z"), d.publishedAt());
        assertEquals("meta:article:published_time", d.source(), "the timestamp's source answers");
    }

    @Test
    void metaKeysOfOtherVocabularies() {
        for (String key : List.of("name=parsely-pub-date", "name=sailthru.date", "name=DC.date.issued",
                "name=pubdate", "itemprop=datePublished", "property=og:published_time")) {
            String head = "<meta " + key + " content=2022-09-08T11:21:17+02:00>";
            assertEquals(LocalDate.of(2022, 9, 8), run(page(head, article("")), "https://example.com/a").day(), key);
        }
        // some pages carry the value in value= instead of content=
        String head = "<meta name=article:published_time value=2022-09-08T11:21:17Z>";
        assertEquals(LocalDate.of(2022, 9, 8), run(page(head, article("")), "https://example.com/a").day());
    }

    @Test
    void vendorPrefixedAndBareMetaKeys() {
        for (String key : List.of("w-published-date", "cXenseParse:publishtime", "shareaholic:article_published_time",
                "bt:pubDate", "published", "published_at", "date-pub", "og:publish_date", "DCSext.articleFirstPublished")) {
            String head = "<meta name=\"" + key + "\" content=\"2022-09-08T11:21:17+02:00\">";
            PublicationDate d = run(page(head, article("")), "https://example.com/a");
            assertEquals(LocalDate.of(2022, 9, 8), d.day(), key);
            assertEquals("meta:" + key.toLowerCase(java.util.Locale.ROOT), d.source(), key);
        }
        // a written-out date in such a key is read too
        PublicationDate d = run(page("<meta name=published content=\"September 7, 2022\">", article("")),
                "https://example.com/a");
        assertEquals(LocalDate.of(2022, 9, 7), d.day());
        // keys that only look alike: the publisher, a page type, a bare clock time
        for (String head : List.of("<meta name=publisher content=2020-01-01>",
                "<meta name=publishedType content=2020-01-01>", "<meta name=publish_time content=21:28>",
                "<meta name=auto-publish content=2020-01-01>")) {
            assertNull(run(page(head, article("")), "https://example.com/a").day(), head);
        }
    }

    @Test
    void urlDateWhenNothingElse() {
        for (String url : List.of("https://example.com/2022/09/08/story", "https://example.com/news-20220908-story",
                "https://example.com/2022-09-08/story")) {
            PublicationDate d = run(page("", article("")), url);
            assertEquals(LocalDate.of(2022, 9, 8), d.day(), url);
            assertEquals("url", d.source());
        }
    }

    @Test
    void urlDateWithANamedMonthOrTheYearLast() {
        // the Guardian's /yyyy/mon/dd/ path, and the year-last forms of European CMSs
        assertEquals(LocalDate.of(2022, 9, 8),
                run(page("", article("")), "https://example.com/world/2022/sep/08/story").day());
        assertEquals(LocalDate.of(2021, 10, 29),
                run(page("", article("")), "https://example.com/media-news/meldungen/29-10-2021").day());
        assertEquals(LocalDate.of(2022, 1, 25),
                run(page("", article("")), "https://example.com/news/01-25-2022/story").day(), "month first: 25 is no month");
        assertNull(run(page("", article("")), "https://example.com/news/12-25-2022/story").day(), "after the fetch");
        // ambiguous: read in the outlet's order, here its country's (a .de outlet day first, a .com month first)
        assertEquals(LocalDate.of(2022, 9, 8), run(page("", article("")), "https://example.de/news/08.09.2022/story").day());
        assertEquals(LocalDate.of(2022, 8, 9), run(page("", article("")), "https://example.com/news/08.09.2022/story").day());
        assertEquals("url", run(page("", article("")), "https://example.de/news/08.09.2022/story").source());
    }

    @Test
    void urlYearLastFollowsTheOutletsOrder() {
        assertEquals(LocalDate.of(2022, 9, 8), DateExtractor.fromUrl("https://example.com/a/08-09-2022", DayMonthOrder.DMY).day());
        assertEquals(LocalDate.of(2022, 8, 9), DateExtractor.fromUrl("https://example.com/a/08-09-2022", DayMonthOrder.MDY).day());
        assertEquals(LocalDate.of(2022, 9, 13), DateExtractor.fromUrl("https://example.com/a/13-09-2022", DayMonthOrder.MDY).day());
    }

    @Test
    void aYearLastUrlDayOverturnsAStatedDateOnlyWhenItsOrderIsCertain() {
        String ld = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-09-05T10:00:00+02:00\"}</script>";
        // 05-09-2022 read month first (.com) is May 9, months before the stated day; read day first it
        // is the stated day itself: the order is a guess, so it is no sign of a re-publication
        PublicationDate guessed = run(page(ld, article("")), "https://example.com/news/05-09-2022/story");
        assertEquals(LocalDate.of(2022, 9, 5), guessed.day());
        assertEquals("json-ld:datePublished", guessed.source());
        // 28-04-2022 has one reading only: the story was filed in April and re-published in September
        PublicationDate original = run(page(ld, article("")), "https://example.com/news/28-04-2022/story");
        assertEquals(LocalDate.of(2022, 4, 28), original.day());
        assertEquals("url-original", original.source());
    }

    @Test
    void noUrlDateFromWordsOrImpossibleDays() {
        for (String url : List.of("https://example.com/2022/news/08/story", "https://example.com/a/31-02-2022",
                "https://example.com/a/2022/sep/", "https://example.com/a/1.08-09-2022", "https://example.com/a/item-123-09-2022")) {
            assertNull(DateExtractor.fromUrl(url, DayMonthOrder.DMY), url);
        }
    }

    // ------------------------------------------------------------------ markup and text in the page

    @Test
    void timeElementOfTheArticleNotOfCommentsOrRelatedStories() {
        String body = "<article><h1>Ministers meet in Tokyo</h1>"
                + "<p>During bilateral talks the two ministers agreed to expand the scope of their partnership.</p>"
                + "<div class=comments><time datetime=2022-09-09T08:00:00Z>9 Sep</time></div></article>"
                + "<aside class=related-posts><time datetime=2022-09-01T08:00:00Z>1 Sep</time></aside>"
                + "<div class=meta><time datetime=2022-09-08T09:00:00+02:00>8 Sep</time></div>";
        PublicationDate d = run(page("", body), "https://example.com/a");
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
        assertEquals("markup:time", d.source());
    }

    @Test
    void commentDatesAloneGiveNoDate() {
        String body = article("") + "<div id=comments><div class=comment><span class=date>9 September 2022</span>"
                + "<p>First!</p></div></div>";
        assertNull(run(page("", body), "https://example.com/a").day());
    }

    @Test
    void labelledDatesInOtherLanguages() {
        String de = article("<p class=info>Veröffentlicht am 08.09.2022, 11:21 Uhr</p>");
        PublicationDate d = run(page("", de), "https://example.de/artikel");
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
        assertEquals("text:veröffentlicht", d.source().split(";")[0]);
        // a German outlet's bare wall clock gets Berlin's zone, and says so
        assertEquals(Instant.parse("2022-09-08T09:21:00Z"), d.publishedAt());
        assertEquals("tld:de", d.zoneSource());

        String fr = article("<p class=date>Publié le 8 septembre 2022 à 11h21</p>");
        assertEquals(LocalDate.of(2022, 9, 8), run(page("", fr), "https://example.fr/a").day());
        String es = article("<p>Publicado el 8 de septiembre de 2022</p>");
        assertEquals(LocalDate.of(2022, 9, 8), run(page("", es), "https://example.es/a").day());
    }

    @Test
    void aDateInsideProseIsNotADateline() {
        String body = "<article><h1>Bartgeier sendet wieder</h1><p>Der Sender war seit dem 24. November 2021 "
                + "ausgefallen, wie der Projektleiter am Freitag sagte; nun fliegt Bavaria wieder über die Alpen "
                + "und alle sind erleichtert, dass es ihr gut geht.</p></article>";
        assertNull(run(page("", body), "https://example.de/a").day());
        String dateline = "<article><h1>Bartgeier sendet wieder</h1><p>27.1.2022 - Der Sender war seit November "
                + "ausgefallen, wie der Projektleiter am Freitag sagte; nun fliegt Bavaria wieder über die Alpen "
                + "und alle sind erleichtert, dass es ihr gut geht.</p></article>";
        assertEquals(LocalDate.of(2022, 1, 27), run(page("", dateline), "https://example.de/a").day());
    }

    // ------------------------------------------------------------------ plausibility

    @Test
    void datesAfterTheFetchAreIgnored() {
        String head = "<meta property=article:published_time content=2022-12-24T10:00:00Z>";
        PublicationDate d = run(page(head, article("")), "https://example.com/2022/09/08/a");
        assertEquals(LocalDate.of(2022, 9, 8), d.day(), "the future meta is passed over, the URL answers");
        assertEquals("url", d.source());
    }

    @Test
    void datesBefore1990OnlyInArchives() {
        String head = "<meta property=article:published_time content=1969-07-21T02:56:00Z>";
        assertNull(run(page(head, article("")), "https://example.com/moon").day());
        assertEquals(LocalDate.of(1969, 7, 21), run(page(head, article("")), "https://example.com/archive/moon").day());
    }

    @Test
    void aTextDateAfterTheModifiedStampIsFurniture() {
        // a "today" in the page (here in a date box by the headline) cannot be later than the last edit
        String head = "<meta property=article:modified_time content=2022-09-05T10:00:00Z>";
        String body = article("<div class=date>9 September 2022</div>");
        PublicationDate d = run(page(head, body), "https://example.com/2022/09/04/a");
        assertEquals(LocalDate.of(2022, 9, 4), d.day());
    }

    @Test
    void aScheduledPostKeepsItsPublishedStamp() {
        // modified stamped before the release: the stated publication stands, the contradiction is dropped
        String ld = "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":\"2019-10-19T03:00:00.000Z\","
                + "\"dateModified\":\"2019-10-18T20:00:25.850Z\"}</script>";
        PublicationDate d = run(page(ld, article("")), "https://example.ch/a");
        assertEquals(Instant.parse("2019-10-19T03:00:00Z"), d.publishedAt());
        assertNull(d.modifiedAt());
    }

    @Test
    void theFetchTimeIsNeverTheDate() {
        PublicationDate d = run(page("", article("")), "https://example.com/a");
        assertNull(d.day());
        assertNull(d.publishedAt());
        assertEquals("none", d.source());
    }

    // ------------------------------------------------------------------ zones and the local day

    @Test
    void aNumericOffsetIsKeptAsStated() {
        String head = "<meta property=article:published_time content=2023-10-10T23:25:44+00:00>";
        PublicationDate d = run(page(head, article("")), "https://example.co.uk/a", LATER, null);
        assertEquals(LocalDate.of(2023, 10, 10), d.day(), "a clock set to UTC shows the UTC day");
        assertEquals("Z", d.offset());
    }

    @Test
    void aLiteralZStampIsReadInTheOutletsZone() {
        String head = "<meta property=article:published_time content=2023-11-01T23:01:00Z>";
        PublicationDate d = run(page(head, article("")), "https://example.it/a", LATER, null);
        assertEquals(LocalDate.of(2023, 11, 2), d.day());
        assertEquals("+01:00", d.offset());
        assertEquals(Instant.parse("2023-11-01T23:01:00Z"), d.publishedAt(), "the instant does not move");
        assertEquals("tld:it", d.zoneSource());
        assertEquals("Z", d.statedOffset());
    }

    @Test
    void theClockThePageStatesElsewhereGivesTheLocalDay() {
        String head = "<meta property=article:published_time content=2023-11-09T06:35:29+00:00>";
        String body = article("<div class=meta><time datetime=2023-11-08T22:35:29-08:00>Nov 8</time></div>");
        PublicationDate d = run(page(head, body), "https://ktla-like.com/a", LATER, null);
        assertEquals(LocalDate.of(2023, 11, 8), d.day());
        assertEquals("-08:00", d.offset());
    }

    /** A .com page whose published_time and modified_time meta tags say these. */
    PublicationDate publishedAndModified(String published, String modified) {
        String head = "<meta property=article:published_time content=" + published + ">"
                + "<meta property=article:modified_time content=" + modified + ">";
        return run(page(head, article("")), "https://example.com/a", LATER, null);
    }

    @Test
    void anOffsetStatedInWinterIsAClockThatMovesInSummer() {
        // The only local stamp is January's dateModified at -06:00 (US Central Standard Time); the
        // July publication stamp is UTC. 05:00 UTC is 00:00 at -05:00 (Central Daylight Time), July 30.
        PublicationDate d = publishedAndModified("2019-07-30T05:00:35+00:00", "2023-01-18T13:57:55-06:00");
        assertEquals(LocalDate.of(2019, 7, 30), d.day());
        assertEquals("-05:00", d.offset());
        assertEquals("page:-06:00", d.zoneSource());
        // the same stamps a day apart in January keep the stated -06:00
        d = publishedAndModified("2023-01-17T05:00:35+00:00", "2023-01-18T13:57:55-06:00");
        assertEquals(LocalDate.of(2023, 1, 16), d.day());
        assertEquals("-06:00", d.offset());
    }

    @Test
    void aPageOffsetNoListedZoneGivesStaysAFixedOffset() {
        // +05:45 (Nepal) is on no zone of the list: read as the fixed offset
        PublicationDate d = publishedAndModified("2023-07-01T18:30:00+00:00", "2023-01-18T10:00:00+05:45");
        assertEquals(LocalDate.of(2023, 7, 2), d.day());
        assertEquals("+05:45", d.offset());
    }

    @Test
    void thePageClockPrefersTheOutletsZoneWhenItGivesTheStatedOffset() {
        java.time.ZoneOffset plus3 = java.time.ZoneOffset.ofHours(3);
        List<Instant> july = List.of(Instant.parse("2023-07-10T09:00:00Z"));
        // +03:00 in July: Athens (summer time) comes first on the list; a .ru outlet's Moscow keeps +03:00 all year
        assertEquals(java.time.ZoneId.of("Europe/Athens"), PageClock.zoneOf(plus3, july, null));
        assertEquals(java.time.ZoneId.of("Europe/Moscow"),
                PageClock.zoneOf(plus3, july, java.time.ZoneId.of("Europe/Moscow")));
        // an outlet zone that does not give the offset on that date is passed over
        assertEquals(java.time.ZoneId.of("Europe/Athens"),
                PageClock.zoneOf(plus3, july, java.time.ZoneId.of("Europe/Berlin")));
        // two stamps, winter and summer, both at -07:00: only a clock without daylight saving fits
        List<Instant> both = List.of(Instant.parse("2023-01-10T09:00:00Z"), Instant.parse("2023-07-10T09:00:00Z"));
        assertEquals(java.time.ZoneId.of("America/Phoenix"), PageClock.zoneOf(java.time.ZoneOffset.ofHours(-7), both, null));
    }

    @Test
    void theUrlDayCorrectsAUtcStampWhenAPlausibleShiftAllows() {
        String head = "<meta property=article:published_time content=2020-02-18T02:18:11+00:00>";
        PublicationDate d = run(page(head, article("")), "https://example.com/2020/02/17/story");
        assertEquals(LocalDate.of(2020, 2, 17), d.day());
        assertTrue(d.source().endsWith(";day=url"), d.source());
        // ten hours back is not a plausible newsroom clock: the URL is then the day the story was started
        head = "<meta property=article:published_time content=2020-07-09T10:04:04+00:00>";
        assertEquals(LocalDate.of(2020, 7, 9), run(page(head, article("")), "https://example.com/2020/07/08/s").day());
    }

    @Test
    void aWallClockWithoutZoneStaysADayWhereTheOutletsClockIsUnknown() {
        PublicationDate d = run(page("", article("<p class=date>September 8, 2022 11:21 am</p>")),
                "https://example.com/a");
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
        assertNull(d.publishedAt(), "a .com page with no zone: no invented instant");
    }

    // ------------------------------------------------------------------ day/month order

    @Test
    void hintsDecideAmbiguousNumericDates() {
        String body = article("<p class=date>08/09/2022</p>");
        assertEquals(LocalDate.of(2022, 8, 9), run(page("", body), "https://example.com/a").day(),
                "English .com without evidence: month first");
        assertEquals(LocalDate.of(2022, 9, 8), run(page("", body), "https://example.com/a", FETCH,
                new OutletHints(DayMonthOrder.DMY, null)).day());
    }

    @Test
    void anXhtmlPagesXmlLangRegionDecidesTheOrderOfAGenericDomain() {
        String body = article("<p class=date>08/09/2022</p>");
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en-GB\"><head></head><body>"
                + body + "</body></html>";
        assertEquals(LocalDate.of(2022, 9, 8), run(xhtml, "https://example.com/a").day(),
                "declared en-GB: day first");
        assertEquals(LocalDate.of(2022, 8, 9), run(xhtml.replace("en-GB", "en-US"), "https://example.com/a").day());
        String both = xhtml.replace("xml:lang=\"en-GB\"", "lang=\"en-US\" xml:lang=\"en-GB\"");
        assertEquals(LocalDate.of(2022, 8, 9), run(both, "https://example.com/a").day(), "lang wins over xml:lang");
    }

    @Test
    void aMonthNameDateOnThePageSettlesTheOrder() {
        String body = article("<p class=date>08/09/2022</p><p class=kicker>Thursday, Sep 08, 2022</p>");
        assertEquals(LocalDate.of(2022, 9, 8), run(page("", body), "https://example.com/a", FETCH,
                new OutletHints(DayMonthOrder.MDY, null)).day(), "the page's own agreement beats the hint");
    }

    @Test
    void relativeDatesNeedTheFetchTime() {
        String body = article("<span class=timestamp>3 hours ago</span>");
        PublicationDate d = run(page("", body), "https://example.com/a", Instant.parse("2022-09-08T12:00:00Z"), null);
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
        assertEquals("text:relative", d.source());
        assertNull(run(page("", body), "https://example.com/a", null, null).day());
    }

    // ------------------------------------------------------------------ re-saved stamps, social embeds, no headline

    static String resaved(String published, String modified) {
        return "<script type=application/ld+json>{\"@type\":\"BlogPosting\",\"datePublished\":\"" + published
                + "\",\"dateModified\":\"" + modified + "\"}</script>";
    }

    @Test
    void aStampRewrittenWithTheModificationGivesWayToTheShownDate() {
        // datePublished == dateModified: the last save; the byline shows the first publication
        String head = resaved("2023-11-20T16:02:46Z", "2023-11-20T16:02:46Z");
        PublicationDate d = run(page(head, article("<p class=post-date>May 14, 2022</p>")),
                "https://example.com/guide", LATER, null);
        assertEquals(LocalDate.of(2022, 5, 14), d.day());
        assertEquals("text:dateline", d.source());
    }

    @Test
    void aStampWithAnEarlierModificationStands() {
        // the stamp is not a re-save when the page was modified well after it: the byline's date is another
        String head = resaved("2023-11-20T16:02:46Z", "2023-12-24T10:00:00Z");
        PublicationDate d = run(page(head, article("<p class=post-date>May 14, 2022</p>")),
                "https://example.com/guide", LATER, null);
        assertEquals(LocalDate.of(2023, 11, 20), d.day());
    }

    @Test
    void aShownDateDaysBeforeAResavedStampIsNotTheOriginal() {
        // a few days' difference is as often a linked item's date as the article's: the stamp stands
        String head = resaved("2023-11-20T16:02:46Z", "2023-11-20T18:00:00Z");
        PublicationDate d = run(page(head, article("<p class=post-date>November 8, 2023</p>")),
                "https://example.com/guide", LATER, null);
        assertEquals(LocalDate.of(2023, 11, 20), d.day());
    }

    @Test
    void aShownDateWithAGuessedOrderDoesNotOverturnAResavedStamp() {
        String head = resaved("2021-11-01T05:00:14+01:00", "2021-11-01T05:00:14+01:00");
        PublicationDate d = run(page(head, article("<p class=date>01.11.2021</p>")),
                "https://example.com/test", LATER, null);
        assertEquals(LocalDate.of(2021, 11, 1), d.day());
    }

    @Test
    void anEmbeddedSocialPostsDateIsNotTheArticles() {
        String body = "<article><h1>Ministers meet in Tokyo</h1><blockquote class=instagram-media><p>A post shared by"
                + " @someone on <time datetime=2019-04-21T23:47:18+00:00>Apr 21, 2019</time></p></blockquote>"
                + "<p>During bilateral talks the two ministers agreed to expand the scope of their partnership "
                + "in defence equipment and technology, officials said on Thursday.</p></article>";
        PublicationDate d = run(page("", body), "https://example.com/a", LATER, null);
        assertNull(d.day(), String.valueOf(d));
    }

    @Test
    void aPageWithoutAHeadlineThatShowsOnlyItsUpdateIsMarkedAsSuch() {
        // no h1 and no declared title: the update line in the article region is still the page's date
        String body = "<main><p class=meta>Last updated: 4 August 2023</p><p>During bilateral talks the two "
                + "ministers agreed to expand the scope of their partnership in defence equipment and technology, "
                + "officials said on Thursday.</p></main>";
        PublicationDate d = run("<html><body>" + body + "</body></html>", "https://example.com/blog/trends", LATER, null);
        assertEquals(LocalDate.of(2023, 8, 4), d.day());
        assertTrue(d.source().startsWith(DateExtractor.MODIFIED_ONLY), d.source());
    }

    @Test
    void anOriginallyPublishedNoteBeatsADatelineWhereverItStands() {
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            prose.append("<p>During bilateral talks the two ministers agreed to expand the scope of their partnership "
                    + "in defence equipment and technology, officials said on Thursday.</p>");
        }
        String body = "<article><h1>Ministers meet in Tokyo</h1><p class=post-date>September 30, 2023</p>" + prose
                + "<p>This story was originally published on September 26, 2019.</p></article>";
        PublicationDate d = run(page("", body), "https://example.com/a", LATER, null);
        assertEquals(LocalDate.of(2019, 9, 26), d.day());
        assertEquals("text:originally-published", d.source());
    }

    @Test
    void fourDigitTestBetweenLabelAndDateSaysWhatTheRegexSaid() {
        java.util.Random rnd = new java.util.Random(11);
        String alphabet = "0123456789 a:\n\r\u2028\u0085\u00e9";
        int hits = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = rnd.nextInt(16); n > 0; n--) {
                b.append(alphabet.charAt(rnd.nextInt(rnd.nextBoolean() ? 10 : alphabet.length())));
            }
            String s = b.toString();
            int from = s.isEmpty() ? 0 : rnd.nextInt(s.length() + 1);
            boolean expected = s.substring(from).matches(".*\\d{4}.*");
            assertEquals(expected, DateExtractor.hasFourDigits(s, from), s + " from " + from);
            hits += expected ? 1 : 0;
        }
        assertTrue(hits > 1000, "too few strings with four digits: " + hits);
    }
}
