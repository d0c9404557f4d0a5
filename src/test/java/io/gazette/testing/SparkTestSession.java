package io.gazette.testing;

import io.gazette.spark.NoChmodLocalFileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for every Spark test in the JVM (starting one costs seconds; the machine
 * has two cores). Stopped when the test JVM exits.
 */
public final class SparkTestSession {
    private SparkTestSession() {
    }

    private static SparkSession session;

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("gazette-tests")
                    .config("spark.sql.session.timeZone", "UTC")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.hadoop.fs.file.impl", NoChmodLocalFileSystem.class.getName())
                    .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
                    .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
