package io.gazette.spark;

import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableOutputTest {

    private static Dataset<Row> articles(SparkSession spark, int outlets, int days, int perPair) {
        StructType schema = new StructType()
                .add("publish_date", DataTypes.DateType)
                .add("outlet", DataTypes.StringType)
                .add("published_at", DataTypes.TimestampType)
                .add("article_id", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (int o = 0; o < outlets; o++) {
            for (int d = 1; d <= days; d++) {
                for (int i = 0; i < perPair; i++) {
                    rows.add(RowFactory.create(Date.valueOf("2024-03-" + (d < 10 ? "0" : "") + d),
                            "outlet" + o + ".example", Timestamp.valueOf("2024-03-01 10:00:00"),
                            "a" + o + "-" + d + "-" + i));
                }
            }
        }
        return spark.createDataFrame(rows, schema);
    }

    /**
     * A small run's articles are a few MB; adaptive execution would coalesce them into one
     * partition, and one task would then write every file. Laid out, they spread over tasks, and
     * each (publish_date, outlet) pair is still in exactly one of them (one file per pair).
     */
    @Test
    void spreadsTheWriteOverTasksWithEachPairInOne() {
        SparkSession spark = SparkTestSession.get();
        List<Row> placed = TableOutput.laidOut(articles(spark, 30, 10, 2), 0)
                .select(col("publish_date"), col("outlet"), spark_partition_id().as("task"))
                .collectAsList();
        assertEquals(600, placed.size());
        Map<String, Set<Integer>> tasksOfPair = new HashMap<>();
        Set<Integer> tasks = new HashSet<>();
        for (Row r : placed) {
            tasksOfPair.computeIfAbsent(r.get(0) + "/" + r.getString(1), k -> new HashSet<>()).add(r.getInt(2));
            tasks.add(r.getInt(2));
        }
        assertEquals(300, tasksOfPair.size());
        tasksOfPair.forEach((pair, in) -> assertEquals(1, in.size(), pair + " is split over tasks " + in));
        int cores = spark.sparkContext().defaultParallelism();
        assertTrue(tasks.size() > cores, "300 pairs in " + tasks.size() + " tasks for " + cores + " cores");
    }

    @Test
    void writeTasksAreTwiceTheCoresUnlessGiven() {
        assertEquals(4, TableOutput.writeTasks(2, 0));
        assertEquals(2, TableOutput.writeTasks(0, 0));
        assertEquals(7, TableOutput.writeTasks(2, 7));
    }
}
