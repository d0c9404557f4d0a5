package io.gazette.spark;

import io.gazette.config.GazetteOptions;
import io.gazette.testing.SparkTestSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole job in local mode on sample-data/, with the written tables read back. */
@Tag("spark")
class GazetteJobTest {
    @TempDir
    static Path tmp;
    static Path out;
    static RunReport report;
    static SparkSession spark;

    @BeforeAll
    static void runOnSampleData() throws Exception {
        spark = SparkTestSession.get();
        out = tmp.resolve("out");
        report = GazetteJob.run(spark, JobSpec.parquet(List.of("sample-data"), out.toString(), false,
                GazetteOptions.defaults()));
    }

    @Test
    void everyRecordIsAnArticleOrAReject() {
        assertTrue(report.balanced(), report.imbalance());
        assertTrue(report.articles > 0 && report.rejects > 0, report.summary());
        assertEquals(report.recordsRead, report.articles + report.rejects);
        long written = spark.read().parquet(out.resolve("articles").toString()).count()
                + spark.read().parquet(out.resolve("rejects").toString()).count();
        assertEquals(report.recordsRead, written);
        // per-file sums as well: a file that loses a record cannot hide behind another that gains one
        report.files.forEach(f -> assertTrue(f.balanced(), f.toString()));
    }

    /** sample-data/_expected.json: what each sample file was written to produce, per file and reason. */
    @Test
    void eachSampleFileEndsAsItsAuthorIntended() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Path.of("sample-data/_expected.json").toFile());
        Map<String, Map<String, Long>> rejectsByFile = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("rejects").toString())
                .groupBy("source_file", "reason").count().collectAsList()) {
            rejectsByFile.computeIfAbsent(relative(r.getString(0)), k -> new TreeMap<>())
                    .put(r.getString(1), r.getLong(2));
        }
        Map<String, Long> articlesByFile = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("articles").toString())
                .groupBy("source_file").count().collectAsList()) {
            articlesByFile.put(relative(r.getString(0)), r.getLong(1));
        }
        var files = expected.get("files").fields();
        int n = 0;
        while (files.hasNext()) {
            var e = files.next();
            n++;
            String file = e.getKey();
            assertEquals(e.getValue().get("articles").asLong(), articlesByFile.getOrDefault(file, 0L), file);
            Map<String, Long> want = new TreeMap<>();
            e.getValue().get("rejects").fields().forEachRemaining(r -> want.put(r.getKey(), r.getValue().asLong()));
            assertEquals(want, rejectsByFile.getOrDefault(file, Map.of()), file);
        }
        assertEquals(n, report.files.size());
    }

    @Test
    void outletsAreTheRegistrableDomains() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Path.of("sample-data/_expected.json").toFile());
        Set<String> want = new TreeSet<>();
        expected.get("partitions").forEach(p -> want.add(p.get("outlet").asText()));
        Set<String> got = new TreeSet<>();
        spark.read().parquet(out.resolve("articles").toString()).select("outlet").distinct().collectAsList()
                .forEach(r -> got.add(r.getString(0)));
        assertEquals(want, got);
    }

    /** "file:/.../sample-data/warc/x.warc.gz" -> "warc/x.warc.gz", the keys of _expected.json. */
    private static String relative(String sourceFile) {
        return sourceFile.substring(sourceFile.indexOf("sample-data/") + "sample-data/".length());
    }

    @Test
    void articlesArePartitionedByDayThenOutletInHiveFolders() throws Exception {
        try (Stream<Path> files = Files.walk(out.resolve("articles"))) {
            List<Path> parquet = files.filter(f -> f.toString().endsWith(".parquet")).toList();
            assertFalse(parquet.isEmpty());
            for (Path f : parquet) {
                Path outletDir = f.getParent();
                Path dayDir = outletDir.getParent();
                assertTrue(outletDir.getFileName().toString().startsWith("outlet="), f.toString());
                assertTrue(dayDir.getFileName().toString().startsWith("publish_date="), f.toString());
            }
            // one file per (publish_date, outlet) pair: the repartition before the write did its job
            Map<Path, Long> perPair = parquet.stream().collect(Collectors.groupingBy(Path::getParent,
                    Collectors.counting()));
            perPair.forEach((dir, n) -> assertEquals(1L, n, dir.toString()));
            // the report counts the files from its own listing of the table
            assertEquals(parquet.size(), report.articleFiles);
        }
        assertTrue(Files.isDirectory(out.resolve("articles/publish_date=2022-09-08/outlet=indianexpress.com")));
    }

    @Test
    void readBackSchemaIsTheDefinedOne() {
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        assertEquals(names(Schemas.ARTICLE.fields()), names(articles.schema().fields()));
        for (StructField f : Schemas.ARTICLE.fields()) {
            assertEquals(f.dataType(), articles.schema().apply(f.name()).dataType(), f.name());
        }
        Dataset<Row> rejects = spark.read().parquet(out.resolve("rejects").toString());
        assertEquals(names(Schemas.REJECT.fields()), names(rejects.schema().fields()));
    }

    @Test
    void theSeedPageIsAnArticleOfItsDay() {
        List<Row> seed = spark.read().parquet(out.resolve("articles").toString())
                .where(col("title").startsWith("Rajnath Singh in Japan")).collectAsList();
        assertEquals(1, seed.size());
        Row r = seed.get(0);
        Object day = r.getAs("publish_date");
        assertEquals(LocalDate.of(2022, 9, 8), day instanceof Date d ? d.toLocalDate() : day);
        assertEquals("indianexpress.com", r.getAs("outlet"));
        assertEquals("text", r.getAs("source_format"));
        assertEquals(report.runId, r.getAs("run_id"));
        // entities read back as arrays of structs and flat name lists
        assertEquals("tagged", r.getAs("entity_status"));
        assertTrue(r.getList(r.fieldIndex("persons")).contains("Rajnath Singh"), r.toString());
        assertTrue(r.getList(r.fieldIndex("countries")).contains("JP"), r.toString());
        List<Row> entities = r.getList(r.fieldIndex("entities"));
        Row singh = entities.stream().filter(e -> "Rajnath Singh".equals(e.getAs("name"))).findFirst().orElseThrow();
        assertEquals("PER", singh.getAs("type"));
        assertTrue((Integer) singh.getAs("mentions") >= 3, singh.toString());
    }

    @Test
    void reportIsWrittenAsJson() throws Exception {
        Path json = out.resolve("reports").resolve(report.runId + ".json");
        String s = Files.readString(json);
        assertTrue(s.contains("\"balanced\" : true"), s);
        assertTrue(s.contains("\"records_read\" : " + report.recordsRead), s);
    }

    @Test
    void refusesToOverwriteWithoutBeingAsked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GazetteJob.run(spark,
                JobSpec.parquet(List.of("sample-data"), out.toString(), false, GazetteOptions.defaults())));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
    }

    @Test
    void aWarcGzReadInRangesGivesTheSameTablesAsReadWhole() throws Exception {
        // 41 KB in ranges of 4 KB: ten tasks, each reading the records whose gzip member starts in its range
        List<String> input = List.of("sample-data/warc/cc-news-sample.warc.gz");
        Path whole = tmp.resolve("whole");
        Path ranged = tmp.resolve("ranged");
        RunReport w = GazetteJob.run(spark, JobSpec.parquet(input, whole.toString(), false,
                GazetteOptions.load(null, java.util.Map.of("input.warc-range-bytes", "0"))));
        RunReport r = GazetteJob.run(spark, JobSpec.parquet(input, ranged.toString(), false,
                GazetteOptions.load(null, java.util.Map.of("input.warc-range-bytes", "4096"))));
        assertTrue(r.balanced(), r.imbalance());
        assertEquals(w.recordsRead, r.recordsRead);
        assertEquals(1, r.files.size(), "one file in the report, its ranges summed: " + r.files);
        assertEquals(w.files.get(0).toString(), r.files.get(0).toString());
        for (String table : List.of("articles", "rejects")) {
            List<String> a = rows(whole.resolve(table));
            assertFalse(a.isEmpty(), table);
            assertEquals(a, rows(ranged.resolve(table)), table);
        }
    }

    /** Every row as text, without the run's id, sorted. */
    private static List<String> rows(Path table) {
        Dataset<Row> d = spark.read().parquet(table.toString());
        List<String> keep = Arrays.stream(d.columns())
                .filter(c -> !c.equals("run_id"))
                .toList();
        return d.select(keep.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .collectAsList().stream().map(Row::toString).sorted().toList();
    }

    private static List<String> names(StructField[] fields) {
        return Arrays.stream(fields).map(StructField::name).toList();
    }
}
