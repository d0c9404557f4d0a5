package io.gazette.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gazette.config.GazetteOptions;
import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nightly runs into Delta tables: only new files are read, re-crawls merge, nothing doubles. */
@Tag("spark")
class IncrementalDeltaTest {
    /** One pass: these runs are about merging tables; the learning pass has its own test (OutletLearningTest). */
    static final GazetteOptions ONE_PASS = GazetteOptions.load(null, java.util.Map.of("learn.enabled", "false"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunReport run(Path in, Path out) throws Exception {
        return GazetteJob.run(SparkTestSession.get(), new JobSpec(List.of(in.toString()), out.toString(), false,
                JobSpec.TableFormat.DELTA, true, ONE_PASS));
    }

    private static List<String> table(Path out, String name) {
        // every column but run_id, as text, sorted: two tables are equal when these lists are
        SparkSession spark = SparkTestSession.get();
        var df = spark.read().format("delta").load(out.resolve(name).toString()).drop("run_id");
        List<String> rows = new ArrayList<>();
        for (Row r : df.collectAsList()) {
            rows.add(r.toString());
        }
        rows.sort(null);
        return rows;
    }

    /** A JSON line holding a small article page of the given URL, fetch time, headline and day. */
    static String page(String url, String fetchedAt, String title, String day) throws Exception {
        String body = "<p>" + title + " is the story of a council that met on a wet evening to decide the fate "
                + "of the old harbour bridge, which engineers say cannot carry lorries for much longer.</p>"
                + "<p>Residents filled the public gallery, and several of them asked why the repairs promised "
                + "three years ago had never started.</p>"
                + "<p>The council's engineer said a full closure would be needed for at least six months.</p>";
        String html = "<html lang=en><head><title>" + title + "</title>"
                + "<meta property=\"article:published_time\" content=\"" + day + "T08:00:00+00:00\"></head>"
                + "<body><article><h1>" + title + "</h1>" + body + "</article></body></html>";
        return JSON.writeValueAsString(Map.of("url", url, "html", html, "fetched_at", fetchedAt)) + "\n";
    }

    @Test
    void sameNightTwiceGivesTheSameTable(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("night1"));
        Files.copy(Path.of("sample-data/warc/cc-news-sample.warc.gz"), in.resolve("a.warc.gz"));
        Files.copy(Path.of("sample-data/jsonl/crawl-export.jsonl"), in.resolve("b.jsonl"));
        Path out = tmp.resolve("table");

        RunReport first = run(in, out);
        assertTrue(first.balanced(), first.imbalance());
        assertEquals(9, first.articles); // 7 from the WARC, 2 from the JSON Lines (sample-data/_expected.json)
        List<String> articles = table(out, "articles");
        List<String> rejects = table(out, "rejects");

        RunReport second = run(in, out);
        assertEquals(0, second.recordsRead);
        assertEquals(2, second.inputFilesSkipped);
        assertEquals(articles, table(out, "articles"));
        assertEquals(rejects, table(out, "rejects"));
    }

    @Test
    void newestFetchWinsAlsoWhenTheArticleMovesPartition(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("table");
        Path night1 = Files.createDirectories(tmp.resolve("night1"));
        Files.writeString(night1.resolve("crawl.jsonl"),
                page("https://www.example-news.com/bridge", "2026-03-01T10:00:00Z", "Bridge vote delayed",
                        "2026-03-01")
                        + page("https://www.example-news.com/ferry", "2026-03-01T10:05:00Z", "Ferry fares rise",
                        "2026-03-01"));
        assertTrue(run(night1, out).balanced());

        // night 2: the bridge story updated (new headline, re-dated), and a stale copy fetched earlier
        Path night2 = Files.createDirectories(tmp.resolve("night2"));
        Files.writeString(night2.resolve("crawl.jsonl"),
                page("https://www.example-news.com/bridge?utm_source=rss", "2026-03-02T09:00:00Z",
                        "Bridge vote passes after second debate", "2026-03-02")
                        + page("https://www.example-news.com/ferry", "2026-02-28T00:00:00Z", "Ferry fares (draft)",
                        "2026-03-01"));
        RunReport r2 = run(night2, out);
        assertTrue(r2.balanced(), r2.imbalance());
        assertEquals(1, r2.articlesWritten);
        assertEquals(1, r2.articlesKept);

        var df = SparkTestSession.get().read().format("delta").load(out.resolve("articles").toString());
        assertEquals(2, df.count());
        Row bridge = df.where(col("url").contains("bridge")).first();
        assertEquals("Bridge vote passes after second debate", bridge.getAs("title"));
        assertEquals("2026-03-02", String.valueOf((Object) bridge.getAs("publish_date")));
        assertEquals("Ferry fares rise", df.where(col("url").contains("ferry")).first().getAs("title"));
        // the row left the old partition: no second copy under publish_date=2026-03-01
        assertEquals(1, df.where(col("publish_date").equalTo("2026-03-01")).count());
    }

    @Test
    void aFileRewrittenInPlaceIsReadAgainAndItsDuplicatesAreNotStoredTwice(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("table");
        Files.writeString(in.resolve("c.jsonl"), page("https://www.example-news.com/a", "2026-03-01T10:00:00Z",
                "Harbour works begin", "2026-03-01"));
        run(in, out);
        Files.writeString(in.resolve("c.jsonl"), page("https://www.example-news.com/a", "2026-03-01T10:00:00Z",
                "Harbour works begin", "2026-03-01") + "{not json\n");
        Files.setLastModifiedTime(in.resolve("c.jsonl"), java.nio.file.attribute.FileTime.fromMillis(
                System.currentTimeMillis() + 60_000));
        RunReport r = run(in, out);
        assertTrue(r.balanced(), r.imbalance());
        assertEquals(2, r.recordsRead);
        assertEquals(1, r.articlesKept);
        assertEquals(1, SparkTestSession.get().read().format("delta").load(out.resolve("articles").toString())
                .count());
    }

    @Test
    void incrementalNeedsDelta() {
        assertThrows(IllegalArgumentException.class, () -> new JobSpec(List.of("x"), "y", false,
                JobSpec.TableFormat.PARQUET, true, ONE_PASS));
    }

    static void copy(Path from, Path to) throws Exception {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
