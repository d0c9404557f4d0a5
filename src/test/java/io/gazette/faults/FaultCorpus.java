package io.gazette.faults;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.io.PageReader;
import io.gazette.io.PageReaders;
import io.gazette.model.Article;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import io.gazette.model.Reject;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fault corpus: {@code src/test/resources/faults/cases.tsv} and the files it names, committed
 * ones beside it and generated ones ({@code generated/<name>}, see {@link GeneratedFaults}).
 *
 * <p>cases.tsv has one line per file, tab-separated: file, records, articles, rejects
 * ({@code REASON=n,REASON=n} or {@code -}), a text some article must contain ({@code -} for none),
 * known failure ({@code -}, or why the file does not yet give what it should), and what the file is.
 * The expectations are what the file <em>should</em> give, written by hand, not copied from a run.
 */
final class FaultCorpus {
    private FaultCorpus() {
    }

    static final String GENERATED = "generated/";

    /** One line of cases.tsv. */
    record Case(String file, long records, long articles, Map<String, Long> rejects, String contains,
                String knownFailure, String what) {

        boolean generated() {
            return file.startsWith(GENERATED);
        }

        boolean isKnownFailure() {
            return knownFailure != null;
        }

        Path path() {
            return generated() ? GeneratedFaults.get(file.substring(GENERATED.length())) : folder().resolve(file);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    /** What reading one file through the pipeline gave. */
    record Result(long recordsRead, long outcomes, long articles, Map<String, Long> rejects, List<String> texts,
                  List<String> details) {
    }

    /** The committed corpus folder (target/test-classes/faults when run by Maven). */
    static Path folder() {
        try {
            return Path.of(FaultCorpus.class.getResource("/faults/cases.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(folder().resolve("cases.tsv"), StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                if (c.length != 7) {
                    throw new IllegalStateException("cases.tsv: 7 tab-separated columns expected: " + line);
                }
                out.add(new Case(c[0], Long.parseLong(c[1]), Long.parseLong(c[2]), reasons(c[3]), dash(c[4]),
                        dash(c[5]), c[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Map<String, Long> reasons(String cell) {
        Map<String, Long> m = new TreeMap<>();
        if (!cell.equals("-")) {
            for (String kv : cell.split(",")) {
                String[] p = kv.trim().split("=");
                m.merge(p[0], Long.parseLong(p[1]), Long::sum);
            }
        }
        return m;
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    /** Reads a file the way an executor does and runs every record through the pipeline. */
    static Result run(Path file, Pipeline pipeline, GazetteOptions options) throws IOException {
        long outcomes = 0;
        long articles = 0;
        Map<String, Long> rejects = new TreeMap<>();
        List<String> texts = new ArrayList<>();
        List<String> details = new ArrayList<>();
        InputStream in = Files.newInputStream(file);
        try (PageReader reader = PageReaders.open(in, file.toString(), options.input())) {
            while (reader.hasNext()) {
                RawPage raw = reader.next();
                Outcome o = pipeline.process(raw);
                outcomes++;
                if (o instanceof Article a) {
                    articles++;
                    texts.add(a.text());
                } else {
                    Reject r = (Reject) o;
                    rejects.merge(r.reason().name(), 1L, Long::sum);
                    details.add(r.reason() + " @" + r.sourceOffset() + ": " + r.detail());
                }
            }
            return new Result(reader.recordsRead(), outcomes, articles, rejects, texts, details);
        } finally {
            in.close();
        }
    }
}
