package io.gazette.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The results of one set: its tables, and the files the reference scorers read. */
public final class SetReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EvalSet set;
    private final List<PageResult> results;
    private final List<PageEvaluation> extra;

    SetReport(EvalSet set, List<PageResult> results, List<PageEvaluation> extra) {
        this.set = set;
        this.results = results;
        this.extra = extra;
    }

    public EvalSet set() {
        return set;
    }

    public List<PageResult> results() {
        return results;
    }

    /** Main-text shingle scores over the pages that have gold text (and match {@code filter}). */
    public TextMetrics.Aggregate text(Predicate<EvalCase> filter) {
        List<TextMetrics.PageScore> rows = new ArrayList<>();
        for (PageResult r : results) {
            if (r.page().text() != null && filter.test(r.page())) {
                rows.add(r.textScore());
            }
        }
        return TextMetrics.aggregate(rows);
    }

    public TextMetrics.Aggregate text() {
        return text(c -> true);
    }

    /** Mean WCXB word F1 over pages with gold text. */
    public double wordsF1(Predicate<EvalCase> filter) {
        double sum = 0;
        int n = 0;
        for (PageResult r : results) {
            if (r.page().text() != null && filter.test(r.page())) {
                sum += TextMetrics.wordsPage(r.page().text(), r.text())[2];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    public record MetaScore(int titles, double titleEm, double titleF1, int authors, double authorF1) {
    }

    public MetaScore meta(Predicate<EvalCase> filter) {
        int nt = 0;
        double em = 0;
        double tf = 0;
        int na = 0;
        double af = 0;
        for (PageResult r : results) {
            EvalCase c = r.page();
            if (!filter.test(c)) {
                continue;
            }
            if (c.title() != null && !c.title().isEmpty()) {
                nt++;
                em += MetadataMetrics.titleMatch(r.title(), c.title()) ? 1 : 0;
                tf += MetadataMetrics.titleF1(r.title(), c.title());
            }
            double a = MetadataMetrics.authorF1(r.authors(), c.author());
            if (!Double.isNaN(a)) {
                na++;
                af += a;
            }
        }
        return new MetaScore(nt, nt == 0 ? Double.NaN : em / nt, nt == 0 ? Double.NaN : tf / nt, na,
                na == 0 ? Double.NaN : af / na);
    }

    public MetaScore meta() {
        return meta(c -> true);
    }

    /** The tables printed by {@code evaluate}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        Map<String, Integer> rejects = new TreeMap<>();
        int errors = 0;
        long nanos = 0;
        for (PageResult r : results) {
            if (r.reject() != null) {
                rejects.merge(r.reject(), 1, Integer::sum);
            }
            if (r.error() != null) {
                errors++;
            }
            nanos += r.nanos();
        }
        int rejected = rejects.values().stream().mapToInt(Integer::intValue).sum();
        out.append(String.format(Locale.ROOT, "== %s: %d pages, %d rejected%s, %d errors, %.1f ms/page ==%n",
                set.name(), results.size(), rejected, rejects.isEmpty() ? "" : " " + rejects, errors,
                results.isEmpty() ? 0.0 : nanos / 1e6 / results.size()));
        List<String> sources = sources();
        if (set.hasText()) {
            out.append("main text (4-token shingles; F1 of mean P and mean R, as score_extraction.py)\n");
            out.append(String.format(Locale.ROOT, "  %-12s %6s %6s %9s %8s %7s %7s %9s%n",
                    "source", "pages", "empty", "precision", "recall", "F1", "exact", "words-F1"));
            for (String s : groups(sources, c -> c.text() != null)) {
                Predicate<EvalCase> f = bySource(s);
                TextMetrics.Aggregate a = text(f);
                out.append(String.format(Locale.ROOT, "  %-12s %6d %6d %9.4f %8.4f %7.4f %7.3f %9.4f%n", label(s), a.pages(),
                        a.emptyPredictions(), a.precision(), a.recall(), a.f1(), a.accuracy(), wordsF1(f)));
            }
        }
        if (set.hasTitles() || set.hasAuthors()) {
            out.append("metadata (as score_metadata.py: title exact match / token F1, author set F1)\n");
            out.append(String.format(Locale.ROOT, "  %-12s %6s %7s %8s %8s %7s %8s%n",
                    "source", "pages", "n_title", "title_em", "title_f1", "n_auth", "auth_f1"));
            for (String s : groups(sources, c -> true)) {
                Predicate<EvalCase> f = bySource(s);
                MetaScore m = meta(f);
                long pages = results.stream().filter(r -> f.test(r.page())).count();
                out.append(String.format(Locale.ROOT, "  %-12s %6d %7d %8.3f %8.3f %7d %8.3f%n", label(s), pages,
                        m.titles(), m.titleEm(), m.titleF1(), m.authors(), m.authorF1()));
            }
        }
        if (set.hasDates() && extra.isEmpty()) {
            long dated = results.stream().filter(r -> r.page().date() != null).count();
            out.append(String.format(Locale.ROOT, "publication dates: %d pages with a gold date; scored in the date "
                    + "table below (sets named dates and metadata)%n", dated));
        }
        for (PageEvaluation x : extra) {
            out.append(x.table());
            if (!x.table().endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private List<String> sources() {
        return results.stream().map(r -> r.page().source()).distinct().sorted().toList();
    }

    /** One row per source that has pages passing {@code has}, then "ALL" when there are several. */
    private List<String> groups(List<String> sources, Predicate<EvalCase> has) {
        List<String> out = new ArrayList<>();
        for (String s : sources) {
            if (results.stream().anyMatch(r -> r.page().source().equals(s) && has.test(r.page()))) {
                out.add(s);
            }
        }
        if (out.size() != 1) {
            out.add(ALL);
        }
        return out;
    }

    private static final String ALL = "ALL";

    private static Predicate<EvalCase> bySource(String s) {
        return s.equals(ALL) ? c -> true : c -> c.source().equals(s);
    }

    private static String label(String s) {
        return s.isEmpty() ? "-" : s;
    }

    /** {id: {"articleBody": text}}, the prediction format of score_extraction.py. */
    public void writeTextPredictions(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        for (PageResult r : results) {
            root.putObject(r.page().id()).put("articleBody", r.text());
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }

    /** One {"id", "title", "authors", "published"} per line, the prediction format of score_metadata.py. */
    public void writeMetadataPredictions(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (PageResult r : results) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", r.page().id());
                line.put("title", r.title());
                line.put("authors", r.authors());
                line.put("published", r.published());
                w.write(JSON.writeValueAsString(line));
                w.write('\n');
            }
        }
    }

    /** One row per page with every score and the predicted and gold values side by side, for reading failures. */
    public void writePerPage(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id\tsource\treject\tmethod\tms\ttext_p\ttext_r\ttext_f1\ttitle_em\ttitle_f1\tauthor_f1"
                    + "\tpred_title\tgold_title\tpred_authors\tgold_author\tpublished\tgold_date\n");
            for (PageResult r : results) {
                EvalCase c = r.page();
                TextMetrics.PageScore s = r.textScore();
                double af = MetadataMetrics.authorF1(r.authors(), c.author());
                w.write(String.join("\t", c.id(), c.source(), nz(r.reject() != null ? r.reject() : r.error()),
                        nz(r.textMethod()), String.format(Locale.ROOT, "%.1f", r.nanos() / 1e6),
                        s == null || !s.hasPrediction() ? "" : fmt(s.precision()),
                        s == null || !s.hasGold() ? "" : fmt(s.recall()),
                        s == null ? "" : fmt(s.f1()),
                        c.title() == null ? "" : MetadataMetrics.titleMatch(r.title(), c.title()) ? "1" : "0",
                        c.title() == null ? "" : fmt(MetadataMetrics.titleF1(r.title(), c.title())),
                        Double.isNaN(af) ? "" : fmt(af),
                        tsv(r.title()), tsv(c.title()), tsv(String.join(" ; ", r.authors())), tsv(c.author()),
                        nz(r.published()), nz(c.date())));
                w.write('\n');
            }
        }
    }

    private static String fmt(double d) {
        return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.4f", d);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String tsv(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }
}
