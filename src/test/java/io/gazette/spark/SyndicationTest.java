package io.gazette.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.config.GazetteOptions;
import io.gazette.extract.dedup.SimHashTest;
import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Agency copy on several outlets shares one cluster_id; other stories keep their own. */
@Tag("spark")
class SyndicationTest {
    /** One pass: these runs are about merging tables; the learning pass has its own test (OutletLearningTest). */
    static final GazetteOptions ONE_PASS = GazetteOptions.load(null, java.util.Map.of("learn.enabled", "false"));

    private static final ObjectMapper JSON = new ObjectMapper();

    static String page(String url, String title, String text) throws Exception {
        StringBuilder html = new StringBuilder("<html lang=en><head><title>").append(title)
                .append("</title></head><body><article><h1>").append(title).append("</h1>");
        for (String sentence : text.split("(?<=\\.) ")) {
            html.append("<p>").append(sentence).append("</p>");
        }
        html.append("</article></body></html>");
        return JSON.writeValueAsString(Map.of("url", url, "html", html.toString(),
                "fetched_at", "2026-03-02T10:00:00Z")) + "\n";
    }

    static final String OTHER = SimHashTest.WIRE.replace("central bank", "football federation")
            .replace("interest rate", "transfer window").replace("inflation", "attendance")
            .replace("cutting", "spending").replace("Economists", "Coaches").replace("markets", "clubs")
            .replace("The governor", "The chairman").replace("rents", "ticket prices")
            .replace("Retailers", "Supporters").replace("Builders", "Players");

    private static Map<String, String> clusters(Path table, String format) {
        Map<String, String> byUrl = new HashMap<>();
        for (Row r : SparkTestSession.get().read().format(format).load(table.toString())
                .select("url", "cluster_id", "article_id").collectAsList()) {
            byUrl.put(r.getString(0), r.getString(1));
        }
        return byUrl;
    }

    @Test
    void reprintsShareAClusterAndANewCopyJoinsTheStoredOne(@TempDir Path tmp) throws Exception {
        Path night1 = Files.createDirectories(tmp.resolve("n1"));
        Files.writeString(night1.resolve("a.jsonl"),
                page("https://www.harbour-news.example.com/economy/rates-held", "Rates held at 3.6 per cent",
                        SimHashTest.WIRE)
                        + page("https://www.valley-times.example.org/business/bank-holds", "Bank holds fire",
                        "From our wire service. " + SimHashTest.WIRE)
                        + page("https://www.other-outlet.example.net/sport/federation", "Federation holds",
                        OTHER));
        Path out = tmp.resolve("table");
        GazetteJob.run(SparkTestSession.get(), new JobSpec(List.of(night1.toString()), out.toString(), false,
                JobSpec.TableFormat.DELTA, true, ONE_PASS));
        Map<String, String> c1 = clusters(out.resolve("articles"), "delta");
        String rates = c1.get("https://www.harbour-news.example.com/economy/rates-held");
        assertEquals(rates, c1.get("https://www.valley-times.example.org/business/bank-holds"));
        assertNotEquals(rates, c1.get("https://www.other-outlet.example.net/sport/federation"));

        Path night2 = Files.createDirectories(tmp.resolve("n2"));
        Files.writeString(night2.resolve("b.jsonl"), page("https://www.coast-post.example.com/money/rates",
                "Central bank waits", SimHashTest.WIRE + " (With agency inputs)"));
        GazetteJob.run(SparkTestSession.get(), new JobSpec(List.of(night2.toString()), out.toString(), false,
                JobSpec.TableFormat.DELTA, true, ONE_PASS));
        Map<String, String> c2 = clusters(out.resolve("articles"), "delta");
        assertEquals(rates, c2.get("https://www.coast-post.example.com/money/rates"));
        assertEquals(c1.get("https://www.harbour-news.example.com/economy/rates-held"),
                c2.get("https://www.harbour-news.example.com/economy/rates-held"));
    }
}
