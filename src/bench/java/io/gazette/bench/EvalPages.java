package io.gazette.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The real pages of the shared eval folder as the benchmarks see them: the stored bytes, the page
 * URL from the set's gold file, read once at benchmark set-up. The pages are third-party, so they
 * are read from ../shared/eval (or GAZETTE_EVAL_DIR) and never copied into the repository.
 */
public final class EvalPages {
    private EvalPages() {
    }

    /** Eval sets the benchmarks know: folder of pages, and how to find each page's URL. */
    public static final List<String> SETS = List.of("article-extraction", "metadata", "dates");

    /** A fetch time after every page of the sets, so no date is passed over as "after the fetch". */
    private static final Instant FETCHED = Instant.parse("2026-06-01T00:00:00Z");

    public static Path root() {
        String configured = System.getProperty("gazette.eval.dir", System.getenv("GAZETTE_EVAL_DIR"));
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/eval"), Path.of("../../shared/eval"), Path.of("/work/shared/eval"));
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("shared eval pages not found: set GAZETTE_EVAL_DIR (tried " + candidates + ")");
    }

    /** Every page of one set, sorted by id, as a WARC reader would hand it over (bytes, text/html). */
    public static List<RawPage> load(String set) {
        Path dir = root().resolve(set);
        Map<String, String> urls = urls(set, dir);
        List<RawPage> pages = new ArrayList<>();
        urls.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Path file = dir.resolve(set.equals("article-extraction") ? "html" : "pages").resolve(e.getKey() + ".html.gz");
            if (!Files.isRegularFile(file)) {
                return;
            }
            pages.add(RawPage.builder(file.toString(), 0, InputFormat.WARC)
                    .url(e.getValue())
                    .fetchedAt(FETCHED)
                    .httpStatus(200)
                    .contentType("text/html")
                    .body(gunzip(file))
                    .build());
        });
        if (pages.isEmpty()) {
            throw new IllegalStateException("no pages in " + dir);
        }
        return pages;
    }

    private static Map<String, String> urls(String set, Path dir) {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> urls = new java.util.TreeMap<>();
        try {
            switch (set) {
                case "article-extraction", "dates" -> {
                    JsonNode gold = json.readTree(dir.resolve(set.equals("dates") ? "gold.json" : "ground-truth.json").toFile());
                    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
                        var e = it.next();
                        urls.put(e.getKey(), e.getValue().path("url").asText(null));
                    }
                }
                case "metadata" -> {
                    try (BufferedReader r = Files.newBufferedReader(dir.resolve("gold.jsonl"))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            if (!line.isBlank()) {
                                JsonNode n = json.readTree(line);
                                urls.put(n.path("id").asText(), n.path("url").asText(null));
                            }
                        }
                    }
                }
                default -> throw new IllegalArgumentException("unknown eval set '" + set + "'; known: " + SETS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls;
    }

    private static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
