package io.gazette.extract;

import io.gazette.config.GazetteOptions;
import io.gazette.model.Article;
import io.gazette.model.InputFormat;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DOM node-count cap (extract.max-dom-elements). */
class ParseStepTest {

    /** A page of {@code n} paragraphs, p0 ... p(n-1), each a sentence long. */
    private static String page(int n) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><title>Many paragraphs</title></head><body><article>");
        for (int i = 0; i < n; i++) {
            b.append("<p>Paragraph p").append(i).append(" says something, at some length, about the harbour.</p>\n");
        }
        return b.append("</article></body></html>").toString();
    }

    private static PageWork parse(String html, int cap) {
        GazetteOptions options = GazetteOptions.load(null, Map.of("extract.max-dom-elements", Integer.toString(cap)));
        RawPage raw = RawPage.builder("mem", 0, InputFormat.HTML).url("https://example.com/a").build();
        PageWork w = new PageWork(raw, options);
        w.html = html;
        new ParseStep().apply(w);
        return w;
    }

    @Test
    void aPageOverTheCapIsCutAndSaysSo() {
        PageWork w = parse(page(3000), 1000);
        int elements = w.doc.getAllElements().size();
        assertTrue(elements >= 1000 && elements <= 1010, "elements built: " + elements);
        assertTrue(w.truncated);
        // parsing stopped, in document order: the first paragraphs are there, the last are not
        assertEquals("Paragraph p0 says something, at some length, about the harbour.", w.doc.select("p").first().text());
        int paragraphs = w.doc.select("p").size();
        assertTrue(paragraphs >= 990 && paragraphs <= 1000, "paragraphs kept: " + paragraphs);
        assertFalse(w.doc.text().contains("p2999"));
    }

    @Test
    void aPageUnderTheCapIsParsedWhole() {
        PageWork w = parse(page(500), 1000);
        assertEquals(500, w.doc.select("p").size());
        assertFalse(w.truncated);
    }

    @Test
    void zeroMeansNoCap() {
        PageWork w = parse(page(3000), 0);
        assertEquals(3000, w.doc.select("p").size());
        assertFalse(w.truncated);
    }

    @Test
    void manyTagsButFewElementsIsNotACut() {
        // 1,500 start tags, but the page ends before the cap is reached: the streamed parse is complete
        PageWork w = parse(page(1495), 1500);
        assertEquals(1495, w.doc.select("p").size());
        assertFalse(w.truncated);
    }

    @Test
    void startTagsCountsOnlyTagsThatOpenElements() {
        assertEquals(3, ParseStep.startTags("<p>a</p><br/> 1 < 3 <!-- c --> <X>", 100));
        assertEquals(2, ParseStep.startTags("<a><b><c><d>", 2));
    }

    @Test
    void theArticleRowSaysTruncated() {
        GazetteOptions options = GazetteOptions.load(null, Map.of("extract.max-dom-elements", "1000"));
        RawPage raw = RawPage.builder("mem", 0, InputFormat.HTML).url("https://example.com/news/a")
                .contentType("text/html; charset=utf-8").body(page(3000).getBytes(StandardCharsets.UTF_8)).build();
        Outcome out = new Pipeline(options).process(raw);
        Article a = assertInstanceOf(Article.class, out, () -> "rejected: " + out);
        assertTrue(a.truncated());
        assertTrue(a.text().contains("p0 says"));
    }

    /** A UTF-8 page reaches the parser as bytes; the character cap cuts it as the parser reads. */
    @Test
    void theCharacterCapCutsAPageReadFromBytesAndCountsNoScript() {
        GazetteOptions options = GazetteOptions.load(null, Map.of("extract.max-html-chars", "20000"));
        String html = page(3000).replace("<body>", "<body><script>var x = '" + "x".repeat(50_000) + "';</script>");
        RawPage raw = RawPage.builder("mem", 0, InputFormat.HTML).url("https://example.com/news/a")
                .contentType("text/html; charset=utf-8").body(html.getBytes(StandardCharsets.UTF_8)).build();
        Outcome out = new Pipeline(options).process(raw);
        Article a = assertInstanceOf(Article.class, out, () -> "rejected: " + out);
        assertTrue(a.truncated());
        // ~75 characters a paragraph: the first ~260 fit in 20,000, the script's 50,000 not counted
        assertTrue(a.text().contains("p0 says") && a.text().contains("p200 says"), a.text().length() + " chars");
        assertFalse(a.text().contains("p400 says"));
    }

    /** A page given as text (JSON Lines) is cut by the same cap, its script content not counted either. */
    @Test
    void theCharacterCapCutsAPageGivenAsTextTheSameWay() {
        GazetteOptions options = GazetteOptions.load(null, Map.of("extract.max-html-chars", "20000"));
        String html = page(3000).replace("<body>", "<body><script>var x = '" + "x".repeat(50_000) + "';</script>");
        RawPage raw = RawPage.builder("mem", 0, InputFormat.JSONL).url("https://example.com/news/a").text(html).build();
        Outcome out = new Pipeline(options).process(raw);
        Article a = assertInstanceOf(Article.class, out, () -> "rejected: " + out);
        assertTrue(a.truncated());
        assertTrue(a.text().contains("p0 says") && a.text().contains("p200 says"), a.text().length() + " chars");
        assertFalse(a.text().contains("p400 says"));
    }
}
