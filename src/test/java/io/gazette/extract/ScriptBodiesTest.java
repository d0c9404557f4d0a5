package io.gazette.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parser is handed the page without the content of scripts, styles and inline SVG: the same
 * elements and text come out (an SVG's own elements aside), JSON-LD untouched.
 */
class ScriptBodiesTest {

    @Test
    void scriptStyleAndSvgContentIsLeftOutAndJsonLdKept() {
        String html = "<html><head><STYLE media=all>p{color:red} a>b{}</STYLE>"
                + "<script type=\"application/ld+json\">{\"datePublished\":\"2022-09-08\"}</script>"
                + "<script>var s = '<div>not markup</div>'; if (a<b) {}</script></head>"
                + "<body><p>Before <svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><title>icon</title></svg> after.</p>"
                + "<Script src=x.js></Script><p>End.</p></body></html>";
        String out = ParseStep.withoutScriptBodies(html);
        assertFalse(out.contains("color:red") || out.contains("not markup") || out.contains("icon"), out);
        assertTrue(out.contains("{\"datePublished\":\"2022-09-08\"}"), out);
        Document doc = Jsoup.parse(out);
        assertEquals("Before after. End.", doc.body().text());
        assertEquals(2, doc.select("script").size() - 1, "the elements stay, only their content goes");
        assertEquals(1, doc.select("svg").size());
        assertEquals(1, doc.select("style").size());
    }

    @Test
    void selfClosingSvgQuotedBracketsAndLookalikeTagsAreSafe() {
        String html = "<p>One <svg/> two</p><p>three</p><svg></svg>"
                + "<script data-x=\"a>b\">code()</script><p>four</p><scripts>five</scripts><styled>six</styled>";
        Document doc = Jsoup.parse(ParseStep.withoutScriptBodies(html));
        assertEquals(Jsoup.parse(html).text(), doc.text());
        assertTrue(doc.text().startsWith("One two three four five"), doc.text());
        assertTrue(doc.select("script").first().data().isEmpty());
        assertEquals("a>b", doc.select("script").attr("data-x"));
    }

    @Test
    void nestedSvgIsEmptiedToItsOwnClosingTag() {
        String html = "<figure><svg><g><svg viewBox='0 0 1 1'><path/></svg><circle r=1></circle></g></svg>"
                + "<figcaption>Caption</figcaption></figure>";
        Document doc = Jsoup.parse(ParseStep.withoutScriptBodies(html));
        assertTrue(doc.select("circle, g, path").isEmpty(), doc.body().html());
        assertEquals("Caption", doc.select("figure > figcaption").text());
    }

    @Test
    void anUnclosedScriptIsLeftAsItIs() {
        String html = "<p>Text</p><script>never closed <p>more";
        assertEquals(html, ParseStep.withoutScriptBodies(html));
        String plain = "<p>No scripts at all</p>";
        assertSame(plain, ParseStep.withoutScriptBodies(plain));
    }

    /**
     * On the sample pages (and the article-extraction eval pages, when ../shared/eval is there): the
     * same text, the same elements outside the emptied ones, the same JSON-LD. */
    @Test
    void samplePagesParseToTheSameTextAndJsonLd() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("sample-data/html"))) {
            files = s.sorted().toList();
        }
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of("sample-data/_sources"))) {
            sources = s.sorted().toList();
        }
        List<Path> all = new ArrayList<>(files);
        all.addAll(sources);
        Path eval = Path.of("../shared/eval/article-extraction/html");
        if (Files.isDirectory(eval)) {
            try (Stream<Path> s = Files.list(eval)) {
                all.addAll(s.sorted().toList());
            }
        }
        int emptied = 0;
        for (Path f : all) {
            String html = read(f);
            String out = ParseStep.withoutScriptBodies(html);
            if (out.length() < html.length()) {
                emptied++;
            }
            Document full = Jsoup.parse(html);
            Document lean = Jsoup.parse(out);
            full.select("svg *").remove(); // an icon's <title> is text to jsoup; no step reads it
            lean.select("svg *").remove();
            assertTrue(full.text().equals(lean.text()), () -> f + " parses to another text");
            assertEquals(full.select("script[type~=ld\\+json]").eachAttr("type").size(),
                    lean.select("script[type~=ld\\+json]").size(), f.toString());
            for (int i = 0; i < lean.select("script[type~=ld\\+json]").size(); i++) {
                assertEquals(full.select("script[type~=ld\\+json]").get(i).data(),
                        lean.select("script[type~=ld\\+json]").get(i).data(), f.toString());
            }
            // scripts written by scripts (document.write('<script>...')) may split or join differently
            assertEquals(full.select(":not(script)").size(), lean.select(":not(script)").size(), f.toString());
            // the step hands the parser the kept spans as a stream, not the joined string: same document
            Document streamed = org.jsoup.parser.Parser.htmlParser()
                    .parseInput(new ParseStep.SpansReader(html, ParseStep.keptSpans(html)), "");
            streamed.select("svg *").remove();
            assertEquals(lean.outerHtml(), streamed.outerHtml(), f.toString());
        }
        assertTrue(emptied >= 3, "sample pages with scripts or styles: " + emptied);
    }

    @Test
    void theSpansReaderGivesTheKeptCharactersWhateverTheReadSizes() throws IOException {
        String html = "<p>a</p><script>var x = 1;</script><p>b</p><style>p{}</style><svg><g/></svg><p>c</p>";
        int[] spans = ParseStep.keptSpans(html);
        assertEquals(8, spans.length, "four kept spans around three emptied bodies");
        String expected = ParseStep.withoutScriptBodies(html);
        assertEquals("<p>a</p><script></script><p>b</p><style></style><svg></svg><p>c</p>", expected);
        for (int size = 1; size <= expected.length() + 1; size++) {
            StringBuilder got = new StringBuilder();
            char[] buf = new char[size + 2];
            try (ParseStep.SpansReader r = new ParseStep.SpansReader(html, spans)) {
                for (int n; (n = r.read(buf, 1, size)) != -1; ) {
                    assertTrue(n > 0 && n <= size, "read " + n + " of " + size);
                    got.append(buf, 1, n);
                }
                assertEquals(-1, r.read(buf, 0, size), "stays at its end");
            }
            assertEquals(expected, got.toString(), "read size " + size);
        }
        assertEquals(2, ParseStep.keptSpans("<p>no scripts</p>").length);
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] bytes = f.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
