package io.gazette.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.model.Article;
import io.gazette.model.InputFormat;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One golden case: a folder under src/test/resources/golden holding a page written for the test
 * ({@code source.html} or {@code source.txt}) and {@code expected.json}:
 * <pre>
 * {"url": "...", "format": "html" | "text",
 *  "fields": {"title": ..., "authors": [...], "language": ..., ...},   // only the fields named are checked
 *  "text": {"startsWith": ..., "endsWith": ..., "paragraphs": n,
 *           "contains": [...], "notContains": [...]}}                   // text compared by segments
 * </pre>
 */
record GoldenCase(String name, Path dir, JsonNode expected) {
    static final Path ROOT = Path.of("src/test/resources/golden");
    static final ObjectMapper JSON = new ObjectMapper();

    static List<GoldenCase> all() throws IOException {
        List<GoldenCase> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                out.add(new GoldenCase(d.getFileName().toString(), d, JSON.readTree(d.resolve("expected.json").toFile())));
            }
        }
        return out;
    }

    Outcome run() throws IOException {
        boolean text = "text".equals(expected.path("format").asText("html"));
        Path source = dir.resolve(text ? "source.txt" : "source.html");
        RawPage raw = RawPage.builder(source.toString(), 0, text ? InputFormat.TEXT : InputFormat.HTML)
                .url(expected.path("url").asText(null))
                .body(Files.readAllBytes(source))
                .build();
        return new Pipeline(GazetteOptions.defaults()).process(raw);
    }

    /** The checked fields of an article, by the names expected.json uses. */
    static Map<String, Object> fields(Article a) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("title", a.title());
        f.put("siteName", a.siteName());
        f.put("description", a.description());
        f.put("authors", a.authors());
        f.put("language", a.language());
        f.put("section", a.section());
        f.put("tags", a.tags());
        f.put("topImage", a.topImage());
        f.put("canonicalUrl", a.canonicalUrl());
        f.put("credit", a.credit());
        f.put("publishDate", a.publishDate() == null ? null : a.publishDate().toString());
        f.put("outlet", a.outlet());
        return f;
    }

    @Override
    public String toString() {
        return name;
    }
}
