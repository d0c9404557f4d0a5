package io.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A set of pages with gold labels, in one of the layouts of ../shared/eval:
 * <ul>
 *   <li>{@code ground-truth.json} ({id: {articleBody, url}}) + {@code html/<id>.html.gz}
 *       (article-extraction: main text only);</li>
 *   <li>{@code gold.jsonl} (one {id, file, url, title, author, date_published, source} per line) +
 *       {@code pages/}, with an optional {@code ground-truth-text.json} beside it (metadata);</li>
 *   <li>{@code gold.json} ({id: {url, date_published, ...}}) + {@code pages/<id>.html.gz} (dates).</li>
 * </ul>
 */
public record EvalSet(String name, Path gold, List<EvalCase> cases) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean hasText() {
        return cases.stream().anyMatch(c -> c.text() != null);
    }

    public boolean hasTitles() {
        return cases.stream().anyMatch(c -> c.title() != null);
    }

    public boolean hasAuthors() {
        return cases.stream().anyMatch(c -> c.author() != null);
    }

    public boolean hasDates() {
        return cases.stream().anyMatch(c -> c.date() != null);
    }

    /** Every set directly under {@code evalDir}, in name order; folders in no known layout are passed over. */
    public static List<EvalSet> discover(Path evalDir) {
        List<EvalSet> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(evalDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path gold = goldFile(dir);
                if (gold != null) {
                    out.add(load(dir.getFileName().toString(), gold, null));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Path goldFile(Path dir) {
        for (String name : List.of("ground-truth.json", "gold.jsonl", "gold.json")) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Loads a set from its gold file. {@code pages} is the page folder; null means the layout's
     * default next to the gold file ({@code html/} or {@code pages/}).
     */
    public static EvalSet load(String name, Path gold, Path pages) {
        Path dir = gold.toAbsolutePath().getParent();
        try {
            if (gold.getFileName().toString().endsWith(".jsonl")) {
                return loadJsonLines(name, gold, pages == null ? dir.resolve("pages") : pages, dir);
            }
            Path folder = pages != null ? pages
                    : Files.isDirectory(dir.resolve("html")) ? dir.resolve("html") : dir.resolve("pages");
            return loadJsonMap(name, gold, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
    }

    private static EvalSet loadJsonLines(String name, Path gold, Path pages, Path dir) throws IOException {
        Map<String, JsonNode> text = new LinkedHashMap<>();
        Path textGold = dir.resolve("ground-truth-text.json");
        if (Files.isRegularFile(textGold)) {
            JsonNode t = JSON.readTree(textGold.toFile());
            t.fields().forEachRemaining(e -> text.put(e.getKey(), e.getValue()));
        }
        List<EvalCase> cases = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode o = JSON.readTree(line);
                String id = str(o, "id");
                String file = str(o, "file");
                if (id == null && file != null) {
                    id = stripExtensions(Path.of(file).getFileName().toString());
                }
                if (id == null) {
                    continue;
                }
                Path page = file != null ? pages.resolve(Path.of(file).getFileName().toString()) : pageFile(pages, id);
                JsonNode t = text.get(id);
                cases.add(new EvalCase(id, str(o, "url"), page, strOr(o, "source", "subset"),
                        t == null ? null : textOf(t), str(o, "title", "headline"), str(o, "author", "authors"),
                        str(o, "date_published", "datePublished", "date")));
            }
        }
        return new EvalSet(name, gold, cases);
    }

    private static EvalSet loadJsonMap(String name, Path gold, Path pages) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        JsonNode root = JSON.readTree(gold.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode o = e.getValue();
            String id = e.getKey();
            if (o.isTextual() || o.isNull()) {
                cases.add(new EvalCase(id, null, pageFile(pages, id), "", null, null, null, o.isNull() ? null : o.asText()));
                continue;
            }
            cases.add(new EvalCase(id, str(o, "url"), pageFile(pages, id), strOr(o, "source", "subset"),
                    o.has("articleBody") ? textOf(o) : null, str(o, "title", "headline"), str(o, "author", "authors"),
                    str(o, "date_published", "datePublished", "date")));
        }
        cases.sort(java.util.Comparator.comparing(EvalCase::id));
        return new EvalSet(name, gold, cases);
    }

    private static String textOf(JsonNode o) {
        JsonNode b = o.isTextual() ? o : o.get("articleBody");
        return b == null || b.isNull() ? "" : b.asText();
    }

    /** {@code <id>.html.gz}, {@code <id>.html}, {@code <id>.htm} or {@code <id>}, whichever exists. */
    static Path pageFile(Path pages, String id) {
        for (String ext : List.of(".html.gz", ".html", ".htm.gz", ".htm", ".gz", "")) {
            Path p = pages.resolve(id + ext);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return pages.resolve(id + ".html.gz");
    }

    static String stripExtensions(String file) {
        return file.replaceFirst("\\.gz$", "").replaceFirst("\\.html?$", "");
    }

    private static String strOr(JsonNode o, String... keys) {
        String s = str(o, keys);
        return s == null ? "" : s;
    }

    /** The first key with a non-empty value; arrays of strings are joined with ", " (author lists). */
    private static String str(JsonNode o, String... keys) {
        for (String k : keys) {
            JsonNode v = o.get(k);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                v.forEach(x -> parts.add(x.asText()));
                if (!parts.isEmpty()) {
                    return String.join(", ", parts);
                }
                continue;
            }
            String s = v.asText();
            if (!s.isEmpty()) {
                return s;
            }
        }
        return null;
    }
}
