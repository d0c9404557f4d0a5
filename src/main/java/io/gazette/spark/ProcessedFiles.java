package io.gazette.spark;

import io.delta.tables.DeltaTable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The record of which input files earlier runs finished, kept with the table as a Delta table
 * ({@code <output>/_gazette/files}). A file counts as processed only once its articles and
 * rejects are committed, so a run killed before that point leaves the file to the next run.
 * A file is identified by path, size and modification time: a file rewritten in place is new.
 */
final class ProcessedFiles {
    static final String FOLDER = "_gazette/files";

    static final StructType SCHEMA = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("size", DataTypes.LongType, false)
            .add("modified", DataTypes.LongType, false)
            .add("records", DataTypes.LongType, false)
            .add("run_id", DataTypes.StringType, false)
            .add("committed_at", DataTypes.TimestampType, false);

    private ProcessedFiles() {
    }

    static Set<InputFile> done(SparkSession spark, String path) {
        Set<InputFile> out = new HashSet<>();
        if (!DeltaTable.isDeltaTable(spark, path)) {
            return out;
        }
        for (Row r : spark.read().format("delta").load(path).select("path", "size", "modified").collectAsList()) {
            out.add(new InputFile(r.getString(0), r.getLong(1), r.getLong(2)));
        }
        return out;
    }

    /** Idempotent: recording the same file twice (a re-run after a crash) leaves one row. */
    static void record(SparkSession spark, String path, List<InputFile> files, java.util.Map<String, Long> records,
                       String runId) {
        List<Row> rows = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (InputFile f : files) {
            rows.add(RowFactory.create(f.path(), f.size(), f.modified(), records.getOrDefault(f.path(), 0L), runId,
                    now));
        }
        Dataset<Row> df = spark.createDataFrame(rows, SCHEMA);
        if (!DeltaTable.isDeltaTable(spark, path)) {
            df.write().format("delta").mode("append").save(path);
            return;
        }
        DeltaTable.forPath(spark, path).as("t")
                .merge(df.as("s"), "t.path = s.path AND t.size = s.size AND t.modified = s.modified")
                .whenNotMatched().insertAll()
                .execute();
    }
}
