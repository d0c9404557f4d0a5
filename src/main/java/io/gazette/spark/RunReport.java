package io.gazette.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The account of one run: what was read, what became of it, where it went. Written as
 * {@code reports/<run_id>.json}; the numbers come from the persisted outcomes and from reading the
 * written tables back, never from accumulators (which double-count retried tasks).
 */
public final class RunReport {
    /** Per input file: records read by the reader, and what they became. */
    public record FileLine(String sourceFile, String format, long bytes, long records, long articles, long rejects) {
        public boolean balanced() {
            return records == articles + rejects;
        }
    }

    public String runId;
    public int schemaVersion;
    public String extractorVersion;
    public String startedAt;
    public String finishedAt;
    public double seconds;
    public String output;
    public long inputFiles;
    public long inputBytes;
    public long recordsRead;
    public long articles;
    public long rejects;
    public String format;
    public boolean incremental;
    /** Input files an earlier run already processed (incremental runs pass over them). */
    public long inputFilesSkipped;
    public long articlesWritten;
    public long rejectsWritten;
    /** Rows the run produced that the table already held (an equal or newer fetch, a re-read file). */
    public long articlesKept;
    public long rejectsKept;
    /** Rows the run produced that the table does not hold at all: must be 0. */
    public long articlesMissing;
    /** Parquet files that make up each table after the run. */
    public int articleFiles;
    public int rejectFiles;
    public long rejectsMissing;
    public Map<String, Long> rejectReasons = new TreeMap<>();
    public Map<String, Long> dateSources = new TreeMap<>();
    public Map<String, Long> languages = new TreeMap<>();
    public Map<String, Long> outlets = new TreeMap<>();
    public Map<String, Long> publishDates = new TreeMap<>();
    public List<FileLine> files = new ArrayList<>();
    /** What the learning pass found (null when learn.enabled is off or nothing was read). */
    public Map<String, Object> learning;

    /** Records the learning pass's figures. */
    void learning(OutletLearning.Learned l) {
        if (l == null) {
            learning = null;
            return;
        }
        learning = new LinkedHashMap<>();
        learning.put("distinct_pages", l.pages());
        learning.put("outlets", l.outlets());
        learning.put("outlets_with_template", l.outletsWithTemplate());
        learning.put("template_blocks", l.templateBlocks());
        learning.put("outlets_with_day_month_order", l.outletsWithOrder());
        learning.put("outlets_with_zone", l.outletsWithZone());
        learning.put("seconds", Math.round(l.seconds() * 10) / 10.0);
    }

    // Filled by ReportPage from the persisted outcomes (empty when a run wrote no page).
    /** Articles per entity status (tagged, disabled, not-english, ...). */
    public Map<String, Long> entityStatuses = new TreeMap<>();
    /** Distinct entities per type (PER, ORG, LOC), summed over articles: an entity counts once per article. */
    public Map<String, Long> entityTypes = new TreeMap<>();
    /** Per type, the names most articles mention, with the number of articles (at most 10 per type). */
    public Map<String, Map<String, Long>> topEntities = new TreeMap<>();
    /** Seconds the reader and the pipeline spent on each input file, by source file. */
    public Map<String, Double> fileSeconds = new TreeMap<>();
    /** Records done over the run: (seconds since start, records of the files finished by then), ascending. */
    public List<double[]> progress = new ArrayList<>();

    /** Stamps the end of the run. */
    public void finish() {
        java.time.Instant end = java.time.Instant.now();
        finishedAt = end.toString();
        seconds = java.time.Duration.between(java.time.Instant.parse(startedAt), end).toMillis() / 1000.0;
    }

    /** Every record read is one article or one reject, per file and in total, and all of them were written. */
    public boolean balanced() {
        return recordsRead == articles + rejects
                && articles == articlesWritten + articlesKept && articlesMissing == 0
                && rejects == rejectsWritten + rejectsKept && rejectsMissing == 0
                && files.stream().allMatch(FileLine::balanced);
    }

    /** What does not add up, for the error message. */
    public String imbalance() {
        StringBuilder s = new StringBuilder();
        if (recordsRead != articles + rejects) {
            s.append(String.format("records read %d != articles %d + rejects %d; ", recordsRead, articles, rejects));
        }
        if (articles != articlesWritten + articlesKept || articlesMissing != 0) {
            s.append(String.format("articles extracted %d, written %d, already stored %d, missing from the table %d; ",
                    articles, articlesWritten, articlesKept, articlesMissing));
        }
        if (rejects != rejectsWritten + rejectsKept || rejectsMissing != 0) {
            s.append(String.format("rejects extracted %d, written %d, already stored %d, missing from the table %d; ",
                    rejects, rejectsWritten, rejectsKept, rejectsMissing));
        }
        files.stream().filter(f -> !f.balanced()).limit(10).forEach(f -> s.append(String.format(
                "%s: %d records, %d articles, %d rejects; ", f.sourceFile(), f.records(), f.articles(), f.rejects())));
        return s.toString();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", runId);
        m.put("schema_version", schemaVersion);
        m.put("extractor_version", extractorVersion);
        m.put("started_at", startedAt);
        m.put("finished_at", finishedAt);
        m.put("seconds", seconds);
        m.put("output", output);
        m.put("format", format);
        m.put("incremental", incremental);
        m.put("input_files", inputFiles);
        m.put("input_files_skipped", inputFilesSkipped);
        m.put("input_bytes", inputBytes);
        m.put("records_read", recordsRead);
        m.put("articles", articles);
        m.put("rejects", rejects);
        m.put("balanced", balanced());
        m.put("articles_written", articlesWritten);
        m.put("rejects_written", rejectsWritten);
        m.put("articles_already_stored", articlesKept);
        m.put("rejects_already_stored", rejectsKept);
        m.put("articles_missing", articlesMissing);
        m.put("rejects_missing", rejectsMissing);
        m.put("article_files", articleFiles);
        m.put("reject_files", rejectFiles);
        m.put("pages_per_second", seconds > 0 ? Math.round(recordsRead / seconds * 10) / 10.0 : null);
        m.put("reject_reasons", rejectReasons);
        m.put("date_sources", dateSources);
        m.put("languages", languages);
        m.put("outlets", outlets);
        m.put("publish_dates", publishDates);
        List<Map<String, Object>> fl = new ArrayList<>();
        for (FileLine f : files) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("source_file", f.sourceFile());
            one.put("format", f.format());
            one.put("bytes", f.bytes());
            one.put("records", f.records());
            one.put("articles", f.articles());
            one.put("rejects", f.rejects());
            Double secs = fileSeconds.get(f.sourceFile());
            one.put("seconds", secs);
            one.put("records_per_second", secs == null || secs <= 0 ? null : Math.round(f.records() / secs * 10) / 10.0);
            fl.add(one);
        }
        m.put("files", fl);
        m.put("entity_statuses", entityStatuses);
        m.put("entity_types", entityTypes);
        m.put("top_entities", topEntities);
        m.put("progress", progress.stream().map(p -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("seconds", p[0]);
            one.put("records", (long) p[1]);
            return one;
        }).toList());
        m.put("learning", learning);
        return m;
    }

    public String toJson() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toMap());
        } catch (Exception e) {
            throw new IllegalStateException("report not serialisable", e);
        }
    }

    /**
     * The screen a person reads at the end of a run: totals and throughput, whether every record is
     * accounted for, the reject reasons, then one line each for dates, languages, outlets, entities,
     * the slowest file and where everything went. Lists are cut to their largest entries, so it fits
     * one screen whatever the run's size.
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "run %s: %d files (%s), %,d records in %.1f s, %s records/s%s%n", runId,
                inputFiles, bytes(inputBytes), recordsRead, seconds,
                seconds > 0 ? String.format(Locale.ROOT, "%.1f", recordsRead / seconds) : "-",
                inputFilesSkipped > 0 ? " (" + inputFilesSkipped + " files already processed)" : ""));
        if (articlesKept + rejectsKept > 0) {
            s.append(String.format(Locale.ROOT, "  already in the table: %,d articles (same or newer fetch), %,d rejects%n",
                    articlesKept, rejectsKept));
        }
        long undated = publishDates.getOrDefault("undated", 0L);
        s.append(String.format(Locale.ROOT, "  articles   %,d (%s of the records), %,d dated, %,d undated%n", articles,
                percent(articles, recordsRead), articles - undated, undated));
        s.append(String.format(Locale.ROOT, "  rejects    %,d, %s%n", rejects,
                balanced() ? "every record accounted for" : "NOT BALANCED: " + imbalance()));
        rejectReasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> s.append(String.format(Locale.ROOT, "    %-20s %,8d%n", e.getKey(), e.getValue())));
        line(s, "dates", dateSourcesWithoutNotes());
        line(s, "languages", languages);
        line(s, "outlets", outlets);
        if (!entityStatuses.isEmpty()) {
            s.append(String.format(Locale.ROOT, "  %-10s %s; %s%n", "entities", top(entityStatuses, 4),
                    entityTypes.isEmpty() ? "none found" : top(entityTypes, 3)));
        }
        files.stream().filter(f -> fileSeconds.containsKey(f.sourceFile()))
                .max(java.util.Comparator.comparingDouble(f -> fileSeconds.get(f.sourceFile())))
                .ifPresent(f -> s.append(String.format(Locale.ROOT, "  %-10s %s, %.1f s for %,d records%n", "slowest",
                        f.sourceFile(), fileSeconds.get(f.sourceFile()), f.records())));
        if (learning != null) {
            s.append(String.format(Locale.ROOT, "  %-10s template text of %s outlets (%s blocks), day/month order of %s, "
                            + "zone of %s%n", "learned", learning.get("outlets_with_template"),
                    learning.get("template_blocks"), learning.get("outlets_with_day_month_order"),
                    learning.get("outlets_with_zone")));
        }
        s.append(String.format(Locale.ROOT, "  %-10s %s/{articles,rejects} (%d article files, %d reject files)%n",
                "tables", output, articleFiles, rejectFiles));
        s.append(String.format(Locale.ROOT, "  %-10s %s/reports/%s.html (charts), .json%n", "report", output, runId));
        return s.toString();
    }

    /**
     * Date sources without the notes after ';' (how the zone or order was chosen): the rung and key
     * that found the date, which is what a person compares between runs. The JSON keeps the notes.
     */
    public Map<String, Long> dateSourcesWithoutNotes() {
        Map<String, Long> m = new TreeMap<>();
        dateSources.forEach((k, v) -> m.merge(k.contains(";") ? k.substring(0, k.indexOf(';')) : k, v, Long::sum));
        return m;
    }

    private static void line(StringBuilder s, String label, Map<String, Long> counts) {
        if (!counts.isEmpty()) {
            s.append(String.format(Locale.ROOT, "  %-10s %s%n", label, top(counts, 5)));
        }
    }

    /** "a 12, b 7, c 3 (+4 more)": the largest entries first. */
    static String top(Map<String, Long> counts, int n) {
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(n, rows.size()); i++) {
            s.append(i == 0 ? "" : ", ").append(rows.get(i).getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", rows.get(i).getValue()));
        }
        if (rows.size() > n) {
            s.append(" (+").append(rows.size() - n).append(" more)");
        }
        return s.toString();
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String bytes(long b) {
        if (b < 1024) {
            return b + " B";
        }
        double v = b;
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
