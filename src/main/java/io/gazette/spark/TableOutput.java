package io.gazette.spark;

import io.delta.tables.DeltaTable;
import io.gazette.model.Columns;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;

import java.io.IOException;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

/**
 * Writes a run's articles and rejects, as plain Parquet (replacing the tables) or into Delta
 * tables (merging). Either way the articles are repartitioned by (publish_date, outlet) first, so
 * each pair is written as one file, and rows are sorted within it.
 */
final class TableOutput {
    private TableOutput() {
    }

    /** What the write left in the tables, counted afterwards by reading them back (Parquet: their footers). */
    record Written(long articles, long articlesKept, long articlesMissing, long rejects, long rejectsKept,
                   long rejectsMissing, int articleFiles, int rejectFiles) {
    }

    static Column[] partitionColumns() {
        return Columns.ARTICLE_PARTITIONS.stream().map(c -> col(c)).toArray(Column[]::new);
    }

    /**
     * Every (publish_date, outlet) pair in one shuffle partition, sorted: one file per pair, never
     * one per task. The number of partitions is given, not left to adaptive execution: it would
     * coalesce a few hundred MB of articles into one or two partitions, and then a single task
     * writes every file of the run while the other cores wait (thousands of small files for a
     * dump of many outlets). 0 means twice the cores (Spark's default parallelism).
     */
    static Dataset<Row> laidOut(Dataset<Row> articles, int shufflePartitions) {
        Column[] parts = partitionColumns();
        int n = writeTasks(articles.sparkSession().sparkContext().defaultParallelism(), shufflePartitions);
        Dataset<Row> grouped = articles.repartition(n, parts);
        return grouped.sortWithinPartitions(col("publish_date"), col("outlet"), col("published_at"),
                col("article_id"));
    }

    static int writeTasks(int cores, int shufflePartitions) {
        return shufflePartitions > 0 ? shufflePartitions : 2 * Math.max(1, cores);
    }

    static void parquet(Dataset<Row> articles, Dataset<Row> rejects, String articlesPath, String rejectsPath,
                        JobSpec spec) {
        int maxRows = spec.options().output().maxRecordsPerFile();
        laidOut(articles, spec.options().output().shufflePartitions())
                .write().mode(SaveMode.Overwrite).option("maxRecordsPerFile", maxRows)
                .partitionBy(Columns.ARTICLE_PARTITIONS.toArray(new String[0]))
                .parquet(articlesPath);
        rejects.repartition(col("reason")).sortWithinPartitions(col("source_file"), col("source_offset"))
                .write().mode(SaveMode.Overwrite).option("maxRecordsPerFile", maxRows)
                .parquet(rejectsPath);
    }

    /**
     * Merges into Delta tables. Articles are keyed by article_id: within the run the newest fetch
     * wins, and it replaces the stored row only when it is newer (also when its publish_date or
     * outlet changed: Delta moves the row). Rejects are keyed by (source_file, source_offset) and
     * only inserted. Both merges are idempotent, which is what makes a re-run after a crash safe.
     */
    static void delta(SparkSession spark, Dataset<Row> articles, Dataset<Row> rejects, String articlesPath,
                      String rejectsPath, JobSpec spec) {
        Dataset<Row> newest = articles
                .withColumn("_rank", row_number().over(Window.partitionBy(col("article_id"))
                        .orderBy(col("fetched_at").desc_nulls_last(), col("source_file").desc(),
                                col("source_offset").desc())))
                .where(col("_rank").equalTo(1)).drop("_rank");
        if (spec.overwrite() || !DeltaTable.isDeltaTable(spark, articlesPath)) {
            laidOut(newest, spec.options().output().shufflePartitions())
                    .write().format("delta").mode(SaveMode.Overwrite)
                    .option("overwriteSchema", "true")
                    .partitionBy(Columns.ARTICLE_PARTITIONS.toArray(new String[0]))
                    .save(articlesPath);
        } else {
            DeltaTable.forPath(spark, articlesPath).as("t")
                    .merge(laidOut(newest, spec.options().output().shufflePartitions()).as("s"),
                            "t.article_id = s.article_id")
                    // a newer fetch replaces the row; an equal one (the same file read again) does not
                    .whenMatched("s.fetched_at > t.fetched_at OR (t.fetched_at IS NULL AND s.fetched_at IS NOT NULL)")
                    .updateAll()
                    .whenNotMatched().insertAll()
                    .execute();
        }
        if (spec.overwrite() || !DeltaTable.isDeltaTable(spark, rejectsPath)) {
            rejects.write().format("delta").mode(SaveMode.Overwrite).option("overwriteSchema", "true")
                    .save(rejectsPath);
        } else {
            DeltaTable.forPath(spark, rejectsPath).as("t")
                    .merge(rejects.as("s"), "t.source_file = s.source_file AND t.source_offset = s.source_offset")
                    .whenNotMatched().insertAll()
                    .execute();
        }
    }

    /**
     * Reads the tables back: rows of this run, rows the run produced but the table already held
     * (kept), and rows of the run that the table does not hold at all (must be 0).
     */
    static Written check(SparkSession spark, Dataset<Row> articles, Dataset<Row> rejects, String articlesPath,
                         String rejectsPath, String format, String runId) throws IOException {
        if (format.equals("parquet")) {
            // replaced tables: everything extracted must be there, written by this run; the
            // files' footers hold their row counts and the run-id column's min and max
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            String[] articleFiles = ParquetFooters.list(conf, articlesPath);
            String[] rejectFiles = ParquetFooters.list(conf, rejectsPath);
            long articlesWritten = ParquetFooters.count(spark, articleFiles, Columns.RUN_ID, runId).runRows();
            long rejectsWritten = ParquetFooters.count(spark, rejectFiles, Columns.RUN_ID, runId).runRows();
            return new Written(articlesWritten, 0, articles.count() - articlesWritten, rejectsWritten, 0,
                    rejects.count() - rejectsWritten, articleFiles.length, rejectFiles.length);
        }
        Dataset<Row> a = spark.read().format(format).load(articlesPath);
        Dataset<Row> r = spark.read().format(format).load(rejectsPath);
        // the files the tables consist of now, from Delta's log
        String[] articleFiles = a.inputFiles();
        String[] rejectFiles = r.inputFiles();
        long articlesWritten = a.where(col(Columns.RUN_ID).equalTo(runId)).count();
        long rejectsWritten = r.where(col(Columns.RUN_ID).equalTo(runId)).count();
        Dataset<Row> ids = articles.select("article_id").distinct();
        long articlesMissing = ids.join(a.select("article_id"), ids.col("article_id").equalTo(a.col("article_id")),
                "left_anti").count();
        Dataset<Row> keys = rejects.select("source_file", "source_offset");
        long rejectsMissing = keys.join(r.select("source_file", "source_offset"),
                keys.col("source_file").equalTo(r.col("source_file"))
                        .and(keys.col("source_offset").equalTo(r.col("source_offset"))), "left_anti").count();
        return new Written(articlesWritten, articles.count() - articlesWritten, articlesMissing,
                rejectsWritten, rejects.count() - rejectsWritten, rejectsMissing, articleFiles.length,
                rejectFiles.length);
    }
}
