package io.gazette.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttrsTest {
    private static final String[] KEYS = {"class", "id", "role", "itemprop", "aria-hidden", "hidden", "style", "rel",
            "href", "data-testid", "datetime", "pubdate", "title", "content", "property", "name", "start", "lang"};

    /** Mixed-case names in the markup: the parser lower-cases them, so lower-case keys find them. */
    @Test
    void mixedCaseAttributeNamesAreFoundByTheirLowerCaseKey() {
        Element p = Jsoup.parse("<p CLASS=' lede x ' Id=a1 ItemProp=author Hidden DATA-TESTID=t>x</p>")
                .selectFirst("p");
        assertEquals("lede x", Attrs.className(p));
        assertEquals("a1", Attrs.id(p));
        assertEquals("author", Attrs.get(p, "itemprop"));
        assertEquals("t", Attrs.get(p, "data-testid"));
        assertTrue(Attrs.has(p, "hidden"));
        assertEquals("", Attrs.get(p, "hidden"), "a boolean attribute's value");
        assertEquals("", Attrs.get(p, "role"));
    }

    /**
     * On every element of the sample pages (and of 40 eval pages when ../shared/eval is there), the same
     * answers as jsoup's own calls.
     */
    @Test
    void sameAnswersAsJsoupOnEveryElementOfRealPages() throws IOException {
        long elements = 0;
        long withAttributes = 0;
        for (Path f : pages()) {
            Document doc = Jsoup.parse(read(f));
            for (Element e : doc.getAllElements()) {
                elements++;
                withAttributes += e.attributesSize() > 0 ? 1 : 0;
                assertEquals(e.className(), Attrs.className(e), f::toString);
                assertEquals(e.id(), Attrs.id(e), f::toString);
                for (String k : KEYS) {
                    assertEquals(e.attr(k), Attrs.get(e, k), () -> f + " " + k);
                    assertEquals(e.hasAttr(k), Attrs.has(e, k), () -> f + " " + k);
                }
            }
        }
        // the sample pages alone (a clone without ../shared) have a few hundred
        assertTrue(withAttributes > 200, "elements with attributes: " + withAttributes + " of " + elements);
    }

    private static List<Path> pages() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String dir : new String[]{"sample-data/html", "sample-data/_sources"}) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                all.addAll(s.filter(f -> f.toString().contains(".htm")).sorted().toList());
            }
        }
        Path eval = Path.of("../shared/eval/article-extraction/html");
        if (Files.isDirectory(eval)) {
            try (Stream<Path> s = Files.list(eval)) {
                all.addAll(s.sorted().limit(40).toList());
            }
        }
        return all;
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] b = f.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
