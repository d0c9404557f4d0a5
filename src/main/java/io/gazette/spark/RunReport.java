package io.gazette.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            fl.add(one);
        }
        m.put("files", fl);
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

    /** The few lines a person reads at the end of a run. */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("run %s: %d files, %d records read in %.1f s%s%n", runId, inputFiles, recordsRead,
                seconds, inputFilesSkipped > 0 ? " (" + inputFilesSkipped + " files already processed)" : ""));
        if (articlesKept + rejectsKept > 0) {
            s.append(String.format("  already in the table: %d articles (same or newer fetch), %d rejects%n",
                    articlesKept, rejectsKept));
        }
        s.append(String.format("  articles %d, rejects %d, %s%n", articles, rejects,
                balanced() ? "every record accounted for" : "NOT BALANCED: " + imbalance()));
        rejectReasons.forEach((k, v) -> s.append(String.format("    %-20s %d%n", k, v)));
        if (learning != null) {
            s.append(String.format("  learned: template text of %s outlets (%s blocks), day/month order of %s, zone of %s%n",
                    learning.get("outlets_with_template"), learning.get("template_blocks"),
                    learning.get("outlets_with_day_month_order"), learning.get("outlets_with_zone")));
        }
        s.append(String.format("  output: %s (%d article files, %d reject files)%n", output, articleFiles,
                rejectFiles));
        return s.toString();
    }
}
