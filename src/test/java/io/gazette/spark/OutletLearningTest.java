package io.gazette.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.config.GazetteOptions;
import io.gazette.testing.SparkTestSession;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two-pass job on a dump of many pages of one made-up outlet: a promo paragraph that reads like
 * prose on every page (no single-page rule can call it furniture) is template across the dump and
 * leaves the text; the outlet writes day-first numeric dates, so its one page with an ambiguous
 * date gets the day-first reading although English defaults to month-first. With learning off the
 * same dump keeps the promo and reads the date month-first: the difference is the learning pass.
 */
@Tag("spark")
class OutletLearningTest {
    static final String OUTLET = "harbour-gazette-news.com";
    static final String PROMO = "Follow The Harbour Gazette on WhatsApp and Telegram to get the most important "
            + "stories of the day delivered to your phone every single morning before breakfast.";
    static final String[] TOWNS = {"Port Ellery", "Westmoor", "Kilbride", "Ashcombe", "Deepwater", "Larkhill",
            "Nettlebed", "Oxenford", "Rushmere", "Saltash", "Thornbury", "Upwey", "Wexcombe"};
    static final String[] TOPICS = {"the breakwater", "a new school", "the ferry timetable", "the harbour dues",
            "the library roof", "street lighting", "the lifeboat station", "parking charges", "the fish market",
            "the coastal path", "flood defences", "the bus depot", "a housing plan"};

    @TempDir
    static Path tmp;
    static Path dump;

    static String article(int i, Random r) {
        String town = TOWNS[i % TOWNS.length];
        String topic = TOPICS[(i * 5) % TOPICS.length];
        StringBuilder s = new StringBuilder();
        s.append("<p>Councillors in ").append(town).append(" voted ").append(5 + r.nextInt(9)).append(" to ")
                .append(r.nextInt(5)).append(" on Tuesday to spend ").append(100 + r.nextInt(900))
                .append(" thousand pounds on ").append(topic).append(", ending a debate that began ")
                .append(2 + r.nextInt(7)).append(" years ago.</p>");
        s.append("<p>Residents of ").append(town).append(" had asked for work on ").append(topic)
                .append(" since the storms of ").append(2000 + r.nextInt(20)).append(", when ")
                .append(20 + r.nextInt(80)).append(" homes on the seafront were damaged.</p>");
        s.append("<p>").append(PROMO).append("</p>");
        s.append("<p>The chair of the ").append(town).append(" committee said the vote on ").append(topic)
                .append(" was the largest decision the council had taken in ").append(10 + r.nextInt(30))
                .append(" years, and that work would start in the spring.</p>");
        return s.toString();
    }

    static String page(int i, String dateLine, Random r) throws Exception {
        String title = "Council backs plan for " + TOPICS[(i * 5) % TOPICS.length] + " in " + TOWNS[i % TOWNS.length];
        String html = "<html lang=en><head><title>" + title + " | The Harbour Gazette</title></head><body>"
                + "<header><nav><a href=/>Home</a> <a href=/news>News</a></nav></header>"
                + "<article><h1>" + title + "</h1><p class=dateline>Published " + dateLine + "</p>"
                + article(i, r) + "</article><footer>The Harbour Gazette</footer></body></html>";
        return new ObjectMapper().writeValueAsString(Map.of("id", "p" + i,
                "url", "https://www." + OUTLET + "/news/story-" + i, "html", html,
                "fetched_at", "2022-09-20T10:00:00Z")) + "\n";
    }

    @BeforeAll
    static void writeDump() throws Exception {
        dump = Files.createDirectories(tmp.resolve("dump"));
        Random r = new Random(7);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            // unambiguous day-first dates: the day is 13..24
            lines.append(page(i, (13 + i) + "/08/2022", r));
        }
        lines.append(page(99, "08/09/2022", r)); // 8 September day-first, 9 August month-first
        Files.writeString(dump.resolve("night.jsonl"), lines);
    }

    static Map<String, Row> run(String name, boolean learn) throws Exception {
        GazetteOptions options = GazetteOptions.load(null, Map.of("learn.enabled", String.valueOf(learn),
                "entities.enabled", "false"));
        Path out = tmp.resolve(name);
        RunReport report = GazetteJob.run(SparkTestSession.get(),
                JobSpec.parquet(List.of(dump.toString()), out.toString(), false, options));
        assertTrue(report.balanced(), report.imbalance());
        assertEquals(13, report.articles, report.summary());
        if (learn) {
            assertNotNull(report.learning, "the report says what was learned");
            assertEquals(1, report.learning.get("outlets_with_template"), report.summary());
            assertEquals(1, report.learning.get("outlets_with_day_month_order"), report.summary());
        }
        Map<String, Row> byId = new HashMap<>();
        for (Row row : SparkTestSession.get().read().parquet(out.resolve("articles").toString())
                .select("record_id", "text", "publish_date", "outlet").collectAsList()) {
            byId.put(row.getString(0), row);
        }
        return byId;
    }

    /** Persisted as dropDuplicates leaves it, the evidence kept one partition per shuffle partition. */
    @Test
    void theEvidenceHasOnePartitionPerCore() throws Exception {
        SparkSession spark = SparkTestSession.get();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<InputFile> files = InputListing.list(List.of(dump.toString()), hadoop);
        Broadcast<HadoopConf> conf = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(new HadoopConf(hadoop));
        Dataset<Row> evidence = OutletLearning.evidence(spark, files,
                GazetteOptions.load(null, Map.of()), conf);
        int cores = spark.sparkContext().defaultParallelism();
        int shuffle = Integer.parseInt(spark.conf().get("spark.sql.shuffle.partitions"));
        assertTrue(cores < shuffle, "the test needs fewer cores (" + cores + ") than shuffle partitions (" + shuffle + ")");
        // as the learning pass uses it: persisted, then aggregated
        evidence.persist();
        try {
            assertEquals(13, evidence.count(), "one row per page");
            assertEquals(cores, evidence.rdd().getNumPartitions());
        } finally {
            evidence.unpersist();
            conf.destroy();
        }
    }

    @Test
    void templateTextLeavesAndTheOutletsDateOrderIsLearned() throws Exception {
        Map<String, Row> on = run("on", true);
        Map<String, Row> off = run("off", false);
        for (Row row : on.values()) {
            assertEquals(OUTLET, row.getString(3));
            String text = row.getString(1);
            assertFalse(text.contains("WhatsApp"), "template paragraph dropped: " + text);
            assertTrue(text.contains("Councillors in"), "own paragraphs kept: " + text);
            assertTrue(text.contains("The chair of the"), "own paragraphs kept: " + text);
        }
        for (Row row : off.values()) {
            assertTrue(row.getString(1).contains("WhatsApp"), "without learning the promo stays: " + row.getString(1));
        }
        assertEquals("2022-09-08", on.get("p99").get(2).toString(), "the outlet writes day first");
        assertEquals("2022-08-09", off.get("p99").get(2).toString(), "English defaults to month first");
        assertEquals("2022-08-13", on.get("p0").get(2).toString());
        assertEquals("2022-08-13", off.get("p0").get(2).toString());
    }
}
