package io.gazette.spark;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

/**
 * The run report's page: adds the breakdowns only the page shows (entities, time per file,
 * progress over the run) to the report from the persisted outcomes, then writes
 * {@code reports/<run-id>.html}. Called once by the job, before the JSON is written, so the JSON
 * holds the same numbers.
 *
 * <p>The page is a convenience: if anything here fails, the run logs it and goes on; the tables and
 * the JSON report are what count.
 */
public final class ReportPage {
    private static final Logger LOG = LoggerFactory.getLogger(ReportPage.class);

    /** Names per entity type kept in the report. */
    static final int TOP_NAMES = 10;
    /** Points of the progress line at most; a run over more files keeps every n-th. */
    static final int MAX_PROGRESS_POINTS = 400;

    private ReportPage() {
    }

    public static void addDetailsAndWrite(RunReport report, Dataset<Row> outcomes, FileSystem fs, Path html) {
        try {
            addDetails(report, outcomes);
        } catch (RuntimeException e) {
            LOG.warn("run report: entity and timing breakdowns left out: {}", e.toString());
        }
        try (FSDataOutputStream o = fs.create(html, true)) {
            o.write(RunReportHtml.render(report).getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            LOG.warn("run report page {} not written: {}", html, e.toString());
        }
    }

    static void addDetails(RunReport r, Dataset<Row> outcomes) {
        Dataset<Row> articles = outcomes.where(col("kind").equalTo(Schemas.KIND_ARTICLE)).select("article.*");
        for (Row s : articles.groupBy(col("entity_status")).count().collectAsList()) {
            r.entityStatuses.merge(s.isNullAt(0) ? "unknown" : s.getString(0), s.getLong(1), Long::sum);
        }
        // entities is distinct per article, so a name counts once per article that mentions it
        Dataset<Row> names = articles.select(explode(col("entities")).as("e"))
                .select(col("e.type").as("type"), col("e.name").as("name"))
                .groupBy("type", "name").agg(count(lit(1)).as("articles"));
        for (Row t : names.groupBy("type").sum("articles").collectAsList()) {
            r.entityTypes.put(t.getString(0), t.getLong(1));
        }
        List<Row> top = names.withColumn("rank", row_number().over(
                        Window.partitionBy("type").orderBy(col("articles").desc(), col("name"))))
                .where(col("rank").leq(TOP_NAMES)).collectAsList();
        for (Row t : top) {
            r.topEntities.computeIfAbsent(t.getString(0), k -> new TreeMap<>()).put(t.getString(1), t.getLong(2));
        }

        List<Row> files = outcomes.where(col("kind").equalTo(Schemas.KIND_FILE))
                .select(col("file.source_file"), col("file.finished_ms"), col("file.millis"), col("file.records"))
                .collectAsList();
        long start = r.startedAt == null ? 0 : Instant.parse(r.startedAt).toEpochMilli();
        List<double[]> done = new ArrayList<>();
        for (Row f : files) {
            if (!f.isNullAt(2)) {
                r.fileSeconds.merge(f.getString(0), f.getLong(2) / 1000.0, Double::sum);
            }
            if (!f.isNullAt(1)) {
                done.add(new double[]{Math.max(0, f.getLong(1) - start) / 1000.0, f.getLong(3)});
            }
        }
        done.sort((a, b) -> Double.compare(a[0], b[0]));
        double cumulative = 0;
        int every = Math.max(1, (int) Math.ceil(done.size() / (double) MAX_PROGRESS_POINTS));
        for (int i = 0; i < done.size(); i++) {
            cumulative += done.get(i)[1];
            if (i % every == every - 1 || i == done.size() - 1) {
                r.progress.add(new double[]{Math.round(done.get(i)[0] * 10) / 10.0, cumulative});
            }
        }
    }
}
