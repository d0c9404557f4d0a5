package io.gazette.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gazette.config.GazetteOptions;
import io.gazette.extract.DateStep;
import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.extract.date.PublicationDate;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Scores the publication-date step on the shared eval sets, with the same rules as
 * {@code shared/tools/score_metadata.py}:
 * <ul>
 *   <li>day accuracy ({@code date_acc}) over pages whose gold has a date. A day-only gold is matched
 *       against the predicted local day; a gold instant (postlight, normalised to UTC by Mercury) against
 *       the predicted instant's UTC day when the prediction has a time and an offset, else against the
 *       predicted day as written;</li>
 *   <li>htmldate-style counts over all pages: TP right day, FP wrong day or a date where gold has
 *       none, FN no date where gold has one, TN neither; P, R, F1, accuracy from those.</li>
 * </ul>
 * Each page is run through the real {@link Pipeline} as an HTML record with no fetch time (the eval
 * pages carry none, and the fetch time must never stand in for a publication date). A page the
 * pipeline rejects before the date step (e.g. too little text) still gets the date step run on what
 * was parsed, because the date of a short page is still a fair question.
 */
public final class DateEvaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DateEvaluation() {
    }

    /** htmldate-style outcome of one page. */
    public enum Verdict { TP, FP, FN, TN }

    /**
     * One page: what the gold says and what we found.
     *
     * @param predicted the value written to the prediction file: an ISO offset date-time when the
     *                  instant is known, else the day, else null
     */
    public record PageResult(String id, String subset, String url, String gold, String predicted, String dateSource,
                             boolean correct, Verdict verdict, String modified) {
    }

    /** Numbers for one set (and per subset/source inside it). */
    public record Report(String name, List<PageResult> pages, Map<String, Counts> bySubset, Counts overall) {

        /** Pages that were scored wrong (FP and FN), for reading failures. */
        public List<PageResult> failures() {
            return pages.stream().filter(p -> p.verdict() == Verdict.FP || p.verdict() == Verdict.FN).toList();
        }

        public double dayAccuracy() {
            return overall.dayAccuracy();
        }

        public double f1() {
            return overall.f1();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%-24s %6s %6s %8s %5s %5s %5s %5s %7s %7s %7s %7s%n", name, "pages",
                    "dated", "date_acc", "TP", "FP", "FN", "TN", "P", "R", "F1", "acc"));
            Map<String, Counts> rows = new LinkedHashMap<>(bySubset.size() > 1 ? bySubset : Map.of());
            rows.put("ALL", overall);
            rows.forEach((k, c) -> sb.append(String.format(Locale.ROOT,
                    "%-24s %6d %6d %8.3f %5d %5d %5d %5d %7.3f %7.3f %7.3f %7.3f%n", k, c.pages(), c.dated(),
                    c.dayAccuracy(), c.tp(), c.fp(), c.fn(), c.tn(), c.precision(), c.recall(), c.f1(),
                    c.accuracy())));
            return sb.toString();
        }
    }

    /** The counts behind the figures. */
    public record Counts(int pages, int dated, int correctDay, int tp, int fp, int fn, int tn) {
        static Counts of(List<PageResult> rs) {
            int dated = 0, correct = 0, tp = 0, fp = 0, fn = 0, tn = 0;
            for (PageResult r : rs) {
                if (r.gold() != null) {
                    dated++;
                    if (r.correct()) {
                        correct++;
                    }
                }
                switch (r.verdict()) {
                    case TP -> tp++;
                    case FP -> fp++;
                    case FN -> fn++;
                    case TN -> tn++;
                }
            }
            return new Counts(rs.size(), dated, correct, tp, fp, fn, tn);
        }

        public double dayAccuracy() {
            return dated == 0 ? Double.NaN : (double) correctDay / dated;
        }

        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        public double f1() {
            return 2 * tp + fp + fn == 0 ? Double.NaN : 2.0 * tp / (2 * tp + fp + fn);
        }

        public double accuracy() {
            return pages == 0 ? Double.NaN : (double) (tp + tn) / pages;
        }
    }

    /** A gold page: id, subset/source, URL, gold date string (or null) and the page file. */
    record GoldPage(String id, String subset, String url, String gold, Path file) {
    }

    /** Scores ../shared/eval/dates: {@code gold.json} plus {@code pages/<id>.html.gz}. */
    public static Report evaluateDates(Path dir, Pipeline pipeline) {
        return evaluateDates(dir, pipeline, id -> true);
    }

    /** As {@link #evaluateDates(Path, Pipeline)}, on the pages whose id {@code keep} accepts. */
    public static Report evaluateDates(Path dir, Pipeline pipeline, java.util.function.Predicate<String> keep) {
        List<GoldPage> gold = new ArrayList<>();
        JsonNode root = readJson(dir.resolve("gold.json"));
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (!keep.test(e.getKey())) {
                continue;
            }
            gold.add(new GoldPage(e.getKey(), text(v, "subset"), text(v, "url"), text(v, "date_published"),
                    dir.resolve("pages").resolve(e.getKey() + ".html.gz")));
        }
        return run("dates", gold, pipeline);
    }

    /** Scores ../shared/eval/metadata: {@code gold.jsonl} with {@code file} paths relative to it. */
    public static Report evaluateMetadata(Path dir, Pipeline pipeline) {
        return evaluateMetadata(dir, pipeline, id -> true);
    }

    /** As {@link #evaluateMetadata(Path, Pipeline)}, on the pages whose id {@code keep} accepts. */
    public static Report evaluateMetadata(Path dir, Pipeline pipeline, java.util.function.Predicate<String> keep) {
        List<GoldPage> gold = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode v = JSON.readTree(line);
                if (!keep.test(text(v, "id"))) {
                    continue;
                }
                gold.add(new GoldPage(text(v, "id"), text(v, "source"), text(v, "url"), text(v, "date_published"),
                        dir.resolve(text(v, "file"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run("metadata", gold, pipeline);
    }

    private static Report run(String name, List<GoldPage> gold, Pipeline pipeline) {
        gold.sort((a, b) -> a.id().compareTo(b.id()));
        List<PageResult> results = new ArrayList<>();
        for (GoldPage g : gold) {
            PublicationDate d = dateOf(g, pipeline);
            String predicted = predictionString(d);
            boolean correct = g.gold() != null && matches(g.gold(), predicted);
            Verdict v = g.gold() == null ? (predicted == null ? Verdict.TN : Verdict.FP)
                    : correct ? Verdict.TP : predicted == null ? Verdict.FN : Verdict.FP;
            results.add(new PageResult(g.id(), g.subset(), g.url(), g.gold(), predicted,
                    d == null ? null : d.source(), correct, v,
                    d == null || d.modifiedAt() == null ? null : d.modifiedAt().toString()));
        }
        Map<String, List<PageResult>> groups = new TreeMap<>();
        for (PageResult r : results) {
            groups.computeIfAbsent(r.subset() == null ? "" : r.subset(), k -> new ArrayList<>()).add(r);
        }
        Map<String, Counts> bySubset = new LinkedHashMap<>();
        groups.forEach((k, rs) -> bySubset.put(k, Counts.of(rs)));
        return new Report(name, List.copyOf(results), bySubset, Counts.of(results));
    }

    /** The date the pipeline finds for a gold page, running the date step itself when a reject stopped it. */
    static PublicationDate dateOf(GoldPage g, Pipeline pipeline) {
        RawPage raw = RawPage.builder(g.file().toString(), 0, InputFormat.HTML)
                .url(g.url()).body(gunzip(g.file())).build();
        PageWork w;
        try {
            w = pipeline.trace(raw);
        } catch (RuntimeException e) {
            return null;
        }
        if (w.date == null && (w.doc != null || w.plainText != null) && w.isRejected()) {
            new DateStep().apply(w);
        }
        return w.date;
    }

    /**
     * What a prediction file carries: the offset date-time when the instant is known and its local
     * date is the publication day; else the day (e.g. a UTC stamp whose local day came from the URL);
     * null for no date.
     */
    public static String predictionString(PublicationDate d) {
        if (d == null || d.day() == null) {
            return null;
        }
        if (d.publishedAt() != null && d.offset() != null) {
            OffsetDateTime at = OffsetDateTime.ofInstant(d.publishedAt(), ZoneOffset.of(d.offset()));
            if (at.toLocalDate().equals(d.day())) {
                return at.toString();
            }
        }
        return d.day().toString();
    }

    /** score_metadata.py's utc-day rule. */
    static boolean matches(String gold, String predicted) {
        if (predicted == null) {
            return false;
        }
        if (gold.length() == 7) { // YYYY-MM
            return predicted.startsWith(gold);
        }
        if (gold.length() == 10) {
            return predicted.substring(0, 10).equals(gold);
        }
        LocalDate goldUtcDay;
        try {
            goldUtcDay = OffsetDateTime.parse(gold).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            goldUtcDay = LocalDate.parse(gold.substring(0, 10));
        }
        if (predicted.length() > 10) {
            return OffsetDateTime.parse(predicted).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()
                    .equals(goldUtcDay);
        }
        return LocalDate.parse(predicted).equals(goldUtcDay);
    }

    /** One JSON line per page, {"id", "published", "date_source"}, for score_metadata.py. */
    public static void writePredictions(Report r, Path out) throws IOException {
        try (BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (PageResult p : r.pages()) {
                ObjectNode o = JSON.createObjectNode();
                o.put("id", p.id());
                o.put("published", p.predicted());
                o.put("date_source", p.dateSource());
                o.put("modified", p.modified());
                bw.write(JSON.writeValueAsString(o));
                bw.newLine();
            }
        }
    }

    /** Prints the date step's candidates for one page of either set, by id. */
    static void explain(Path eval, String id) {
        Pipeline pipeline = new Pipeline(GazetteOptions.defaults());
        List<GoldPage> all = new ArrayList<>();
        JsonNode root = readJson(eval.resolve("dates/gold.json"));
        root.fields().forEachRemaining(e -> all.add(new GoldPage(e.getKey(), null, text(e.getValue(), "url"),
                text(e.getValue(), "date_published"), eval.resolve("dates/pages").resolve(e.getKey() + ".html.gz"))));
        try {
            for (String line : Files.readAllLines(eval.resolve("metadata/gold.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode v = JSON.readTree(line);
                    all.add(new GoldPage(text(v, "id"), null, text(v, "url"), text(v, "date_published"),
                            eval.resolve("metadata").resolve(text(v, "file"))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (GoldPage g : all) {
            if (g.id().equals(id)) {
                RawPage raw = RawPage.builder(g.file().toString(), 0, InputFormat.HTML)
                        .url(g.url()).body(gunzip(g.file())).build();
                PageWork w = pipeline.trace(raw);
                System.out.println("gold " + g.gold() + "  url " + g.url());
                new DateStep().explain(w).forEach(System.out::println);
            }
        }
    }

    /** ../shared/eval beside the checkout (or one level up, from a worktree), GAZETTE_EVAL_DIR, or /work/shared/eval. */
    static Path defaultEvalDir() {
        String configured = System.getProperty("gazette.eval.dir", System.getenv("GAZETTE_EVAL_DIR"));
        if (configured != null) {
            return Path.of(configured);
        }
        for (String c : List.of("../shared/eval", "../../shared/eval", "/work/shared/eval")) {
            if (Files.isDirectory(Path.of(c))) {
                return Path.of(c);
            }
        }
        return Path.of("../shared/eval");
    }

    private static byte[] gunzip(Path p) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readJson(Path p) {
        try {
            return JSON.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * {@code DateEvaluation [--eval DIR] [--out DIR] [--failures]}: scores both sets, prints the tables,
     * writes {@code dates-pred.jsonl} and {@code metadata-pred.jsonl} to the out folder (default
     * target/date-eval) for score_metadata.py, and with --failures lists every wrong page.
     */
    public static void main(String[] args) throws IOException {
        Path eval = defaultEvalDir();
        Path out = Path.of("target/date-eval");
        boolean failures = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--eval" -> eval = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--failures" -> failures = true;
                case "--explain" -> {
                    explain(eval, args[++i]);
                    return;
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Files.createDirectories(out);
        Pipeline pipeline = new Pipeline(GazetteOptions.defaults());
        for (String set : List.of("dates", "metadata")) {
            Path dir = eval.resolve(set);
            if (!Files.isDirectory(dir)) {
                System.err.println("missing " + dir);
                continue;
            }
            Report r = set.equals("dates") ? evaluateDates(dir, pipeline) : evaluateMetadata(dir, pipeline);
            writePredictions(r, out.resolve(set + "-pred.jsonl"));
            if (failures) {
                for (PageResult p : r.failures()) {
                    System.out.printf("%s\t%s\tgold=%s\tpred=%s\t%s\t%s%n", p.verdict(), p.id(), p.gold(),
                            p.predicted(), p.dateSource(), p.url());
                }
            }
            System.out.println(r);
        }
    }
}
