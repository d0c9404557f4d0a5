package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.extract.Step;
import io.gazette.io.PageReader;
import io.gazette.io.PageReaders;
import io.gazette.model.RawPage;
import io.gazette.spark.GazetteJob;
import io.gazette.spark.InputFile;
import io.gazette.spark.InputListing;
import io.gazette.spark.JobSpec;
import io.gazette.testing.SharedEval;
import io.gazette.testing.SparkTestSession;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch job and the SQL functions agree row for row. The same files (sample-data/, plus a few
 * real pages from the shared eval folder when it is there) go through {@link GazetteJob} and, read
 * into a DataFrame of pages (html, url, fetched_at) with the project's readers, through
 * {@code gazette_extract} and {@code gazette_published}; the article rows are then compared column
 * by column.
 *
 * <p>Columns that legitimately differ, because a SQL row is not a record of a file:
 * <ul>
 *   <li>{@code run_id}: the functions are not part of a run (the struct has no such field);</li>
 *   <li>{@code source_file, source_offset, source_format, record_id}: provenance of the input
 *       record, which the function never sees; it returns null and the caller keeps its own keys;</li>
 *   <li>{@code charset} for a STRING page: the caller decoded the bytes, so the function reports
 *       UTF-8 as it does for JSON Lines; for a BINARY page it runs the charset cascade and agrees.</li>
 * </ul>
 * Records the readers already reject keep no payload (WARC requests and revisits, HTTP errors,
 * images, empty and binary bodies), so they are not pages a table would hold and are not in the
 * DataFrame. Pages the batch job rejects on the HTTP envelope (HTTP_STATUS, NOT_HTML) would be left
 * out too: the function gets no status or content type, callers filter on their own columns.
 * Every other outcome, article or reject reason, must be the same.
 */
@Tag("spark")
class BatchAgreementTest {
    static final Set<String> PROVENANCE = Set.of("source_file", "source_offset", "source_format", "record_id");
    static final Set<String> ENVELOPE_REASONS = Set.of("HTTP_STATUS", "NOT_HTML");

    @TempDir
    static java.nio.file.Path tmp;
    static SparkSession spark;
    static boolean evalPresent;
    /** (source_file, source_offset) -> article row of the batch job, as written. */
    static Map<List<Object>, Row> batchArticles = new HashMap<>();
    static Map<List<Object>, String> batchRejects = new HashMap<>();
    /** (source_file, source_offset) -> row of (s: string page, b: binary page, d: published). */
    static Map<List<Object>, Row> sql = new HashMap<>();

    @BeforeAll
    static void runBothPaths() throws Exception {
        spark = SparkTestSession.get();
        List<String> inputs = new ArrayList<>(List.of("sample-data"));
        java.nio.file.Path eval = SharedEval.rootOrNull();
        evalPresent = eval != null;
        if (evalPresent) {
            inputs.addAll(firstFiles(eval.resolve("article-extraction/html"), 4));
            inputs.addAll(firstFiles(eval.resolve("dates/pages"), 4));
            inputs.add(eval.resolve("warc/jwarc__cc.warc.gz").toString());
            inputs.add(eval.resolve("warc/cc-whirlwind__whirlwind.warc.gz").toString());
        }
        GazetteOptions options = GazetteOptions.defaults();

        GazetteJob.run(spark, JobSpec.parquet(inputs, tmp.resolve("out").toString(), false, options));
        for (Row r : spark.read().parquet(tmp.resolve("out/articles").toString()).collectAsList()) {
            batchArticles.put(key(r), r);
        }
        for (Row r : spark.read().parquet(tmp.resolve("out/rejects").toString()).collectAsList()) {
            batchRejects.put(key(r), r.getAs("reason"));
        }

        GazetteFunctions.register(spark, options);
        pages(inputs, options).createOrReplaceTempView("agreement_pages");
        for (Row r : spark.sql("SELECT source_file, source_offset, "
                + "gazette_extract(html, url, fetched_at) AS s, gazette_extract(body, url, fetched_at) AS b, "
                + "gazette_published(html, url, fetched_at) AS d FROM agreement_pages").collectAsList()) {
            sql.put(List.of(r.getString(0), r.getLong(1)), r);
        }
    }

    private static List<Object> key(Row r) {
        return List.of(r.<String>getAs("source_file"), r.<Long>getAs("source_offset"));
    }

    private static List<String> firstFiles(java.nio.file.Path dir, int n) throws Exception {
        try (Stream<java.nio.file.Path> s = Files.list(dir)) {
            return s.map(java.nio.file.Path::toString).sorted().limit(n).toList();
        }
    }

    /**
     * The pages of the input files as a crawl table would hold them: one row per record the
     * readers call a page, with the page decoded to text exactly as the batch decoded it (the
     * pipeline's gate and decode steps), and the raw payload bytes beside it.
     */
    static Dataset<Row> pages(List<String> inputs, GazetteOptions options) throws Exception {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Pipeline pipeline = new Pipeline(options);
        List<Row> rows = new ArrayList<>();
        for (InputFile f : InputListing.list(inputs, conf)) {
            Path p = new Path(f.path());
            try (InputStream in = p.getFileSystem(conf).open(p);
                 PageReader reader = PageReaders.open(in, f.path(), options.input())) {
                while (reader.hasNext()) {
                    RawPage page = reader.next();
                    if (page.isSkipped()) {
                        continue;
                    }
                    String html = decoded(pipeline, page, options);
                    byte[] body = page.body() != null ? page.body()
                            : page.text() != null ? page.text().getBytes(StandardCharsets.UTF_8) : null;
                    rows.add(RowFactory.create(f.path(), page.sourceOffset(), page.url(),
                            page.fetchedAt() == null ? null : Timestamp.from(page.fetchedAt()), html, body));
                }
            }
        }
        StructType schema = new StructType()
                .add("source_file", DataTypes.StringType, false)
                .add("source_offset", DataTypes.LongType, false)
                .add("url", DataTypes.StringType)
                .add("fetched_at", DataTypes.TimestampType)
                .add("html", DataTypes.StringType)
                .add("body", DataTypes.BinaryType);
        return spark.createDataFrame(rows, schema);
    }

    /** The text the batch parsed; an empty string for a page the gate stops (it has no text). */
    private static String decoded(Pipeline pipeline, RawPage page, GazetteOptions options) {
        PageWork w = new PageWork(page, options);
        for (Step s : pipeline.steps()) {
            s.apply(w);
            if (w.isRejected() || w.decoded()) {
                break;
            }
        }
        return w.decoded() ? w.html() : "";
    }

    @Test
    void sampleDataAgrees() throws Exception {
        int articles = compare("/sample-data/");
        long expected = 0;
        var files = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("sample-data/_expected.json").toFile()).get("files").elements();
        while (files.hasNext()) {
            expected += files.next().get("articles").asLong();
        }
        assertEquals(expected, articles, "every article of sample-data/_expected.json compared");
    }

    @Test
    void sharedEvalPagesAgree() {
        Assumptions.assumeTrue(evalPresent, "shared eval data not found (../shared/eval or GAZETTE_EVAL_DIR)");
        int articles = compare("/eval/");
        assertTrue(articles >= 4, "too few eval articles to mean anything: " + articles);
    }

    /** Compares every record under files whose path contains {@code part}; returns the articles compared. */
    private int compare(String part) {
        int articles = 0;
        int rejects = 0;
        Map<String, Integer> skipped = new TreeMap<>();
        for (var e : sql.entrySet()) {
            if (!((String) e.getKey().get(0)).contains(part)) {
                continue;
            }
            Row batch = batchArticles.get(e.getKey());
            Row s = e.getValue().getStruct(2);
            Row b = e.getValue().getStruct(3);
            Row d = e.getValue().getStruct(4);
            String where = e.getKey().toString();
            assertNotNull(s, where);
            assertNotNull(b, where);
            if (batch == null) {
                String reason = batchRejects.get(e.getKey());
                assertNotNull(reason, "the batch job lost " + where);
                if (ENVELOPE_REASONS.contains(reason)) {
                    skipped.merge(reason, 1, Integer::sum);
                    continue;
                }
                assertEquals(reason, b.getAs("reject_reason"), where + " (BINARY page)");
                if (!reason.equals("BINARY_CONTENT")) {
                    // decoded to text, a binary payload is just odd text; the byte check needs the bytes
                    assertEquals(reason, s.getAs("reject_reason"), where + " (STRING page)");
                }
                rejects++;
                continue;
            }
            articles++;
            assertNull(s.getAs("reject_reason"), where + ": " + s.getAs("reject_detail"));
            assertNull(b.getAs("reject_reason"), where + ": " + b.getAs("reject_detail"));
            for (String column : GazetteFunctions.extractType().fieldNames()) {
                if (column.startsWith("reject_")) {
                    continue;
                }
                if (PROVENANCE.contains(column)) {
                    assertNull(s.getAs(column), where + " " + column);
                    continue;
                }
                Object want = plain(batch.getAs(column));
                assertEquals(want, plain(b.getAs(column)), where + " " + column + " (BINARY page)");
                if (column.equals("charset")) {
                    assertEquals("UTF-8", s.getAs(column), where);
                } else {
                    assertEquals(want, plain(s.getAs(column)), where + " " + column + " (STRING page)");
                }
            }
            for (String column : GazetteFunctions.publishedType().fieldNames()) {
                assertEquals(plain(batch.getAs(column)), plain(d.getAs(column)), where + " gazette_published " + column);
            }
        }
        System.out.printf("agreement %s: %d articles and %d rejects equal; left out (HTTP envelope): %s%n",
                part, articles, rejects, skipped);
        return articles;
    }

    /** Arrays come back as Scala sequences; compare them as Java lists. */
    private static Object plain(Object v) {
        if (v instanceof scala.collection.Seq<?> seq) {
            return scala.jdk.javaapi.CollectionConverters.asJava(seq);
        }
        return v;
    }
}
