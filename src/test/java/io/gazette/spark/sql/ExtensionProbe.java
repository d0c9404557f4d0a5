package io.gazette.spark.sql;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A fresh JVM whose only link to Gazette is {@code spark.sql.extensions} (and a
 * {@code spark.gazette.*} option), as spark-sql or PySpark would start it. Prints one line per
 * query result; {@link GazetteSparkExtensionsTest} runs it.
 */
public final class ExtensionProbe {
    private ExtensionProbe() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("gazette-extension-probe")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension,"
                        + GazetteSparkExtensions.class.getName())
                .config("spark.gazette.extract.min-text-chars", "50")
                .getOrCreate();
        try {
            String page = "'<html><body><article><p>" + "A ferry story in a few words. ".repeat(4)
                    + "</p></article></body></html>'";
            for (Row r : spark.sql("SELECT gazette_outlet('https://www.bbc.co.uk/news/x'), "
                    + "coalesce(gazette_extract(" + page + ", 'https://a.example.com/x').reject_reason, 'article')")
                    .collectAsList()) {
                System.out.println("probe: " + r.get(0) + " " + r.get(1));
            }
        } finally {
            spark.stop();
        }
    }
}
