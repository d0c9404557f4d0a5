package io.gazette.io;

import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;
import io.gazette.testing.SharedEval;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.gazette.io.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The real WARC samples in the shared eval folder (what real crawlers write). The expected
 * numbers were counted by hand from the files (record types with grep over the decompressed
 * bytes, bodies looked at directly), not copied from this reader's output.
 */
class WarcSamplesTest {

    private static List<RawPage> read(String file) throws IOException {
        Path p = SharedEval.require("warc").resolve(file);
        try (InputStream in = Files.newInputStream(p)) {
            return readAll(PageReaders.open(in, p.toString(), options()));
        }
    }

    @Test
    void everySampleIsReadToTheEndWithoutTruncation() throws IOException {
        Path dir = SharedEval.require("warc");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> f.getFileName().toString().contains(".warc")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            List<RawPage> pages = read(f.getFileName().toString());
            assertFalse(pages.isEmpty(), f.toString());
            assertTrue(withReason(pages, RejectReason.TRUNCATED_INPUT).isEmpty(),
                    f + ": " + withReason(pages, RejectReason.TRUNCATED_INPUT));
            assertTrue(withReason(pages, RejectReason.CORRUPT_RECORD).isEmpty(), f.toString());
        }
    }

    @Test
    void commonCrawlBodyStoredDecodedIsNotDecodedAgain() throws IOException {
        List<RawPage> pages = read("cc-whirlwind__whirlwind.warc.gz");
        // warcinfo, request, response, metadata
        assertEquals(Map.of("PAGE", 1, "WARC_NOT_RESPONSE", 3), outcomes(pages));
        RawPage page = pagesOnly(pages).get(0);
        assertEquals("https://an.wikipedia.org/wiki/Escopete", page.url());
        assertEquals(200, page.httpStatus());
        // X-Crawler-Content-Encoding: gzip, Content-Length: 72848 of plain HTML
        assertEquals(72848, page.body().length);
        assertTrue(text(page).startsWith("<!DOCTYPE html>"));
        assertEquals(1023, page.sourceOffset(), "third gzip member");
    }

    @Test
    void wgetSampleHasTwentyTwoPagesAndChunkedBodiesDecoded() throws IOException {
        List<RawPage> pages = read("dolma__sample-0000.warc.gz");
        assertEquals(48, pages.size());
        // 22 responses (all 200 text/html), 22 requests, warcinfo, metadata, 2 text/plain resources
        assertEquals(Map.of("PAGE", 22, "WARC_NOT_RESPONSE", 26), outcomes(pages));
        RawPage first = pagesOnly(pages).get(0);
        assertEquals("https://www.semanticscholar.org/research/research-team", first.url(), "angle brackets stripped");
        RawPage chunked = pagesOnly(pages).stream()
                .filter(p -> p.url().equals("https://www.cs.washington.edu/people/faculty/weld")).findFirst().orElseThrow();
        // Raw body starts "6a43\r\n<!DOCTYPE html PUBLI": the chunk size must be gone.
        assertTrue(text(chunked).startsWith("<!DOCTYPE html PUBLIC"), text(chunked).substring(0, 40));
        assertFalse(text(chunked).contains("\r\n0\r\n\r\n"), "last-chunk marker removed");
    }

    @Test
    void warc017FileFromHeritrix2008() throws IOException {
        List<RawPage> pages = read("ukwa-discovery__IAH-20080430204825-00000-blackbook-truncated.warc");
        // 1 warcinfo, 8 responses, 7 requests, 7 metadata
        assertEquals(23, pages.size());
        // Responses: dns (not HTTP), robots.txt (text/plain), two HTML pages, jpeg, gif, png, text/xml feed.
        assertEquals(Map.of("PAGE", 3, "NOT_HTML", 5, "WARC_NOT_RESPONSE", 15), outcomes(pages));
        List<String> pageUrls = pagesOnly(pages).stream().map(RawPage::url).toList();
        assertEquals(List.of("http://www.archive.org/robots.txt", "http://www.archive.org/",
                "http://www.archive.org/index.php"), pageUrls);
        assertEquals(738, pages.get(1).sourceOffset(), "uncompressed: byte offset of the dns record");
    }

    @Test
    void gzipContentEncodingInAnUncompressedWarcIsDecoded() throws IOException {
        List<RawPage> pages = read("ukwa-discovery__transfer_compression_gzip.warc");
        assertEquals(5, pages.size());
        RawPage page = pagesOnly(pages).get(0);
        assertEquals("http://tokemon.sb.statsbiblioteket.dk/", page.url());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<html>"), html);
        assertTrue(html.contains("<title>Simple page</title>"));
    }

    @Test
    void memberBoundaryInsideARecordStillYieldsBothRecords() throws IOException {
        List<RawPage> pages = read("warcio__example-wrong-chunks.warc.gz");
        assertEquals(2, pages.size());
        assertEquals("http://example.com/", pages.get(0).url());
        assertNull(pages.get(0).skip());
        assertEquals(RejectReason.WARC_NOT_RESPONSE, pages.get(1).skip());
        // Members start at 0, 516 and 1130 (compressed); the request starts inside the third
        // member, 4 bytes after its decompressed start 2005 (the previous record's trailer).
        assertEquals(0, pages.get(0).sourceOffset());
        assertEquals(2009, pages.get(1).sourceOffset());
    }

    @Test
    void singleCommonCrawlResponseAndWpullSample() throws IOException {
        List<RawPage> cc = read("jwarc__cc.warc.gz");
        assertEquals(1, cc.size());
        assertEquals("http://commoncrawl.org/", cc.get(0).url());
        assertNull(cc.get(0).skip());

        List<RawPage> wpull = read("pywb__example-wpull.warc.gz");
        assertEquals(Map.of("PAGE", 1, "WARC_NOT_RESPONSE", 3), outcomes(wpull));
        assertTrue(text(pagesOnly(wpull).get(0)).contains("<title>Example Domain</title>"));
    }
}
