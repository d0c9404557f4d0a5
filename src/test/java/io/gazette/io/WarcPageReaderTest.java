package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import static io.gazette.io.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class WarcPageReaderTest {

    private static final String PAGE_A = "<!DOCTYPE html><html><head><title>A</title></head><body><p>Alpha story.</p></body></html>";
    private static final String PAGE_B = "<!DOCTYPE html><html><head><title>B</title></head><body><p>Beta story.</p></body></html>";

    private static byte[][] threeRecords() {
        return new byte[][]{
                warc("warcinfo", null, "application/warc-fields", bytes("software: test\r\n")),
                htmlResponse("https://news.example.com/a", PAGE_A),
                htmlResponse("https://news.example.com/b", PAGE_B)};
    }

    @Test
    void responseBecomesPageWithWarcAndHttpFields() {
        byte[] rec = response("<https://news.example.com/2024/03/05/story one>",
                http("HTTP/1.1 200 OK", bytes(PAGE_A), "Content-Type: text/html; charset=ISO-8859-1", "Server: x"));
        List<RawPage> pages = readAll(rec, "x.warc");

        assertEquals(1, pages.size());
        RawPage p = pages.get(0);
        assertNull(p.skip());
        assertEquals(InputFormat.WARC, p.format());
        assertEquals("x.warc", p.sourceFile());
        assertEquals(0, p.sourceOffset());
        // wget's angle brackets removed; an inner space escaped as a browser would
        assertEquals("https://news.example.com/2024/03/05/story%20one", p.url());
        assertTrue(p.recordId().startsWith("urn:uuid:"), p.recordId());
        assertEquals(Instant.parse("2024-03-05T06:07:08Z"), p.fetchedAt());
        assertEquals(200, p.httpStatus());
        assertEquals("text/html; charset=ISO-8859-1", p.contentType());
        assertEquals(PAGE_A, text(p));
        assertNull(p.text());
        assertFalse(p.truncated());
    }

    @Test
    void everyRecordTypeIsAccountedFor() {
        byte[] file = concat(
                warc("warcinfo", null, "application/warc-fields", bytes("software: test\r\n")),
                warc("request", "https://e.com/", "application/http; msgtype=request", bytes("GET / HTTP/1.1\r\n\r\n")),
                htmlResponse("https://e.com/", PAGE_A),
                warc("metadata", "https://e.com/", "application/warc-fields", bytes("outlinks: x\r\n")),
                warc("revisit", "https://e.com/", "application/http; msgtype=response",
                        http("HTTP/1.1 200 OK", new byte[0]),
                        "WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
                        "WARC-Refers-To-Target-URI: https://e.com/"),
                warc("conversion", "https://e.com/", "text/plain", bytes("Alpha story.")),
                warc("continuation", "https://e.com/", null, bytes("rest")),
                warc("resource", "https://e.com/saved", "text/html", bytes(PAGE_B)),
                warc("resource", "metadata://wget/log", "text/plain", bytes("log line\n")));
        List<RawPage> pages = readAll(file, "x.warc");

        assertEquals(9, pages.size(), "one RawPage per record");
        assertEquals(Map.of("PAGE", 2, "WARC_NOT_RESPONSE", 6, "WARC_REVISIT", 1), outcomes(pages));
        RawPage revisit = withReason(pages, RejectReason.WARC_REVISIT).get(0);
        assertTrue(revisit.skipDetail().contains("identical-payload-digest"), revisit.skipDetail());
        RawPage resource = pages.get(7);
        assertNull(resource.skip());
        assertEquals(0, resource.httpStatus(), "a resource record has no HTTP status");
        assertEquals(PAGE_B, text(resource));
        assertEquals("text/html", resource.contentType());
        assertTrue(pages.get(8).skipDetail().contains("text/plain"));
        assertTrue(pages.get(5).skipDetail().contains("conversion"));
    }

    @Test
    void offsetsAreByteOffsetsInAnUncompressedFile() {
        byte[][] recs = threeRecords();
        List<RawPage> pages = readAll(concat(recs), "x.warc");
        assertEquals(List.of(0L, (long) recs[0].length, (long) recs[0].length + recs[1].length),
                pages.stream().map(RawPage::sourceOffset).toList());
    }

    @Test
    void perRecordGzipGivesCompressedMemberOffsets() {
        byte[][] recs = threeRecords();
        byte[] file = gzipPerRecord(recs);
        List<RawPage> pages = readAll(file, "x.warc.gz");

        long[] expected = memberOffsets(recs);
        assertEquals(3, pages.size());
        for (int i = 0; i < 3; i++) {
            assertEquals(expected[i], pages.get(i).sourceOffset(), "record " + i);
        }
        assertEquals(PAGE_B, text(pages.get(2)));
    }

    @Test
    void wholeFileGzipGivesDecompressedOffsetsAndTheSameRecords() {
        byte[][] recs = threeRecords();
        List<RawPage> pages = readAll(gzip(concat(recs)), "x.warc.gz");

        assertEquals(3, pages.size());
        // Inside one member only decompressed offsets are meaningful (jwarc alone reports made-up ones).
        assertEquals(List.of(0L, (long) recs[0].length, (long) recs[0].length + recs[1].length),
                pages.stream().map(RawPage::sourceOffset).toList());
        assertEquals(PAGE_A, text(pages.get(1)));
        assertEquals(PAGE_B, text(pages.get(2)));
    }

    @Test
    void gzipNameWithoutGzipContentStillReads() {
        List<RawPage> pages = readAll(concat(threeRecords()), "mislabelled.warc.gz");
        assertEquals(Map.of("PAGE", 2, "WARC_NOT_RESPONSE", 1), outcomes(pages));
    }

    @Test
    void truncatedGzipYieldsEarlierRecordsThenOneTruncatedInput() {
        byte[][] recs = {threeRecords()[0], threeRecords()[1], threeRecords()[2],
                htmlResponse("https://news.example.com/c", PAGE_A.replace("Alpha", "Gamma"))};
        byte[] file = gzipPerRecord(recs);
        long[] members = memberOffsets(recs);
        // Cut in the middle of the third member.
        byte[] cut = cut(file, (int) (members[2] + (members[3] - members[2]) / 2));

        List<RawPage> pages = readAll(cut, "x.warc.gz");

        assertEquals(3, pages.size(), pages.toString());
        assertEquals(RejectReason.WARC_NOT_RESPONSE, pages.get(0).skip());
        assertEquals(PAGE_A, text(pages.get(1)));
        RawPage last = pages.get(2);
        assertEquals(RejectReason.TRUNCATED_INPUT, last.skip());
        assertEquals(members[2], last.sourceOffset());
        assertTrue(last.skipDetail().contains("offset " + members[2]), last.skipDetail());
        assertTrue(last.skipDetail().contains("truncated") || last.skipDetail().contains("EOF"), last.skipDetail());
    }

    @Test
    void truncatedPlainWarcEndsWithTruncatedInput() {
        byte[][] recs = threeRecords();
        byte[] file = concat(recs);
        byte[] cut = cut(file, recs[0].length + recs[1].length + 150);
        List<RawPage> pages = readAll(cut, "x.warc");
        assertEquals(3, pages.size());
        assertEquals(RejectReason.TRUNCATED_INPUT, pages.get(2).skip());
        assertEquals(recs[0].length + recs[1].length, pages.get(2).sourceOffset());
    }

    @Test
    void garbageBetweenRecordsIsReportedOnceAndReadingResumes() {
        byte[] file = concat(htmlResponse("https://e.com/a", PAGE_A), bytes("this is not a WARC record\r\n\r\n"),
                htmlResponse("https://e.com/b", PAGE_B));
        PageReader r = open(file, "x.warc");
        List<RawPage> pages = readAll(r);
        assertEquals(3, pages.size());
        assertNull(pages.get(0).skip());
        assertEquals(RejectReason.CORRUPT_RECORD, pages.get(1).skip());
        assertNull(pages.get(2).skip());
        assertEquals("https://e.com/b", pages.get(2).url());
        assertEquals(3, r.recordsRead());
    }

    @Test
    void chunkedAndGzipBodyIsDecoded() {
        byte[] wire = chunked(gzip(bytes(PAGE_A)), 17);
        byte[] rec = response("https://e.com/", http("HTTP/1.1 200 OK", wire,
                "Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"));
        RawPage p = readAll(rec, "x.warc").get(0);
        assertNull(p.skip(), p.skipDetail());
        assertEquals(PAGE_A, text(p));
        assertFalse(p.truncated());
    }

    @Test
    void brotliBodyIsDecoded() {
        byte[] br = resourceBytes("brotli-page.html.br");
        byte[] html = resourceBytes("brotli-page.html");
        byte[] rec = response("https://e.com/", http("HTTP/1.1 200 OK", br,
                "Content-Type: text/html; charset=utf-8", "Content-Encoding: br"));
        RawPage p = readAll(rec, "x.warc").get(0);
        assertNull(p.skip(), p.skipDetail());
        assertArrayEquals(html, p.body());
    }

    @Test
    void deflateWithAndWithoutZlibWrapperIsDecoded() {
        for (boolean nowrap : new boolean[]{false, true}) {
            byte[] rec = response("https://e.com/", http("HTTP/1.1 200 OK", deflate(bytes(PAGE_A), nowrap),
                    "Content-Type: text/html", "Content-Encoding: deflate"));
            RawPage p = readAll(rec, "x.warc").get(0);
            assertEquals(PAGE_A, text(p), "nowrap=" + nowrap);
        }
    }

    @Test
    void alreadyDecodedBodiesAreNotDecodedTwice() {
        // Common Crawl: decoded body, header renamed.
        byte[] cc = response("https://e.com/cc", http("HTTP/1.1 200 OK", bytes(PAGE_A),
                "Content-Type: text/html", "X-Crawler-Content-Encoding: gzip", "X-Crawler-Transfer-Encoding: chunked"));
        // Other tools: decoded body, header kept.
        byte[] kept = response("https://e.com/kept", http("HTTP/1.1 200 OK", bytes(PAGE_B),
                "Content-Type: text/html", "Content-Encoding: gzip", "Transfer-Encoding: chunked"));
        byte[] br = response("https://e.com/br", http("HTTP/1.1 200 OK", bytes(PAGE_B),
                "Content-Type: text/html", "Content-Encoding: br"));
        List<RawPage> pages = readAll(concat(cc, kept, br), "x.warc");
        assertEquals(PAGE_A, text(pages.get(0)));
        assertEquals(PAGE_B, text(pages.get(1)));
        assertEquals(PAGE_B, text(pages.get(2)));
    }

    @Test
    void corruptGzipBodyIsOneCorruptRecordAndReadingGoesOn() {
        byte[] bad = gzip(bytes(PAGE_A));
        for (int i = 12; i < bad.length - 8; i++) {
            bad[i] = (byte) 0xFF; // destroy the deflate data, keep the gzip header
        }
        byte[] file = concat(
                response("https://e.com/bad", http("HTTP/1.1 200 OK", bad, "Content-Type: text/html", "Content-Encoding: gzip")),
                htmlResponse("https://e.com/good", PAGE_B));
        List<RawPage> pages = readAll(file, "x.warc");
        assertEquals(2, pages.size());
        assertEquals(RejectReason.CORRUPT_RECORD, pages.get(0).skip());
        assertTrue(pages.get(0).skipDetail().contains("decode"), pages.get(0).skipDetail());
        assertEquals("https://e.com/bad", pages.get(0).url());
        assertEquals(PAGE_B, text(pages.get(1)));
    }

    @Test
    void gzipBodyCutShortKeepsWhatDecodedAndSaysTruncated() {
        String longPage = PAGE_A.replace("Alpha story.", "Alpha story. ".repeat(2000) + "END");
        byte[] gz = gzip(bytes(longPage));
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        RawPage p = readAll(response("https://e.com/", http("HTTP/1.1 200 OK", cut,
                "Content-Type: text/html", "Content-Encoding: gzip")), "x.warc").get(0);
        assertNull(p.skip(), p.skipDetail());
        assertTrue(p.truncated());
        assertTrue(text(p).startsWith("<!DOCTYPE html>"));
        assertFalse(text(p).contains("END"));
    }

    @Test
    void nulPaddingAtTheEndIsNotARecord() {
        byte[] file = concat(concat(threeRecords()), new byte[5000]);
        List<RawPage> pages = readAll(file, "x.warc");
        assertEquals(Map.of("PAGE", 2, "WARC_NOT_RESPONSE", 1), outcomes(pages));
        // The same, gzipped per record with raw NULs after the last member.
        List<RawPage> gz = readAll(concat(gzipPerRecord(threeRecords()), new byte[3000]), "x.warc.gz");
        assertEquals(Map.of("PAGE", 2, "WARC_NOT_RESPONSE", 1), outcomes(gz));
    }

    @Test
    void junkAfterTheLastGzipMemberIsTruncatedInputNotSilence() {
        byte[][] recs = threeRecords();
        byte[] file = concat(gzipPerRecord(recs), bytes("<html>appended by mistake</html>"));
        List<RawPage> pages = readAll(file, "x.warc.gz");
        assertEquals(4, pages.size(), pages.toString());
        assertEquals(PAGE_B, text(pages.get(2)));
        RawPage last = pages.get(3);
        assertEquals(RejectReason.TRUNCATED_INPUT, last.skip());
        assertTrue(last.skipDetail().contains("not gzip"), last.skipDetail());
    }

    @Test
    void chunkedBodyEndingInsideAChunkIsKeptAndMarkedTruncated() {
        byte[] wire = chunked(bytes(PAGE_A), 40);
        byte[] cutWire = cut(wire, wire.length - 30); // the record ends inside the last data chunk
        RawPage p = readAll(response("https://e.com/", http("HTTP/1.1 200 OK", cutWire,
                "Content-Type: text/html", "Transfer-Encoding: chunked")), "x.warc").get(0);
        assertNull(p.skip(), p.skipDetail());
        assertTrue(p.truncated());
        assertTrue(PAGE_A.startsWith(text(p)), text(p));
        assertFalse(text(p).contains("\r\n"), "no chunk framing left in the payload");
    }

    @Test
    void recordPaddedWithNulsIsAPageMarkedTruncated() {
        // A writer that died mid-record: the declared length is filled with NULs.
        byte[] body = concat(bytes("<html><body><p>Half a sto"), new byte[400]);
        byte[] file = concat(response("https://e.com/", http("HTTP/1.1 200 OK", body, "Content-Type: text/html")),
                new byte[1000]);
        List<RawPage> pages = readAll(file, "x.warc");
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).truncated());
        assertEquals("<html><body><p>Half a sto", text(pages.get(0)));
    }

    @Test
    void crCrLfRecordsAreReadOnceEach() {
        // jwarc 0.36 alone returns these two records four times.
        byte[] file = concat(
                warcWithEol("\r\r\n", "WARC/1.0", "resource", "https://e.com/a", "text/html", bytes(PAGE_A)),
                warcWithEol("\r\r\n", "WARC/1.0", "resource", "https://e.com/b", "text/html", bytes(PAGE_B)));
        List<RawPage> pages = readAll(file, "x.warc");
        assertEquals(2, pages.size(), pages.toString());
        assertEquals(PAGE_A, text(pages.get(0)));
        assertEquals(PAGE_B, text(pages.get(1)));
    }

    @Test
    void lfOnlyRecordsAndLeadingBlankLinesAreRead() {
        byte[] a = warcWithEol("\n", "WARC/1.0", "resource", "https://e.com/a", "text/html", bytes(PAGE_A));
        byte[] b = warcWithEol("\n", "WARC/1.0", "resource", "https://e.com/b", "text/html", bytes(PAGE_B));
        List<RawPage> pages = readAll(concat(bytes("\r\n\r\n"), a, b), "x.warc");
        assertEquals(2, pages.size(), pages.toString());
        assertEquals(4, pages.get(0).sourceOffset(), "offset counts the skipped blank lines");
        assertEquals(PAGE_B, text(pages.get(1)));
    }

    @Test
    void oddHttpHeadsAreRead() {
        byte[] noReason = response("https://e.com/1", http("HTTP/1.1 200", bytes(PAGE_A), "Content-Type: text/html"));
        byte[] crcrlf = response("https://e.com/2", concat(
                latin1("HTTP/1.1 200 OK\r\r\nContent-Type: text/html\r\r\nX-Folded: a\r\r\n  b\r\r\n\r\r\n"), bytes(PAGE_B)));
        byte[] noType = response("https://e.com/3", http("HTTP/1.0 200 OK", bytes(PAGE_A)));
        List<RawPage> pages = readAll(concat(noReason, crcrlf, noType), "x.warc");
        assertEquals(Map.of("PAGE", 3), outcomes(pages));
        assertEquals(PAGE_A, text(pages.get(0)));
        assertEquals("text/html", pages.get(1).contentType());
        assertEquals(PAGE_B, text(pages.get(1)));
        assertNull(pages.get(2).contentType());
    }

    @Test
    void statusTypeAndContentDecideWhatIsAPage() {
        byte[] file = concat(
                response("https://e.com/gone", http("HTTP/1.1 404 Not Found", bytes(PAGE_A), "Content-Type: text/html")),
                response("https://e.com/moved", http("HTTP/1.1 301 Moved", new byte[0], "Location: https://e.com/new")),
                response("https://e.com/logo.png", http("HTTP/1.1 200 OK", new byte[]{(byte) 0x89, 'P', 'N', 'G'},
                        "Content-Type: image/png")),
                response("https://e.com/file", http("HTTP/1.1 200 OK", bytes("%PDF-1.4 ..."),
                        "Content-Type: application/octet-stream")),
                response("https://e.com/empty", http("HTTP/1.1 200 OK", new byte[0], "Content-Type: text/html")),
                response("https://e.com/notes.txt", http("HTTP/1.1 200 OK", bytes("plain words"), "Content-Type: text/plain")),
                response("https://e.com/bad", bytes("SPDY garbage\r\n\r\n")));
        List<RawPage> pages = readAll(file, "x.warc");

        assertEquals(7, pages.size());
        assertEquals(RejectReason.HTTP_STATUS, pages.get(0).skip());
        assertEquals(404, pages.get(0).httpStatus());
        assertEquals(RejectReason.HTTP_STATUS, pages.get(1).skip());
        assertTrue(pages.get(1).skipDetail().contains("https://e.com/new"), pages.get(1).skipDetail());
        assertEquals(RejectReason.NOT_HTML, pages.get(2).skip());
        assertTrue(pages.get(2).skipDetail().contains("image/png"));
        assertEquals(RejectReason.BINARY_CONTENT, pages.get(3).skip());
        assertTrue(pages.get(3).skipDetail().contains("PDF"), pages.get(3).skipDetail());
        assertEquals(RejectReason.EMPTY_BODY, pages.get(4).skip());
        assertNull(pages.get(5).skip(), "text/plain stays a page: the pipeline decides");
        assertEquals(RejectReason.CORRUPT_RECORD, pages.get(6).skip());
    }

    @Test
    void payloadOverTheCapIsCutAndTheNextRecordIsIntact() {
        String big = "<html><body>" + "x".repeat(5000) + "</body></html>";
        byte[] file = concat(
                response("https://e.com/big", http("HTTP/1.1 200 OK", bytes(big), "Content-Type: text/html")),
                htmlResponse("https://e.com/next", PAGE_B));
        PageReader r = PageReaders.open(new ByteArrayInputStream(file), "x.warc", optionsWithCap(1000));
        List<RawPage> pages = readAll(r);
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).truncated());
        assertEquals(1000, pages.get(0).body().length);
        assertEquals(big.substring(0, 1000), text(pages.get(0)));
        assertFalse(pages.get(1).truncated());
        assertEquals(PAGE_B, text(pages.get(1)));
    }

    @Test
    void warcHeaderQuirksDoNotBreakTheRecord() {
        byte[] rec = warc("WARC/1.1", "response", "https://e.com/first", "application/http; msgtype=response",
                http("HTTP/1.1 200 OK", bytes(PAGE_A), "Content-Type: text/html"),
                "WARC-Target-URI: https://e.com/second", "WARC-Truncated: length");
        // A WARC-Date without seconds, as some tools write.
        byte[] noSeconds = new String(rec, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("WARC-Date: 2024-03-05T06:07:08Z", "WARC-Date: 2024-03-05T06:07")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        RawPage p = readAll(noSeconds, "x.warc").get(0);
        assertNull(p.skip(), p.skipDetail());
        assertEquals("https://e.com/first", p.url(), "the first of repeated headers");
        assertEquals(Instant.parse("2024-03-05T06:07:00Z"), p.fetchedAt());
        assertTrue(p.truncated(), "WARC-Truncated carries over");
    }

    @Test
    void arcFilesAreReadToo() {
        byte[] http = http("HTTP/1.1 200 OK", bytes(PAGE_A), "Content-Type: text/html");
        String header = "filedesc://x.arc 0.0.0.0 20080430204825 text/plain 76\n1 0 Internet Archive\n"
                + "URL IP-address Archive-date Content-type Archive-length\n\n";
        byte[] file = concat(latin1(header),
                latin1("http://example.com/ 1.2.3.4 20080430204825 text/html " + http.length + "\n"), http, latin1("\n"));
        PageReader r = open(file, "x.arc");
        assertEquals(InputFormat.WARC, r.format());
        List<RawPage> pages = readAll(r);
        assertEquals(2, pages.size());
        RawPage p = pages.get(1);
        assertEquals("http://example.com/", p.url());
        assertEquals(Instant.parse("2008-04-30T20:48:25Z"), p.fetchedAt());
        assertEquals(PAGE_A, text(p));
    }

    @Test
    void iteratorContractHolds() {
        PageReader r = open(htmlResponse("https://e.com/", PAGE_A), "x.warc");
        assertTrue(r.hasNext());
        assertTrue(r.hasNext(), "hasNext is idempotent");
        r.next();
        assertFalse(r.hasNext());
        assertThrows(NoSuchElementException.class, r::next);
        assertEquals(1, r.recordsRead());
    }
}
