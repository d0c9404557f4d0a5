package io.gazette.spark;

import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParquetFootersTest {

    private static final StructType SCHEMA = new StructType()
            .add("outlet", DataTypes.StringType)
            .add("run_id", DataTypes.StringType)
            .add("n", DataTypes.IntegerType);

    /**
     * Files of one run, of none, and of several (a row group the statistics cannot settle, which
     * is then read): the footer counts equal Spark counting the rows it reads.
     */
    @Test
    void countsRowsAndTheRunsRowsAsReadingThemWould(@TempDir Path dir) throws Exception {
        SparkSession spark = SparkTestSession.get();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(RowFactory.create("only-b.example", "run-b", i));       // all of run b
            rows.add(RowFactory.create("only-a.example", "run-a", i));       // none of run b
            rows.add(RowFactory.create("mixed.example", i % 3 == 0 ? "run-b" : i % 3 == 1 ? "run-a" : "run-c", i));
            rows.add(RowFactory.create("nulls.example", i % 4 == 0 ? null : "run-b", i));
        }
        Dataset<Row> table = spark.createDataFrame(rows, SCHEMA);
        String out = dir.resolve("t").toString();
        table.repartition(col("outlet")).write().mode(SaveMode.Overwrite).partitionBy("outlet").parquet(out);

        String[] files = ParquetFooters.list(spark.sparkContext().hadoopConfiguration(), out);
        Dataset<Row> read = spark.read().parquet(out);
        assertEquals(read.inputFiles().length, files.length);
        assertTrue(files.length >= 4, Arrays.toString(files));
        for (String run : List.of("run-a", "run-b", "run-c", "run-x", "")) {
            ParquetFooters.Count c = ParquetFooters.count(spark, files, "run_id", run);
            assertEquals(160, c.rows(), run);
            assertEquals(read.where(col("run_id").equalTo(run)).count(), c.runRows(), run);
        }
        assertEquals(40 + 14 + 30, ParquetFooters.count(spark, files, "run_id", "run-b").runRows());
        // a column the files do not have: rows of no run
        assertEquals(0, ParquetFooters.count(spark, files, "no_such_column", "run-b").runRows());
    }

    private static List<String> localPaths(String[] uris) {
        return Arrays.stream(uris).map(u -> java.net.URI.create(u).getPath()).sorted().toList();
    }

    /** What Spark skips when it reads a folder is skipped: _SUCCESS, .crc files, hidden and _temporary folders. */
    @Test
    void listsTheFilesSparkWouldRead(@TempDir Path dir) throws Exception {
        SparkSession spark = SparkTestSession.get();
        String out = dir.resolve("t").toString();
        spark.createDataFrame(List.of(RowFactory.create("x.example", "r", 1), RowFactory.create("y.example", "r", 2)),
                SCHEMA).write().partitionBy("outlet").parquet(out);
        Path part = dir.resolve("t").resolve("outlet=x.example");
        Files.writeString(part.resolve(".part-crc"), "x");
        Files.createDirectories(dir.resolve("t").resolve("_temporary").resolve("0"));
        Files.writeString(dir.resolve("t").resolve("_temporary").resolve("0").resolve("part-1.parquet"), "x");
        Files.createDirectories(part.resolve(".hidden"));
        Files.writeString(part.resolve(".hidden").resolve("part-2.parquet"), "x");

        String[] files = ParquetFooters.list(spark.sparkContext().hadoopConfiguration(), out);
        // the same files, though Spark writes file:///x where Hadoop's listing gives file:/x
        assertEquals(localPaths(spark.read().parquet(out).inputFiles()), localPaths(files));
        assertEquals(2, files.length);
        assertEquals(0, ParquetFooters.list(spark.sparkContext().hadoopConfiguration(),
                dir.resolve("absent").toString()).length);
    }
}
