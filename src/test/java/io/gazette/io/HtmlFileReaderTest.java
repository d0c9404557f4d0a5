package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static io.gazette.io.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class HtmlFileReaderTest {

    private static RawPage one(byte[] file, String name) {
        List<RawPage> pages = readAll(file, name);
        assertEquals(1, pages.size(), "one record per file");
        return pages.get(0);
    }

    @Test
    void savedFromCommentGivesTheUrl() {
        String html = "<!DOCTYPE html>\n<!-- saved from url=(0045)https://www.example-news.com/politics/a-story -->\n"
                + "<html><head><link rel=\"canonical\" href=\"https://example-news.com/canonical\"></head>"
                + "<body><p>Text</p></body></html>";
        RawPage p = one(bytes(html), "a-story.html");
        assertNull(p.skip());
        assertEquals(InputFormat.HTML, p.format());
        assertEquals(0, p.sourceOffset());
        assertEquals("https://www.example-news.com/politics/a-story", p.url());
        assertEquals("text/html", p.contentType());
        assertEquals(html, text(p));
        assertNull(p.fetchedAt());
    }

    @Test
    void savedFromCommentWithLengthGluedToTheEnd() {
        // IE wrote the comment without a space before "-->"; the length says where the URL ends.
        String html = "<!-- saved from url=(0023)http://www.example.com/--><html><body><p>x</p></body></html>";
        assertEquals("http://www.example.com/", one(bytes(html), "x.htm").url());
    }

    @Test
    void canonicalThenOgUrlThenNothing() {
        String canonical = "<html><head><meta property=\"og:url\" content=\"https://e.com/og\">"
                + "<link href='https://e.com/story?id=1&amp;p=2' rel='canonical'></head><body><p>x</p></body></html>";
        assertEquals("https://e.com/story?id=1&p=2", one(bytes(canonical), "c.html").url(),
                "attribute order does not matter; &amp; decoded");

        String og = "<html><head><meta content=\"https://e.com/og\" property=\"og:url\"/></head><body><p>x</p></body></html>";
        assertEquals("https://e.com/og", one(bytes(og), "o.html").url());

        String relative = "<html><head><link rel=canonical href=/relative/path></head><body><p>x</p></body></html>";
        assertNull(one(bytes(relative), "r.html").url(), "a relative canonical cannot be resolved without a base");

        String singleFile = "<!DOCTYPE html> <html><!--\n Page saved with SingleFile \n url: https://e.com/sf \n"
                + " saved date: Tue Mar 05 2024 --><head></head><body><p>x</p></body></html>";
        assertEquals("https://e.com/sf", one(bytes(singleFile), "s.html").url());
    }

    @Test
    void gzippedHtmlIsDecompressed() {
        String html = "<html><head><title>Z</title></head><body><p>zipped</p></body></html>";
        RawPage p = one(gzip(bytes(html)), "page.html.gz");
        assertEquals(InputFormat.HTML, p.format());
        assertEquals(html, text(p));
    }

    @Test
    void emptyBinaryAndOversizedFiles() {
        assertEquals(RejectReason.EMPTY_BODY, one(new byte[0], "empty.html").skip());
        assertEquals(RejectReason.EMPTY_BODY, one(bytes("\uFEFF  \n\t "), "blank.html").skip());

        RawPage pdf = one(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "report.html");
        assertEquals(RejectReason.BINARY_CONTENT, pdf.skip());
        assertTrue(pdf.skipDetail().contains("PDF"));
        assertEquals(RejectReason.BINARY_CONTENT,
                one(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, "photo.htm").skip());

        String big = "<html><body>" + "w".repeat(3000) + "</body></html>";
        RawPage cut = readAll(PageReaders.open(new ByteArrayInputStream(bytes(big)), "big.html", optionsWithCap(1000))).get(0);
        assertTrue(cut.truncated());
        assertEquals(1000, cut.body().length);
    }

    @Test
    void gzipCutShortKeepsTheBeginning() {
        String html = "<html><body>" + "<p>paragraph of text number one two three</p>\n".repeat(400) + "</body></html>";
        byte[] gz = gzip(bytes(html));
        RawPage p = one(cut(gz, gz.length / 2), "cut.html.gz");
        assertNull(p.skip(), p.skipDetail());
        assertTrue(p.truncated());
        assertTrue(html.startsWith(text(p)));
    }
}
