package io.gazette.spark;

import io.gazette.extract.OutletKnowledge;
import io.gazette.extract.Pipeline;
import io.gazette.model.Columns;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * The batch job: input files in, {@code articles/} (Parquet, partitioned by publish_date and
 * outlet), {@code rejects/} and {@code reports/<run_id>.json} out.
 *
 * <p>The plan: list files on the driver; one extraction pass over them (files, and ranges of big
 * .warc.gz files ({@link InputFile#ranges}), spread over tasks, each read as a stream inside
 * mapPartitions) whose outcomes are persisted; the articles written
 * repartitioned by their partition columns (one file per publish_date/outlet pair, not one per
 * task per pair), the rejects written beside them; the report computed from the persisted outcomes
 * and checked against the tables read back.
 */
public final class GazetteJob {
    private static final Logger LOG = LoggerFactory.getLogger(GazetteJob.class);

    public static final String ARTICLES = "articles";
    public static final String REJECTS = "rejects";
    public static final String REPORTS = "reports";

    private GazetteJob() {
    }

    public static RunReport run(SparkSession spark, JobSpec spec) throws IOException {
        return run(spark, spec, null);
    }

    /** As above, with a progress line every {@code progress.every()} while the files are read (null: none). */
    public static RunReport run(SparkSession spark, JobSpec spec, Progress.To progress) throws IOException {
        Instant started = Instant.now();
        String runId = RunIds.next(started);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();

        List<InputFile> files = new ArrayList<>(InputListing.list(spec.inputs(), hadoop));
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files found in " + spec.inputs()
                    + " (folders are searched for .warc(.gz), .jsonl(.gz), .html(.gz), .htm, .txt files)");
        }
        Path out = new Path(spec.output());
        FileSystem fs = out.getFileSystem(hadoop);
        checkOutput(fs, out, spec);
        String filesLog = new Path(out, ProcessedFiles.FOLDER).toString();
        int listed = files.size();
        if (spec.incremental() && !spec.overwrite()) {
            files.removeAll(ProcessedFiles.done(spark, filesLog));
        }
        LOG.info("run {}: {} input files ({} already processed)", runId, files.size(), listed - files.size());

        // Big .warc.gz files in ranges, one task each; biggest first, so that the longest tasks
        // start early and the stage ends evenly.
        List<InputFile> parts = new ArrayList<>(InputFile.ranges(files, spec.options().input().rangeBytes()));
        parts.sort(Comparator.comparingLong(InputFile::length).reversed());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(hadoop));
        int slices = Math.max(1, Math.min(parts.size(), 100_000));
        OutletLearning.Learned learned = spec.options().learn().enabled() && !parts.isEmpty()
                ? OutletLearning.learn(spark, parts, spec.options(), conf) : null;
        Broadcast<OutletKnowledge> knowledge = learned == null ? null : jsc.broadcast(learned.knowledge());
        // counts the extraction pass only: the learning pass above reads without extracting
        Progress watch = new Progress(spark.sparkContext(), parts.size(), progress);
        JavaRDD<Row> rows = jsc.parallelize(parts, slices)
                .mapPartitions(new ExtractPartition(spec.options(), runId, conf, knowledge, watch.records, watch.files));
        Dataset<Row> outcomes = spark.createDataFrame(rows, Schemas.OUTCOME)
                .persist(StorageLevel.fromString(spec.options().output().cacheLevel()));
        try {
            String articlesPath = new Path(out, ARTICLES).toString();
            Dataset<Row> stored = spec.format() == JobSpec.TableFormat.DELTA && !spec.overwrite()
                    && io.delta.tables.DeltaTable.isDeltaTable(spark, articlesPath)
                    ? spark.read().format("delta").load(articlesPath).select("article_id", "simhash", "cluster_id")
                    : null;
            Dataset<Row> articles = Syndication.assign(
                    outcomes.where(col("kind").equalTo(Schemas.KIND_ARTICLE)).select("article.*"), stored);
            Dataset<Row> rejects = outcomes.where(col("kind").equalTo(Schemas.KIND_REJECT)).select("reject.*");
            String rejectsPath = new Path(out, REJECTS).toString();
            String format = spec.format() == JobSpec.TableFormat.DELTA ? "delta" : "parquet";
            if (files.isEmpty()) {
                LOG.info("run {}: nothing new to read", runId);
            } else if (spec.format() == JobSpec.TableFormat.DELTA) {
                TableOutput.delta(spark, articles, rejects, articlesPath, rejectsPath, spec);
                LOG.info("run {}: articles and rejects merged", runId);
            } else {
                TableOutput.parquet(articles, rejects, articlesPath, rejectsPath, spec);
            }
            RunReport report = report(outcomes, out, runId, started);
            report.format = format;
            report.incremental = spec.incremental();
            report.inputFilesSkipped = listed - files.size();
            report.learning(learned);
            if (!files.isEmpty()) {
                TableOutput.Written w = TableOutput.check(spark, articles, rejects, articlesPath, rejectsPath,
                        format, runId);
                report.articlesWritten = w.articles();
                report.articlesKept = w.articlesKept();
                report.articlesMissing = w.articlesMissing();
                report.rejectsWritten = w.rejects();
                report.rejectsKept = w.rejectsKept();
                report.rejectsMissing = w.rejectsMissing();
                report.articleFiles = w.articleFiles();
                report.rejectFiles = w.rejectFiles();
            }
            if (spec.format() == JobSpec.TableFormat.DELTA && !files.isEmpty() && report.balanced()) {
                // Only now are the files done: a run killed before this line leaves them to the next run.
                Map<String, Long> records = new HashMap<>();
                report.files.forEach(f -> records.put(f.sourceFile(), f.records()));
                ProcessedFiles.record(spark, filesLog, files, records, runId);
            }
            report.finish();
            ReportPage.addDetailsAndWrite(report, outcomes, fs, new Path(new Path(out, REPORTS), runId + ".html"));
            writeReport(fs, new Path(new Path(out, REPORTS), runId + ".json"), report);
            return report;
        } finally {
            watch.close();
            outcomes.unpersist();
            conf.destroy();
            if (knowledge != null) {
                knowledge.destroy();
            }
        }
    }

    /** Also called by {@link Preflight} before Spark starts, for local output folders. */
    static void checkOutput(FileSystem fs, Path out, JobSpec spec) throws IOException {
        if (!fs.exists(out)) {
            return;
        }
        if (!fs.getFileStatus(out).isDirectory()) {
            throw new IllegalArgumentException("output " + out + " is a file; give a folder");
        }
        boolean hasTables = fs.exists(new Path(out, ARTICLES)) || fs.exists(new Path(out, REJECTS));
        boolean isDelta = fs.exists(new Path(new Path(out, ARTICLES), "_delta_log"));
        if (!hasTables) {
            if (fs.listStatus(out).length > 0 && !fs.exists(new Path(out, REPORTS))) {
                throw new IllegalArgumentException("output " + out + " is not empty and holds no Gazette table; "
                        + "choose an empty or new folder");
            }
            return;
        }
        if (spec.overwrite()) {
            return;
        }
        if (spec.format() == JobSpec.TableFormat.DELTA && !isDelta) {
            throw new IllegalArgumentException("output " + out + " holds a Parquet table, not Delta; "
                    + "use another --output, or --overwrite to replace it");
        }
        if (spec.format() == JobSpec.TableFormat.PARQUET) {
            throw new IllegalArgumentException("output " + out + " already holds a Gazette table; "
                    + "add --overwrite to replace it, or choose another --output"
                    + (isDelta ? " (it is a Delta table: --format delta merges into it)" : ""));
        }
    }

    private static RunReport report(Dataset<Row> outcomes, Path out, String runId, Instant started) {
        RunReport r = new RunReport();
        r.runId = runId;
        r.schemaVersion = Columns.SCHEMA_VERSION;
        r.extractorVersion = Pipeline.VERSION;
        r.startedAt = started.toString();
        r.output = out.toString();

        // One small aggregation gives the per-file and per-reason counts (files x reasons rows).
        Column file = coalesce(col("article.source_file"), col("reject.source_file"), col("file.source_file"));
        List<Row> counts = outcomes.groupBy(col("kind"), file.as("source_file"), col("reject.reason").as("reason"),
                        col("file.format").as("format"))
                .agg(count(lit(1)).as("n"), sum(col("file.records")).as("records"),
                        sum(col("file.bytes")).as("bytes"))
                .collectAsList();
        Map<String, long[]> perFile = new HashMap<>(); // records, articles, rejects, bytes
        Map<String, String> formats = new HashMap<>();
        for (Row c : counts) {
            String kind = c.getString(0);
            String src = c.getString(1);
            long[] f = perFile.computeIfAbsent(src, k -> new long[4]);
            long n = c.getLong(4);
            switch (kind) {
                case Schemas.KIND_ARTICLE -> f[1] += n;
                case Schemas.KIND_REJECT -> {
                    f[2] += n;
                    r.rejectReasons.merge(c.getString(2), n, Long::sum);
                }
                default -> {
                    f[0] += c.getLong(5);
                    f[3] += c.getLong(6);
                    if (c.getString(3) != null) {
                        formats.put(src, c.getString(3).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        perFile.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            long[] f = e.getValue();
            r.files.add(new RunReport.FileLine(e.getKey(), formats.get(e.getKey()), f[3], f[0], f[1], f[2]));
            r.recordsRead += f[0];
            r.articles += f[1];
            r.rejects += f[2];
            r.inputBytes += f[3];
        });
        r.inputFiles = r.files.size();

        // One more small aggregation for the breakdowns (dates x outlets x languages x sources rows).
        List<Row> breakdown = outcomes.where(col("kind").equalTo(Schemas.KIND_ARTICLE))
                .groupBy(col("article.date_source"), col("article.language"), col("article.outlet"),
                        col("article.publish_date"))
                .count().collectAsList();
        for (Row b : breakdown) {
            long n = b.getLong(4);
            r.dateSources.merge(label(b.get(0), "none"), n, Long::sum);
            r.languages.merge(label(b.get(1), "unknown"), n, Long::sum);
            r.outlets.merge(label(b.get(2), "unknown"), n, Long::sum);
            r.publishDates.merge(label(b.get(3), "undated"), n, Long::sum);
        }

        return r;
    }

    private static String label(Object value, String ifNull) {
        return value == null ? ifNull : value.toString();
    }

    private static void writeReport(FileSystem fs, Path path, RunReport report) throws IOException {
        try (FSDataOutputStream o = fs.create(path, true)) {
            o.write(report.toJson().getBytes(StandardCharsets.UTF_8));
        }
    }
}
