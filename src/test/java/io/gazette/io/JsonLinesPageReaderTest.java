package io.gazette.io;

import io.gazette.config.GazetteOptions;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import static io.gazette.io.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class JsonLinesPageReaderTest {

    private static List<RawPage> read(String jsonl) {
        return readAll(bytes(jsonl), "dump.jsonl");
    }

    @Test
    void linesBecomePagesWithTextAndLineNumbers() {
        List<RawPage> pages = read("""
                {"url": "https://news.example.com/a", "html": "<html><body><p>Caf\\u00e9 story</p></body></html>", "id": "a-1", "fetched_at": "2024-03-05T06:07:08Z"}

                {"id": 42, "url": "https://news.example.com/b", "content": "<p>B</p>"}
                """);
        assertEquals(2, pages.size(), "a blank line is not a record");
        RawPage a = pages.get(0);
        assertNull(a.skip());
        assertEquals(InputFormat.JSONL, a.format());
        assertEquals(1, a.sourceOffset());
        assertEquals("https://news.example.com/a", a.url());
        assertEquals("a-1", a.recordId());
        assertEquals(Instant.parse("2024-03-05T06:07:08Z"), a.fetchedAt());
        assertEquals("<html><body><p>Café story</p></body></html>", a.text());
        assertNull(a.body());
        assertEquals("text/html", a.contentType());
        RawPage b = pages.get(1);
        assertEquals(3, b.sourceOffset(), "offsets are physical line numbers, blank lines included");
        assertEquals("42", b.recordId());
        assertEquals("<p>B</p>", b.text(), "second configured field");
        assertNull(b.fetchedAt());
    }

    @Test
    void firstNonEmptyHtmlFieldInConfiguredOrderWins() {
        RawPage p = read("{\"url\":\"https://e.com/\",\"body\":\"from body\",\"html\":\"\",\"content\":\"from content\"}\n").get(0);
        assertEquals("from content", p.text());
    }

    @Test
    void missingUrlEmptyBodyAndBadJsonAreRejectsWithDetail() {
        List<RawPage> pages = read("""
                {"html": "<p>x</p>"}
                {"url": 17, "html": "<p>x</p>"}
                {"url": "https://e.com/1"}
                {"url": "https://e.com/2", "html": {"nested": true}}
                {"url": "https://e.com/3", "html": "<p>x</p>"
                [1, 2, 3]
                {"url": "https://e.com/4", "html": "<p>x</p>"} trailing
                not json at all
                {"url": "https://e.com/ok", "html": "<p>fine</p>"}
                """);
        assertEquals(9, pages.size());
        assertEquals(RejectReason.MISSING_URL, pages.get(0).skip());
        assertTrue(pages.get(0).skipDetail().contains("'url'"));
        assertEquals(RejectReason.MISSING_URL, pages.get(1).skip());
        assertEquals(RejectReason.EMPTY_BODY, pages.get(2).skip());
        assertEquals("https://e.com/1", pages.get(2).url());
        assertEquals(RejectReason.EMPTY_BODY, pages.get(3).skip());
        for (int i = 4; i <= 7; i++) {
            assertEquals(RejectReason.CORRUPT_RECORD, pages.get(i).skip(), "line " + (i + 1));
            assertEquals(i + 1, pages.get(i).sourceOffset());
            assertNotNull(pages.get(i).skipDetail());
        }
        assertNull(pages.get(8).skip());
        assertEquals("<p>fine</p>", pages.get(8).text());
    }

    @Test
    void fetchedAtFormats() {
        assertEquals(Instant.parse("2024-03-05T04:07:08Z"), JsonLinesPageReader.fetchedAt("2024-03-05T06:07:08+02:00"));
        assertEquals(Instant.parse("2024-03-05T06:07:08Z"), JsonLinesPageReader.fetchedAt("2024-03-05T06:07:08"),
                "local date-time taken as UTC");
        assertEquals(Instant.parse("2024-03-05T06:07:08Z"), JsonLinesPageReader.fetchedAt("2024-03-05 06:07:08"),
                "space instead of T (Scrapy, news-please)");
        assertEquals(Instant.parse("2024-03-05T06:07:08.250Z"), JsonLinesPageReader.fetchedAt("2024-03-05T06:07:08.250Z"));
        assertEquals(Instant.ofEpochSecond(1709618828), JsonLinesPageReader.fetchedAt(1709618828L));
        assertEquals(Instant.ofEpochMilli(1709618828123L), JsonLinesPageReader.fetchedAt(1709618828123L));
        assertEquals(Instant.ofEpochSecond(1709618828), JsonLinesPageReader.fetchedAt("1709618828"));
        assertEquals(Instant.ofEpochSecond(1709618828, 500_000_000), JsonLinesPageReader.fetchedAt(1709618828.5));
        assertNull(JsonLinesPageReader.fetchedAt("yesterday"));
        assertNull(JsonLinesPageReader.fetchedAt(Boolean.TRUE));

        RawPage p = read("{\"url\":\"https://e.com/\",\"html\":\"x\",\"fetched_at\":\"last tuesday\"}").get(0);
        assertNull(p.skip(), "an unreadable fetch time does not lose the page");
        assertNull(p.fetchedAt());
    }

    @Test
    void configuredFieldNamesAreUsed() {
        GazetteOptions.Input d = options();
        GazetteOptions.Input custom = new GazetteOptions.Input(d.maxRecordBytes(), "link", List.of("raw"), "key", "ts");
        byte[] line = bytes("{\"link\":\"https://e.com/x\",\"raw\":\"<p>r</p>\",\"key\":\"k\",\"ts\":1709618828,\"url\":\"ignored\"}");
        RawPage p = readAll(PageReaders.open(new ByteArrayInputStream(line), "d.jsonl", custom)).get(0);
        assertEquals("https://e.com/x", p.url());
        assertEquals("<p>r</p>", p.text());
        assertEquals("k", p.recordId());
        assertEquals(Instant.ofEpochSecond(1709618828), p.fetchedAt());
    }

    @Test
    void longTextIsCutAndOverlongLinesAreRejectedWithoutBreakingTheNext() {
        String html = "<p>" + "y".repeat(700) + "</p>";
        String ok = "{\"url\":\"https://e.com/1\",\"html\":\"" + html + "\"}";
        String huge = "{\"url\":\"https://e.com/2\",\"html\":\"" + "z".repeat(5000) + "\"}";
        String after = "{\"url\":\"https://e.com/3\",\"html\":\"<p>after</p>\"}";
        byte[] file = bytes(ok + "\n" + huge + "\n" + after + "\n");
        List<RawPage> pages = readAll(PageReaders.open(new ByteArrayInputStream(file), "d.jsonl", optionsWithCap(500)));

        assertEquals(3, pages.size());
        assertTrue(pages.get(0).truncated());
        assertEquals(500, pages.get(0).text().length());
        assertEquals(RejectReason.CORRUPT_RECORD, pages.get(1).skip(), "longer than 2 x the cap");
        assertTrue(pages.get(1).skipDetail().contains("longer than the cap"), pages.get(1).skipDetail());
        assertEquals("<p>after</p>", pages.get(2).text());
        assertEquals(3, pages.get(2).sourceOffset());
    }

    @Test
    void gzippedJsonlCutShortEndsWithTruncatedInput() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            sb.append("{\"url\":\"https://e.com/").append(i).append("\",\"html\":\"<p>page ").append(i)
                    .append(" ").append(Integer.toHexString(i * 7919).repeat(20)).append("</p>\"}\n");
        }
        byte[] gz = gzip(bytes(sb.toString()));
        List<RawPage> pages = readAll(cut(gz, gz.length / 2), "d.jsonl.gz");

        RawPage last = pages.get(pages.size() - 1);
        assertEquals(RejectReason.TRUNCATED_INPUT, last.skip());
        assertEquals(pages.size(), last.sourceOffset(), "the line that could not be read");
        assertTrue(pages.size() > 20 && pages.size() < 200, "records before the cut come out: " + pages.size());
        assertEquals(pages.size() - 1, pagesOnly(pages).size());
    }

    @Test
    void invalidUtf8AndCrlfLineEndsDoNotLoseRecords() {
        byte[] file = concat(bytes("{\"url\":\"https://e.com/\",\"html\":\"caf"), new byte[]{(byte) 0xE9},
                bytes("\"}\r\n{\"url\":\"https://e.com/2\",\"html\":\"ok\"}\r\n"));
        List<RawPage> pages = readAll(file, "d.jsonl");
        assertEquals(2, pages.size());
        assertEquals("caf\uFFFD", pages.get(0).text());
        assertEquals("ok", pages.get(1).text());
    }

    @Test
    void aStreamThatFailsMidwayEndsWithTruncatedInput() {
        byte[] good = bytes("{\"url\":\"https://e.com/1\",\"html\":\"<p>1</p>\"}\n{\"url\":\"https://e.com/2\",");
        InputStream failing = new InputStream() {
            int i;

            @Override
            public int read() throws IOException {
                if (i < good.length) {
                    return good[i++] & 0xFF;
                }
                throw new IOException("connection reset");
            }
        };
        List<RawPage> pages = readAll(PageReaders.open(failing, "s3a://bucket/d.jsonl", options()));
        assertEquals(2, pages.size());
        assertEquals("<p>1</p>", pages.get(0).text());
        assertEquals(RejectReason.TRUNCATED_INPUT, pages.get(1).skip());
        assertEquals(2, pages.get(1).sourceOffset());
        assertTrue(pages.get(1).skipDetail().contains("connection reset"));
    }
}
