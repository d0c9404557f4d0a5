package io.gazette.io;

import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import io.gazette.model.RejectReason;
import io.gazette.testing.SharedEval;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.gazette.io.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class TextFileReaderTest {

    @Test
    void leadingUrlLineGivesTheUrlAndIsRemoved() {
        String file = "\nURL: https://www.example-news.com/world/2022/09/08/talks\nTalks in Tokyo\n\nThe minister said...\n";
        List<RawPage> pages = readAll(bytes(file), "talks.txt");
        assertEquals(1, pages.size());
        RawPage p = pages.get(0);
        assertEquals(InputFormat.TEXT, p.format());
        assertEquals("https://www.example-news.com/world/2022/09/08/talks", p.url());
        assertEquals("Talks in Tokyo\n\nThe minister said...\n", text(p));
        assertEquals("text/plain", p.contentType());
    }

    @Test
    void withoutUrlLineTheWholeFileIsTheBody() {
        String file = "Talks in Tokyo\nURL: https://not-first-line.example.com/\n";
        RawPage p = readAll(bytes(file), "talks.txt").get(0);
        assertNull(p.url());
        assertEquals(file, text(p));
    }

    @Test
    void emptyAndBinaryFiles() {
        assertEquals(RejectReason.EMPTY_BODY, readAll(new byte[0], "e.txt").get(0).skip());
        assertEquals(RejectReason.EMPTY_BODY, readAll(bytes("URL: https://e.com/only-a-url\n"), "u.txt").get(0).skip());
        RawPage zip = readAll(concat(bytes("PK"), new byte[]{3, 4, 20, 0, 0, 0}), "archive.txt").get(0);
        assertEquals(RejectReason.BINARY_CONTENT, zip.skip());
        RawPage nul = readAll(concat(bytes("text then"), new byte[]{0, 0, 0, 1, 2}, bytes("more")), "n.txt").get(0);
        assertEquals(RejectReason.BINARY_CONTENT, nul.skip());
        assertTrue(nul.skipDetail().contains("NUL"));
    }

    @Test
    void theSeedPageIsOneTextPage() throws IOException {
        Path seed = SharedEval.require("../seed").resolve("indianexpress-2022-09-08-scraped.txt");
        byte[] bytes = Files.readAllBytes(seed);
        List<RawPage> pages = readAll(bytes, seed.toString());
        assertEquals(1, pages.size());
        RawPage p = pages.get(0);
        assertEquals(InputFormat.TEXT, p.format());
        assertNull(p.skip());
        assertNull(p.url(), "the seed carries no URL line");
        assertArrayEquals(bytes, p.body());
        assertTrue(TextDecoder.decode(p.body(), p.contentType()).text().contains("Rajnath Singh in Japan"));
    }
}
