package io.gazette.spark;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report page from a report built by hand: no Spark, no browser (ReportPageBrowserTest has both). */
class RunReportHtmlTest {

    static RunReport report() {
        RunReport r = new RunReport();
        r.runId = "20260314T101500Z-abc123";
        r.schemaVersion = 1;
        r.extractorVersion = "gazette-test";
        r.startedAt = "2026-03-14T10:15:00Z";
        r.finishedAt = "2026-03-14T10:15:30Z";
        r.seconds = 30;
        r.output = "/data/out";
        r.format = "parquet";
        r.files.add(new RunReport.FileLine("/data/in/a.warc.gz", "warc", 2048, 10, 4, 6));
        r.files.add(new RunReport.FileLine("/data/in/b.jsonl", "jsonl", 512, 5, 5, 0));
        r.inputFiles = 2;
        r.inputBytes = 2560;
        r.recordsRead = 15;
        r.articles = 9;
        r.rejects = 6;
        r.articlesWritten = 9;
        r.rejectsWritten = 6;
        r.rejectReasons.put("WARC_NOT_RESPONSE", 4L);
        r.rejectReasons.put("TEXT_TOO_SHORT", 2L);
        r.outlets.put("<script>alert('x')</script>.com", 2L);
        r.outlets.put("example.com", 7L);
        r.publishDates.put("2026-03-13", 3L);
        r.publishDates.put("2026-03-14", 5L);
        r.publishDates.put("undated", 1L);
        r.dateSources.put("json-ld", 6L);
        r.dateSources.put("json-ld;zone=tld:gb", 2L);
        r.dateSources.put("none", 1L);
        r.languages.put("en", 9L);
        r.entityStatuses.put("tagged", 9L);
        r.entityTypes.put("PER", 12L);
        r.entityTypes.put("LOC", 5L);
        r.topEntities.put("PER", new TreeMap<>(Map.of("Ada Lovelace & Co", 3L)));
        r.fileSeconds.put("/data/in/a.warc.gz", 2.0);
        r.fileSeconds.put("/data/in/b.jsonl", 0.5);
        r.progress.add(new double[]{1.5, 5});
        r.progress.add(new double[]{4.0, 15});
        return r;
    }

    /** data-bars of the chart with this figure id. */
    static int bars(String html, String id) {
        Matcher m = Pattern.compile("<figure class=\"card\" id=\"" + id + "\">.*?data-bars=\"(\\d+)\"", Pattern.DOTALL)
                .matcher(html);
        assertTrue(m.find(), "no chart " + id);
        return Integer.parseInt(m.group(1));
    }

    static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }

    @Test
    void everyBreakdownIsAChartWithOneBarPerValue() {
        String html = RunReportHtml.render(report());
        assertEquals(2, bars(html, "outlets"));
        assertEquals(2, bars(html, "publish-dates"), "undated articles are a note, not a day");
        assertEquals(2, bars(html, "reject-reasons"));
        assertEquals(2, bars(html, "date-sources"));
        assertEquals(1, bars(html, "languages"));
        assertEquals(2, bars(html, "entity-types"));
        assertEquals(1, bars(html, "entity-status"));
        assertEquals(1, bars(html, "progress"));
        assertEquals(2, bars(html, "file-rates"));
        // a bar per value in all: 14 rects plus the progress line
        assertEquals(2 + 2 + 2 + 2 + 1 + 2 + 1 + 2, count(html, "<rect class=\"bar mark"));
        assertEquals(1, count(html, "<polyline class=\"mark line\""));
        assertTrue(html.contains("1 undated (publish_date NULL)"), "the undated count is stated");
        // the longer bar belongs to the larger count: example.com (7) fills the width, the other 2/7 of it
        assertTrue(html.contains("width=\"300\""), html);
        assertTrue(html.contains("width=\"85.7\""), html);
        // reason codes carry their meaning as a tooltip
        assertTrue(html.contains("main text shorter than the configured minimum"), html);
        // throughput per file: 10 records in 2 s
        assertTrue(html.contains("<td class=\"n\" data-v=\"5\">5.0</td>"), html);
    }

    @Test
    void textFromPagesIsEscapedAndNothingIsFetched() {
        String html = RunReportHtml.render(report());
        assertFalse(html.contains("<script>alert"), "an outlet name became markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;.com"), html);
        assertTrue(html.contains("Ada Lovelace &amp; Co"));
        assertEquals(1, count(html, "<script>"), "only the page's own inline script");
        // self-contained: no external scripts, styles, images, fonts or links
        for (String ref : new String[]{"src=", "href=", "url(", "@import", "http://", "https://"}) {
            assertFalse(html.contains(ref), () -> "the page refers to something outside it: " + ref);
        }
    }

    @Test
    void largeRunsAreSummedIntoOtherBarsAndMonths() {
        RunReport r = report();
        r.outlets.clear();
        for (int i = 0; i < 40; i++) {
            r.outlets.put("outlet" + i + ".com", (long) (100 - i));
        }
        r.publishDates.clear();
        java.time.LocalDate d = java.time.LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 200; i++) {
            r.publishDates.put(d.plusDays(i).toString(), 1L);
        }
        String html = RunReportHtml.render(r);
        assertEquals(RunReportHtml.MAX_BARS, bars(html, "outlets"));
        // 24 largest outlets, then the 16 smallest as one bar: 84 + 83 + ... + 61 (outlets 24..39)
        long rest = 0;
        for (int i = 24; i < 40; i++) {
            rest += 100 - i;
        }
        assertTrue(html.contains(String.format(java.util.Locale.ROOT, "other 16: %,d", rest)), html);
        assertEquals(7, bars(html, "publish-dates"), "200 days from 1 January 2025 span 7 months");
        assertTrue(html.contains("Articles per publish date (per month)"));
    }

    @Test
    void anEmptyRunStillGivesAPage() {
        RunReport r = new RunReport();
        r.runId = "empty";
        r.startedAt = "2026-03-14T10:15:00Z";
        String html = RunReportHtml.render(r);
        assertEquals(0, bars(html, "outlets"));
        assertTrue(html.contains("nothing to show"));
        assertTrue(html.endsWith("</html>\n"));
    }

    @Test
    void theSummaryFitsOneScreenAndNamesThePage() {
        RunReport r = report();
        for (int i = 0; i < 500; i++) {
            r.outlets.put("outlet" + i + ".com", 1L);
        }
        String s = r.summary();
        assertTrue(s.lines().count() <= 20, s);
        assertTrue(s.startsWith("run 20260314T101500Z-abc123: 2 files (2.5 KiB), 15 records in 30.0 s, 0.5 records/s"), s);
        assertTrue(s.contains("  articles   9 (60% of the records), 8 dated, 1 undated"), s);
        assertTrue(s.contains("every record accounted for"), s);
        assertTrue(s.contains("  dates      json-ld 8, none 1"), "sources counted without their notes: " + s);
        assertTrue(s.contains("  outlets    example.com 7, <script>alert('x')</script>.com 2, outlet0.com 1, "), s);
        assertTrue(s.contains("(+497 more)"), s);
        assertTrue(s.contains("  slowest    /data/in/a.warc.gz, 2.0 s for 10 records"), s);
        assertTrue(s.contains("/data/out/reports/20260314T101500Z-abc123.html"), s);
        // reasons largest first
        assertTrue(s.indexOf("WARC_NOT_RESPONSE") < s.indexOf("TEXT_TOO_SHORT"), s);
    }
}
