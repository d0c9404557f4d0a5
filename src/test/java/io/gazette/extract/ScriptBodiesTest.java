package io.gazette.extract;

import io.gazette.config.GazetteOptions;
import io.gazette.io.TextDecoder;
import io.gazette.model.InputFormat;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
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
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        String out = ScriptBodies.withoutScriptBodies(html);
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
        Document doc = Jsoup.parse(ScriptBodies.withoutScriptBodies(html));
        assertEquals(Jsoup.parse(html).text(), doc.text());
        assertTrue(doc.text().startsWith("One two three four five"), doc.text());
        assertTrue(doc.select("script").first().data().isEmpty());
        assertEquals("a>b", doc.select("script").attr("data-x"));
    }

    @Test
    void nestedSvgIsEmptiedToItsOwnClosingTag() {
        String html = "<figure><svg><g><svg viewBox='0 0 1 1'><path/></svg><circle r=1></circle></g></svg>"
                + "<figcaption>Caption</figcaption></figure>";
        Document doc = Jsoup.parse(ScriptBodies.withoutScriptBodies(html));
        assertTrue(doc.select("circle, g, path").isEmpty(), doc.body().html());
        assertEquals("Caption", doc.select("figure > figcaption").text());
    }

    @Test
    void anUnclosedScriptIsLeftAsItIs() {
        String html = "<p>Text</p><script>never closed <p>more";
        assertEquals(html, ScriptBodies.withoutScriptBodies(html));
        String plain = "<p>No scripts at all</p>";
        assertSame(plain, ScriptBodies.withoutScriptBodies(plain));
    }

    /**
     * On the sample pages (and the article-extraction eval pages, when ../shared/eval is there): the
     * same text, the same elements outside the emptied ones, the same JSON-LD. */
    @Test
    void samplePagesParseToTheSameTextAndJsonLd() throws IOException {
        int emptied = 0;
        for (Path f : pages()) {
            String html = read(f);
            String out = ScriptBodies.withoutScriptBodies(html);
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
                    .parseInput(new ScriptBodies.SpansReader(html, ScriptBodies.keptSpans(html)), "");
            streamed.select("svg *").remove();
            assertEquals(lean.outerHtml(), streamed.outerHtml(), f.toString());
        }
        assertTrue(emptied >= 3, "sample pages with scripts or styles: " + emptied);
    }

    @Test
    void theSpansReaderGivesTheKeptCharactersWhateverTheReadSizes() throws IOException {
        String html = "<p>a</p><script>var x = 1;</script><p>b</p><style>p{}</style><svg><g/></svg><p>c</p>";
        int[] spans = ScriptBodies.keptSpans(html);
        assertEquals(8, spans.length, "four kept spans around three emptied bodies");
        String expected = ScriptBodies.withoutScriptBodies(html);
        assertEquals("<p>a</p><script></script><p>b</p><style></style><svg></svg><p>c</p>", expected);
        for (int size = 1; size <= expected.length() + 1; size++) {
            StringBuilder got = new StringBuilder();
            char[] buf = new char[size + 2];
            try (ScriptBodies.SpansReader r = new ScriptBodies.SpansReader(html, spans)) {
                for (int n; (n = r.read(buf, 1, size)) != -1; ) {
                    assertTrue(n > 0 && n <= size, "read " + n + " of " + size);
                    got.append(buf, 1, n);
                }
                assertEquals(-1, r.read(buf, 0, size), "stays at its end");
            }
            assertEquals(expected, got.toString(), "read size " + size);
        }
        assertEquals(2, ScriptBodies.keptSpans("<p>no scripts</p>").length);
    }

    /**
     * The decode step runs the same scan on the undecoded bytes of a UTF-8 page and decodes only the
     * kept bytes: the same characters as the scan on the decoded page, on every sample page.
     */
    @Test
    void theScanOnBytesKeepsWhatTheScanOnTextKeeps() throws IOException {
        int markup = 0;
        for (Path f : pages()) {
            byte[] bytes = readBytes(f);
            int[] spans = ScriptBodies.keptSpansOfMarkup(bytes);
            if (spans == null) {
                continue;
            }
            markup++;
            StringBuilder kept = new StringBuilder();
            for (int k = 0; k < spans.length; k += 2) {
                kept.append(new String(bytes, spans[k], spans[k + 1] - spans[k], StandardCharsets.UTF_8));
            }
            assertEquals(ScriptBodies.withoutScriptBodies(new String(bytes, StandardCharsets.UTF_8)), kept.toString(),
                    f.toString());
        }
        assertTrue(markup >= 10, "markup pages: " + markup);
        assertNull(ScriptBodies.keptSpansOfMarkup("Plain text: 3 < 4, an <em>aside</em>.".getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A page from a WARC (bytes: the decode step leaves the script bodies out) and the same page from
     * JSON Lines (text: the parse step does) come out as the same article, on every UTF-8 sample page.
     */
    @Test
    void aPageDecodedWithoutItsScriptBodiesGivesTheSameArticle() throws IOException {
        Pipeline pipeline = new Pipeline(GazetteOptions.load(null, Map.of("entities.enabled", "false")));
        int compared = 0;
        for (Path f : pages()) {
            byte[] bytes = readBytes(f);
            if (!TextDecoder.decode(bytes, null).charset().equals("UTF-8")) {
                continue;
            }
            RawPage.Builder page = RawPage.builder(f.toString(), 0, InputFormat.HTML).url("https://example.com/a/b");
            Outcome fromBytes = pipeline.process(page.body(bytes).build());
            Outcome fromText = pipeline.process(page.body(null).text(new String(bytes, StandardCharsets.UTF_8)).build());
            assertEquals(fromText, fromBytes, f.toString());
            compared++;
        }
        assertTrue(compared >= 10, "pages compared: " + compared);
    }

    @Test
    void spansAreCutAtTheCharacterCap() {
        int[] spans = {0, 10, 20, 25, 30, 40};
        assertSame(spans, ScriptBodies.upTo(spans, 0), "no cap");
        assertSame(spans, ScriptBodies.upTo(spans, 25), "25 characters fit 25");
        assertArrayEquals(new int[]{0, 10, 20, 25, 30, 34}, ScriptBodies.upTo(spans, 19));
        assertArrayEquals(new int[]{0, 10, 20, 23}, ScriptBodies.upTo(spans, 13));
        assertArrayEquals(new int[]{0, 10, 20, 20}, ScriptBodies.upTo(spans, 10));
        assertArrayEquals(new int[]{0, 4}, ScriptBodies.upTo(spans, 4));
    }

    @Test
    void multiByteCharactersAroundTheTagsAreNotCut() {
        String html = "<p>Caf\u00e9 \u2014 \u65e5\u672c</p><script>var s = '\u00e9\u2014\ud83d\ude00';</script>"
                + "<p>\ud83d\ude00 na\u00efve</p><style>\u00a0</style><p>\u00fc</p>";
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        int[] spans = ScriptBodies.keptSpansOfMarkup(bytes);
        StringBuilder kept = new StringBuilder();
        for (int k = 0; k < spans.length; k += 2) {
            kept.append(new String(bytes, spans[k], spans[k + 1] - spans[k], StandardCharsets.UTF_8));
        }
        assertEquals("<p>Caf\u00e9 \u2014 \u65e5\u672c</p><script></script><p>\ud83d\ude00 na\u00efve</p><style></style>"
                + "<p>\u00fc</p>", kept.toString());
    }

    /** The eight-bytes-at-a-time search against a byte-by-byte one, on random bytes with few targets. */
    @Test
    void latin1IndexOfFindsEveryFirstOccurrence() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                int r = random.nextInt(10);
                b[i] = r == 0 ? (byte) '<' : r == 1 ? (byte) ('<' | 0x80) : r == 2 ? (byte) ('<' - 1)
                        : (byte) random.nextInt(256);
            }
            ScriptBodies.Latin1 text = new ScriptBodies.Latin1(b);
            for (int from = 0; from <= b.length; from++) {
                int expected = -1;
                for (int i = from; i < b.length; i++) {
                    if (b[i] == '<') {
                        expected = i;
                        break;
                    }
                }
                assertEquals(expected, text.indexOf('<', from), "round " + round + " from " + from);
            }
        }
    }

    @Test
    void tagNamesFoldOnlyAsciiLetters() {
        // U+017F (long s) upper-cases to S, U+212A (Kelvin) lower-cases to k: not tag names to the tokenizer
        String html = "<p>a</p><\u017Fcript>kept</\u017Fcript><SCRIPT\tx=1>gone</Script\n><p>b</p>";
        assertEquals("<p>a</p><\u017Fcript>kept</\u017Fcript><SCRIPT\tx=1></Script\n><p>b</p>",
                ScriptBodies.withoutScriptBodies(html));
    }

    /** The sample pages, and the article-extraction eval pages when ../shared/eval is there. */
    private static List<Path> pages() throws IOException {
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
        return all;
    }

    private static String read(Path f) throws IOException {
        return new String(readBytes(f), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return f.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }
}
