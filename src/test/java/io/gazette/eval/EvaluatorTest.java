package io.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runner on small sets laid out like ../shared/eval, with pages written here. */
class EvaluatorTest {
    static final String BODY = "The harbour bridge reopened to traffic on Monday after eight months of repairs to "
            + "its steel deck, the city council said in a statement on its website.";

    static String page(String title, String author, String body) {
        return "<html><head><title>" + title + " | The Example Times</title>"
                + "<meta name=author content=\"" + author + "\"></head><body><nav><a href=/>Home</a> <a href=/a>World</a>"
                + "</nav><article><h1>" + title + "</h1><p>" + body + "</p><p>" + body.replace("Monday", "Tuesday")
                + "</p></article><footer>Copyright The Example Times</footer></body></html>";
    }

    static void gz(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void articleExtractionLayout(@TempDir Path dir) throws Exception {
        Path set = dir.resolve("article-extraction");
        gz(set.resolve("html/p1.html.gz"), page("Bridge reopens", "Jane Doe", BODY));
        String gold = BODY + "\n\n" + BODY.replace("Monday", "Tuesday");
        // p2's gold names a paragraph the page does not have: recall drops, precision stays
        gz(set.resolve("html/p2.html.gz"), page("Bridge reopens", "Jane Doe", BODY));
        Files.writeString(set.resolve("ground-truth.json"), new ObjectMapper().writeValueAsString(java.util.Map.of(
                "p1", java.util.Map.of("articleBody", gold, "url", "https://example.com/a/1"),
                "p2", java.util.Map.of("articleBody", gold + "\n\nA third paragraph that the page never printed at all.",
                        "url", "https://example.com/a/2"))));

        List<EvalSet> sets = EvalSet.discover(dir);
        assertEquals(1, sets.size());
        SetReport r = new Evaluator(new Pipeline(GazetteOptions.defaults())).run(sets.get(0), List.of());
        TextMetrics.Aggregate a = r.text();
        assertEquals(2, a.pages());
        assertEquals(1.0, a.precision(), 1e-9);
        // p2: gold has 27 + 27 + 10 = 64 tokens -> 61 shingles; the prediction is the first 54 tokens of
        // it (the text is one token stream, paragraph breaks do not cut shingles): 51 of 61 found
        assertEquals((1.0 + 51.0 / 61) / 2, a.recall(), 1e-9);

        Path pred = dir.resolve("pred.json");
        r.writeTextPredictions(pred);
        JsonNode json = new ObjectMapper().readTree(pred.toFile());
        assertEquals(gold, json.get("p1").get("articleBody").asText());
        assertTrue(r.format().contains("article-extraction: 2 pages, 0 rejected"), r.format());
    }

    @Test
    void metadataLayoutScoresTitlesAuthorsAndText(@TempDir Path dir) throws Exception {
        Path set = dir.resolve("metadata");
        gz(set.resolve("pages/m1.html.gz"), page("Bridge reopens", "By Jane Doe", BODY));
        gz(set.resolve("pages/m2.html.gz"), page("Library hours", "Staff", BODY));
        Files.writeString(set.resolve("gold.jsonl"),
                "{\"id\":\"m1\",\"file\":\"pages/m1.html.gz\",\"source\":\"s\",\"url\":\"https://example.com/1\","
                        + "\"title\":\"Bridge reopens\",\"author\":\"Jane Doe and John Roe\",\"date_published\":null}\n"
                        + "{\"id\":\"m2\",\"file\":\"pages/m2.html.gz\",\"source\":\"s\",\"url\":\"https://example.com/2\","
                        + "\"title\":\"Library Hours!\",\"author\":null,\"date_published\":null}\n");
        SetReport r = new Evaluator(new Pipeline(GazetteOptions.defaults())).run(EvalSet.discover(dir).get(0), List.of());
        SetReport.MetaScore m = r.meta();
        assertEquals(2, m.titles());
        assertEquals(0.5, m.titleEm(), 1e-9);              // "Library hours" != "library hours!"
        assertEquals(1, m.authors());
        assertEquals(2.0 / 3, m.authorF1(), 1e-9);          // {jane doe} against {jane doe, john roe}
        Path out = dir.resolve("out.jsonl");
        r.writeMetadataPredictions(out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).contains("\"authors\":[\"Jane Doe\"]"), lines.get(0));
    }

    @Test
    void thePredictionFileWritesTheDayTheDateTableScores() {
        // a UTC stamp whose local day at the outlet (shown by the URL) is the day before
        var d = new io.gazette.extract.date.PublicationDate(java.time.Instant.parse("2020-02-18T02:18:11Z"), "Z",
                java.time.LocalDate.of(2020, 2, 17), "meta:article:published_time;day=url", null, "Z", "url-day");
        assertEquals("2020-02-17", Evaluator.published(d));
        var same = new io.gazette.extract.date.PublicationDate(java.time.Instant.parse("2020-02-18T02:18:11Z"), "+05:30",
                java.time.LocalDate.of(2020, 2, 18), "meta:article:published_time", null, "+05:30", null);
        assertEquals("2020-02-18T07:48:11+05:30", Evaluator.published(same));
    }
}
