package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static io.gazette.io.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class PageReadersTest {

    private static InputFormat detect(String content, String name) {
        byte[] b = bytes(content);
        return PageReaders.detect(b, b.length, name);
    }

    private static final String HTML_DOC = "<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>";

    @Test
    void contentDecidesNotTheName() {
        assertEquals(InputFormat.WARC, detect("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "dump.txt"));
        assertEquals(InputFormat.WARC, detect("\r\nWARC/0.17\r\n", null));
        assertEquals(InputFormat.WARC, detect("filedesc://IAH.arc 0.0.0.0 20080430204825 text/plain 76\n", "x.dat"));
        assertEquals(InputFormat.JSONL, detect("{\"url\": \"https://e.com/\"}\n", "dump.txt"));
        assertEquals(InputFormat.JSONL, detect("\uFEFF  \n{ \"html\": \"x\"}", "export"));
        assertEquals(InputFormat.HTML, detect(HTML_DOC, "page.txt"), "a .txt file that is HTML");
        assertEquals(InputFormat.HTML, detect("  <html lang=en><body>hi</body></html>", "page"));
        assertEquals(InputFormat.HTML, detect("<!-- saved from url=(0019)https://e.com/x -->\n<html>", "x.txt"));
        assertEquals(InputFormat.HTML, detect("<div class=a><p>one</p><p>two</p></div>", "fragment.txt"),
                "a fragment with several tags");
        assertEquals(InputFormat.TEXT, detect("Thursday, Sep 08, 2022\n\nRajnath Singh in Japan", "seed.html"),
                "an .html file without a single tag is text");
        assertEquals(InputFormat.TEXT, detect("{{Infobox}} is a template", "wiki.txt"), "not a JSON object");
    }

    @Test
    void nameBreaksTies() {
        String oneTag = "A story that quotes <b>one tag</b> and nothing else.";
        assertEquals(InputFormat.HTML, detect(oneTag, "story.html"));
        assertEquals(InputFormat.TEXT, detect(oneTag, "story.txt"));
        assertEquals(InputFormat.TEXT, detect(oneTag, null));
        // Unrecognisable content goes to the named reader, which says what is wrong with it.
        assertEquals(InputFormat.WARC, detect("garbage", "crawl.warc.gz"));
        assertEquals(InputFormat.JSONL, detect("garbage", "dump.jsonl"));
        // Empty or binary: the name decides, the reader reports.
        assertEquals(InputFormat.HTML, detect("", "empty.html"));
        assertEquals(InputFormat.TEXT, detect("", "noname"));
        assertEquals(InputFormat.HTML, detect("%PDF-1.4", "report.html"));
    }

    @Test
    void formatFromName() {
        assertEquals(InputFormat.WARC, PageReaders.formatFromName("s3a://bucket/CC-NEWS-20240305.warc.gz"));
        assertEquals(InputFormat.WARC, PageReaders.formatFromName("IAH.ARC.GZ"));
        assertEquals(InputFormat.JSONL, PageReaders.formatFromName("/data/news-please.ndjson"));
        assertEquals(InputFormat.HTML, PageReaders.formatFromName("saved/page.htm"));
        assertEquals(InputFormat.HTML, PageReaders.formatFromName("page.html.gz"));
        assertEquals(InputFormat.TEXT, PageReaders.formatFromName("seed.txt"));
        assertNull(PageReaders.formatFromName("README"));
        assertNull(PageReaders.formatFromName(null));
    }

    @Test
    void gzipIsTakenOffBeforeDetection() throws IOException {
        byte[] gzHtml = gzip(bytes(HTML_DOC));
        assertEquals(InputFormat.HTML, PageReaders.detect(new ByteArrayInputStream(gzHtml), "page.html.gz"));
        assertEquals(InputFormat.HTML, PageReaders.detect(new ByteArrayInputStream(gzHtml), "page.bin"));
        byte[] gzJsonl = gzip(bytes("{\"url\":\"https://e.com/\",\"html\":\"<p>x</p>\"}\n"));
        PageReader r = open(gzJsonl, "export.gz");
        assertEquals(InputFormat.JSONL, r.format());
        assertEquals("<p>x</p>", readAll(r).get(0).text());
    }

    @Test
    void unreadableStreamsGiveOneUnreadableFileRecord() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        PageReader r = PageReaders.open(broken, "/data/x.warc.gz", options());
        List<RawPage> pages = readAll(r);
        assertEquals(1, pages.size());
        assertEquals(RejectReason.UNREADABLE_FILE, pages.get(0).skip());
        assertEquals(InputFormat.WARC, pages.get(0).format(), "format guessed from the name");
        assertTrue(pages.get(0).skipDetail().contains("disk on fire"));
        assertEquals(1, r.recordsRead());

        // gzip magic followed by nonsense: not decompressible at all.
        byte[] badGzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        List<RawPage> bad = readAll(badGzip, "x.html.gz");
        assertEquals(1, bad.size());
        assertEquals(RejectReason.UNREADABLE_FILE, bad.get(0).skip());
    }

    @Test
    void emptyWarcHasNoRecordsAndEmptyTextHasOne() {
        assertTrue(readAll(new byte[0], "x.warc").isEmpty(), "an empty WARC holds no record");
        assertTrue(readAll(new byte[0], "x.jsonl").isEmpty());
        List<RawPage> tiny = readAll(bytes("WA"), "x.warc");
        assertEquals(1, tiny.size());
        assertEquals(RejectReason.TRUNCATED_INPUT, tiny.get(0).skip());
        assertEquals(RejectReason.EMPTY_BODY, readAll(new byte[0], "x.txt").get(0).skip());
    }
}
