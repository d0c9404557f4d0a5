package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.model.Columns;
import io.gazette.spark.Schemas;
import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each SQL function on hand-made pages and the seed page: types, values, nulls, rejects, options. */
@Tag("spark")
class GazetteFunctionsTest {
    static SparkSession spark;

    /** An invented news page: JSON-LD date with an offset, a byline, four paragraphs. */
    static final String ARTICLE_HTML = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Harbour ferry returns after winter repairs | The Test Gazette</title>
            <link rel="canonical" href="https://www.testgazette.co.uk/news/2024/05/06/ferry-returns">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
             "headline":"Harbour ferry returns after winter repairs","datePublished":"2024-05-06T07:08:09+02:00",
             "author":{"@type":"Person","name":"Mara Quill"}}</script>
            </head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Harbour ferry returns after winter repairs</h1>
            <p>The harbour ferry returned to service on Monday after four months of repairs to its hull and engines, the operator said, ending a long detour for commuters.</p>
            <p>Passengers had been taking a bus around the bay since January, which added almost forty minutes to the journey each way for people working on the far shore.</p>
            <p>The operator said the repairs cost more than expected because corrosion was found under the deck, but that the boat should now run for another ten years.</p>
            <p>Timetables are unchanged, and the first crossing leaves at half past six in the morning from the north pier, with the last return at eleven at night.</p>
            </article><footer>Copyright The Test Gazette</footer></body></html>
            """;
    static final String ARTICLE_URL = "https://www.testgazette.co.uk/news/2024/05/06/ferry-returns?utm_source=x";
    static final Timestamp FETCHED = Timestamp.from(Instant.parse("2024-05-07T10:00:00Z"));

    /** Dated, but with far too little text to be an article. */
    static final String SHORT_DATED_HTML = """
            <html><head><meta property="article:published_time" content="2023-11-02T18:30:00+05:30"></head>
            <body><p>Live updates follow.</p></body></html>""";

    @BeforeAll
    static void session() {
        spark = SparkTestSession.get();
    }

    @BeforeEach
    void registerDefaults() {
        GazetteFunctions.register(spark);
    }

    static Dataset<Row> pages(Object[]... rows) {
        StructType schema = new StructType()
                .add("id", DataTypes.StringType)
                .add("html", DataTypes.StringType)
                .add("url", DataTypes.StringType)
                .add("fetched_at", DataTypes.TimestampType);
        List<Row> list = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(RowFactory.create(r));
        }
        return spark.createDataFrame(list, schema);
    }

    static Row one(Dataset<Row> df) {
        List<Row> rows = df.collectAsList();
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    @Test
    void extractReturnsTheArticleColumnsLessRunIdPlusTheRejectFields() {
        StructType t = GazetteFunctions.extractType();
        List<String> want = new ArrayList<>(Arrays.stream(Schemas.ARTICLE.fields()).map(StructField::name)
                .filter(n -> !n.equals(Columns.RUN_ID)).toList());
        want.add("reject_reason");
        want.add("reject_detail");
        assertEquals(want, Arrays.asList(t.fieldNames()));
        for (StructField f : t.fields()) {
            assertTrue(f.nullable(), f.name());
            if (!f.name().startsWith("reject_")) {
                assertEquals(Schemas.ARTICLE.apply(f.name()).dataType(), f.dataType(), f.name());
            }
        }
        pages(new Object[]{"a", ARTICLE_HTML, ARTICLE_URL, FETCHED}).createOrReplaceTempView("p1");
        Dataset<Row> df = spark.sql("SELECT gazette_extract(html, url, fetched_at) AS a FROM p1");
        assertEquals(t, df.schema().apply("a").dataType());
    }

    @Test
    void extractFindsTheArticle() {
        pages(new Object[]{"a", ARTICLE_HTML, ARTICLE_URL, FETCHED}).createOrReplaceTempView("p1");
        Row a = one(spark.sql("SELECT a.* FROM (SELECT gazette_extract(html, url, fetched_at) AS a FROM p1)"));
        assertNull(a.getAs("reject_reason"));
        assertEquals("Harbour ferry returns after winter repairs", a.getAs("title"));
        assertEquals("testgazette.co.uk", a.getAs("outlet"));
        assertEquals("https://www.testgazette.co.uk/news/2024/05/06/ferry-returns", a.getAs("canonical_url"));
        assertEquals(List.of("Mara Quill"), a.getList(a.fieldIndex("authors")));
        assertEquals(Instant.parse("2024-05-06T05:08:09Z"), ((Timestamp) a.getAs("published_at")).toInstant());
        assertEquals("+02:00", a.getAs("published_offset"));
        assertEquals(Date.valueOf(LocalDate.of(2024, 5, 6)), a.getAs("publish_date"));
        assertEquals("json-ld:datePublished", a.getAs("date_source"));
        assertEquals(FETCHED, a.getAs("fetched_at"));
        assertEquals("en", a.getAs("language"));
        String text = a.getAs("text");
        assertTrue(text.startsWith("The harbour ferry returned to service on Monday"), text);
        assertFalse(text.contains("Copyright"), text);
        assertTrue((Integer) a.getAs("word_count") > 80);
        assertEquals(Pipeline.VERSION, a.getAs("extractor_version"));
        assertEquals(32, ((String) a.getAs("article_id")).length());
        // no file behind a SQL row: the provenance columns stay empty
        assertNull(a.getAs("source_file"));
        assertNull(a.getAs("source_format"));
        assertNull(a.getAs("record_id"));
    }

    @Test
    void theSeedPageAsText() throws Exception {
        String seed = Files.readString(Path.of("sample-data/text/indianexpress-2022-09-08-scraped.txt"));
        pages(new Object[]{"seed", seed, null, null}).createOrReplaceTempView("p1");
        Row a = one(spark.sql("SELECT a.* FROM (SELECT gazette_extract(html, url) AS a FROM p1)"));
        assertNull(a.getAs("reject_reason"));
        assertTrue(((String) a.getAs("title")).startsWith("Rajnath Singh in Japan"), (String) a.getAs("title"));
        assertEquals("indianexpress.com", a.getAs("outlet"));
        assertEquals(Date.valueOf(LocalDate.of(2022, 9, 8)), a.getAs("publish_date"));
        String source = a.getAs("date_source");
        assertTrue(source.startsWith("text:first-published"), "the 'First published on' line: " + source);
    }

    @Test
    void badPagesGiveRejectReasonsAndNullGivesNull() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <</Type /Catalog>> endobj\n\u0000\u0001\u0002\u0003 stream"
                .getBytes(StandardCharsets.ISO_8859_1);
        StructType schema = new StructType().add("id", DataTypes.StringType).add("body", DataTypes.BinaryType)
                .add("url", DataTypes.StringType);
        spark.createDataFrame(List.of(
                        RowFactory.create("pdf", pdf, "https://x.example.com/a.pdf"),
                        RowFactory.create("empty", new byte[0], "https://x.example.com/empty"),
                        RowFactory.create("null", null, "https://x.example.com/null")), schema)
                .createOrReplaceTempView("bin");
        pages(new Object[]{"short", SHORT_DATED_HTML, "https://x.example.com/live", FETCHED},
                new Object[]{"blank", "   ", "https://x.example.com/blank", FETCHED},
                new Object[]{"nourl", "<html><body><p>no url at all</p></body></html>", null, null},
                new Object[]{"null", null, "https://x.example.com/n", FETCHED})
                .createOrReplaceTempView("p1");
        Map<String, Row> r = byId(spark.sql("SELECT id, gazette_extract(html, url, fetched_at) AS a FROM p1 "
                + "UNION ALL SELECT id || '-bin', gazette_extract(body, url) FROM bin"));
        assertEquals("TEXT_TOO_SHORT", reason(r.get("short")));
        assertEquals("EMPTY_BODY", reason(r.get("blank")));
        assertEquals("TEXT_TOO_SHORT", reason(r.get("nourl")));
        assertEquals("BINARY_CONTENT", reason(r.get("pdf-bin")));
        assertEquals("EMPTY_BODY", reason(r.get("empty-bin")));
        assertNull(r.get("null").get(1));
        assertNull(r.get("null-bin").get(1));
        Row shortPage = r.get("short").getStruct(1);
        assertEquals("https://x.example.com/live", shortPage.getAs("url"));
        assertEquals(FETCHED, shortPage.getAs("fetched_at"));
        assertNull(shortPage.getAs("article_id"));
        assertNull(shortPage.getAs("text"));
    }

    @Test
    void bytesGoThroughTheCharsetCascade() {
        String html = ARTICLE_HTML.replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">")
                .replace("four months", "four months \u2013 \u201cthe longest ever\u201d \u2013");
        StructType schema = new StructType().add("body", DataTypes.BinaryType).add("url", DataTypes.StringType);
        spark.createDataFrame(List.of(RowFactory.create(html.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                ARTICLE_URL)), schema).createOrReplaceTempView("bin");
        Row a = one(spark.sql("SELECT a.* FROM (SELECT gazette_extract(body, url) AS a FROM bin)"));
        assertEquals("windows-1252", ((String) a.getAs("charset")).toLowerCase(java.util.Locale.ROOT));
        assertTrue(((String) a.getAs("text")).contains("\u201cthe longest ever\u201d"), (String) a.getAs("text"));
    }

    @Test
    void twoArgumentsMeanNoFetchTime() {
        pages(new Object[]{"a", ARTICLE_HTML, ARTICLE_URL, null}).createOrReplaceTempView("p1");
        Row r = one(spark.sql("SELECT gazette_extract(html, url) AS two, "
                + "gazette_extract(html, url, CAST(NULL AS TIMESTAMP)) AS three, gazette_extract(html, url, NULL) AS lit FROM p1"));
        assertEquals(r.get(0), r.get(1));
        assertEquals(r.get(0), r.get(2));
        assertNull(r.getStruct(0).getAs("fetched_at"));
    }

    @Test
    void wrongArgumentsFailWhenTheQueryIsAnalysed() {
        pages(new Object[]{"a", ARTICLE_HTML, ARTICLE_URL, FETCHED}).createOrReplaceTempView("p1");
        Exception arity = assertThrows(AnalysisException.class, () -> spark.sql("SELECT gazette_extract(html) FROM p1"));
        assertTrue(arity.getMessage().contains("gazette_extract"), arity.getMessage());
        assertTrue(arity.getMessage().contains("[2, 3]"), arity.getMessage());
        Exception type = assertThrows(AnalysisException.class,
                () -> spark.sql("SELECT gazette_extract(html, url, 42) FROM p1"));
        assertTrue(type.getMessage().contains("TIMESTAMP"), type.getMessage());
        assertThrows(AnalysisException.class, () -> spark.sql("SELECT gazette_outlet(url, url) FROM p1"));
        assertThrows(AnalysisException.class, () -> spark.sql("SELECT gazette_published(1, url) FROM p1"));
    }

    @Test
    void describeFunctionShowsTheSignature() {
        String described = spark.sql("DESCRIBE FUNCTION gazette_extract").collectAsList().toString();
        assertTrue(described.contains("gazette_extract(html STRING or BINARY, url STRING [, fetched_at TIMESTAMP])"),
                described);
    }

    @Test
    void publishedFindsTheDateEvenOnAPageTooShortToKeep() {
        pages(new Object[]{"short", SHORT_DATED_HTML, "https://x.example.com/live", FETCHED},
                new Object[]{"full", ARTICLE_HTML, ARTICLE_URL, FETCHED},
                new Object[]{"undated", "<html><body><p>Nothing here says when.</p></body></html>",
                        "https://x.example.com/about", FETCHED},
                new Object[]{"null", null, "https://x.example.com/n", FETCHED})
                .createOrReplaceTempView("p1");
        Dataset<Row> df = spark.sql("SELECT id, gazette_published(html, url, fetched_at) AS d FROM p1");
        assertEquals(GazetteFunctions.publishedType(), df.schema().apply("d").dataType());
        assertEquals(List.of("published_at", "published_offset", "publish_date", "date_source"),
                Arrays.asList(GazetteFunctions.publishedType().fieldNames()));
        Map<String, Row> r = byId(df);
        Row s = r.get("short").getStruct(1);
        assertEquals(Instant.parse("2023-11-02T13:00:00Z"), ((Timestamp) s.getAs("published_at")).toInstant());
        assertEquals("+05:30", s.getAs("published_offset"));
        assertEquals(Date.valueOf(LocalDate.of(2023, 11, 2)), s.getAs("publish_date"));
        assertEquals("meta:article:published_time", s.getAs("date_source"));
        Row full = r.get("full").getStruct(1);
        assertEquals("json-ld:datePublished", full.getAs("date_source"));
        Row undated = r.get("undated").getStruct(1);
        assertNull(undated.getAs("publish_date"));
        assertNull(undated.getAs("date_source"));
        assertNull(r.get("null").get(1));
    }

    @Test
    void outletIsTheRegistrableDomain() {
        Row r = one(spark.sql("SELECT gazette_outlet('https://www.bbc.co.uk/news/world-1'), "
                + "gazette_outlet('https://sport.metrocourier.com.au/x'), gazette_outlet('http://203.0.113.9/a'), "
                + "gazette_outlet('not a url'), gazette_outlet(NULL), gazette_outlet('mailto:a@b.com')"));
        assertEquals("bbc.co.uk", r.get(0));
        assertEquals("metrocourier.com.au", r.get(1));
        assertEquals("203.0.113.9", r.get(2));
        assertNull(r.get(3));
        assertNull(r.get(4));
        assertNull(r.get(5));
    }

    /** gazette_entities is the entity step: the same answer as the analyzer the pipeline calls. */
    @Test
    void entitiesOfTheSeedStory() throws Exception {
        String seed = Files.readString(Path.of("sample-data/text/indianexpress-2022-09-08-scraped.txt"));
        pages(new Object[]{"seed", seed, null, null}).createOrReplaceTempView("p1");
        Dataset<Row> df = spark.sql("SELECT a.text, a.language, gazette_entities(a.text, a.language) AS e, "
                + "gazette_entities(a.text) AS guessed, gazette_entities(a.text, 'de') AS german, a.entities "
                + "FROM (SELECT gazette_extract(html, url) AS a FROM p1)");
        assertEquals(Schemas.ARTICLE.apply("entities").dataType(), df.schema().apply("e").dataType());
        assertEquals(GazetteFunctions.entitiesType(), df.schema().apply("e").dataType());
        Row r = one(df);
        String text = r.getString(0);
        assertEquals("en", r.getString(1));
        List<Row> e = r.getList(2);
        Row singh = e.stream().filter(x -> x.getString(0).equals("Rajnath Singh")).findFirst().orElseThrow();
        assertEquals("PER", singh.getString(1));
        assertTrue(singh.getInt(2) >= 3, singh.toString());
        assertTrue(text.startsWith("Rajnath Singh", singh.getInt(3)), "offset points into the text");
        assertTrue(e.stream().anyMatch(x -> x.getString(0).equals("Tokyo") && x.getString(1).equals("LOC")), e.toString());

        List<Row> direct = new ArrayList<>();
        var result = io.gazette.extract.entity.EntityAnalyzer.create(GazetteOptions.defaults().entities())
                .analyze(text, "en");
        result.entities().forEach(x -> direct.add(RowFactory.create(x.name(), x.type().name(), x.mentions(),
                x.firstOffset())));
        assertEquals(direct, e);
        assertEquals(e, r.getList(3), "the guessed language is English too");
        assertEquals(List.of(), r.getList(4), "the model is English only");
        assertEquals(e, r.getList(5), "the same entities as the article's own column");
    }

    /** The function's side of gazette_entities, against a stand-in tagger (the real one is tested with it). */
    @Test
    void entitiesShapeTheTaggersAnswer() {
        GazetteFunctions.register(spark, GazetteOptions.defaults(), new CapitalisedWords());
        String story = "Mara Quill met Tomas Berg in Oslo on Monday, and they said that the talks were useful and that the "
                + "deal was close. Quill left for home on the evening ferry.";
        Dataset<Row> df = spark.sql("SELECT gazette_entities('" + story + "') AS e, "
                + "gazette_entities('Mara Quill', 'de') AS de, gazette_entities('the cat and the dog are in the garden') AS en, "
                + "gazette_entities(NULL) AS n");
        assertEquals(GazetteFunctions.entitiesType(), df.schema().apply("e").dataType());
        Row r = one(df);
        // the language was guessed from the text (English), so the stand-in tagged it
        assertEquals(List.of(RowFactory.create("Mara", "PER", 1, 0), RowFactory.create("Quill", "PER", 2, 5),
                RowFactory.create("Tomas", "PER", 1, 15), RowFactory.create("Berg", "PER", 1, 21),
                RowFactory.create("Oslo", "PER", 1, 29), RowFactory.create("Monday", "PER", 1, 37)), r.getList(0));
        assertEquals(List.of(), r.getList(1), "the stand-in tags English only, as the model does");
        assertEquals(List.of(), r.getList(2), "too short to tell its language, so not tagged");
        assertNull(r.get(3));
    }

    @Test
    void optionsTravelInsideTheFunctions() {
        String page = "<html><body><article><p>" + "A ferry story in a few words. ".repeat(4)
                + "</p></article></body></html>";
        pages(new Object[]{"p", page, "https://x.example.com/a", FETCHED}).createOrReplaceTempView("p1");
        assertEquals("TEXT_TOO_SHORT", one(spark.sql("SELECT gazette_extract(html, url).reject_reason FROM p1")).get(0));
        GazetteOptions lenient = GazetteOptions.load(null, Map.of("extract.min-text-chars", "50"));
        GazetteFunctions.register(spark, lenient);
        assertNull(one(spark.sql("SELECT gazette_extract(html, url).reject_reason FROM p1")).get(0));
        Dataset<Row> p = spark.table("p1");
        assertNull(one(p.select(GazetteColumns.with(lenient).extract(col("html"), col("url")).getField("reject_reason")))
                .get(0));
        assertEquals("TEXT_TOO_SHORT",
                one(p.select(GazetteFunctions.extract(col("html"), col("url")).getField("reject_reason"))).get(0));
    }

    @Test
    void dataFrameHelpersGiveWhatSqlGives() {
        pages(new Object[]{"a", ARTICLE_HTML, ARTICLE_URL, FETCHED},
                new Object[]{"short", SHORT_DATED_HTML, "https://x.example.com/live", FETCHED},
                new Object[]{"null", null, null, null}).createOrReplaceTempView("p1");
        Dataset<Row> p = spark.table("p1");
        List<Row> api = p.select(col("id"),
                GazetteFunctions.extract(col("html"), col("url"), col("fetched_at")),
                GazetteFunctions.extract(col("html"), col("url")),
                GazetteFunctions.published(col("html"), col("url"), col("fetched_at")),
                GazetteFunctions.outlet(col("url"))).orderBy("id").collectAsList();
        List<Row> sql = spark.sql("SELECT id, gazette_extract(html, url, fetched_at), gazette_extract(html, url), "
                + "gazette_published(html, url, fetched_at), gazette_outlet(url) FROM p1 ORDER BY id").collectAsList();
        assertEquals(3, api.size());
        assertEquals(sql, api);
        assertNotNull(api.get(0).get(1));
    }

    /**
     * PySpark's spark.udf.registerJavaFunction calls UDFRegistration.registerJava with the class
     * name and the return type; the same call here, with the types the README passes.
     */
    @Test
    void theClassesRegisterAsJavaFunctionsTheWayPySparkDoes() {
        var udf = ((org.apache.spark.sql.classic.SparkSession) spark).udf();
        udf.registerJava("py_outlet", OutletUdf.class.getName(), DataTypes.StringType);
        udf.registerJava("py_extract", ExtractUdf.class.getName(),
                org.apache.spark.sql.types.DataType.fromJson(GazetteFunctions.extractType().json()));
        udf.registerJava("py_published", PublishedUdf.class.getName(),
                org.apache.spark.sql.types.DataType.fromJson(GazetteFunctions.publishedType().json()));
        pages(new Object[]{"a", ARTICLE_HTML, ARTICLE_URL, FETCHED}).createOrReplaceTempView("p1");
        Row r = one(spark.sql("SELECT py_outlet(url), gazette_outlet(url), py_extract(html, url, fetched_at), "
                + "gazette_extract(html, url, fetched_at), py_published(html, url, fetched_at), "
                + "gazette_published(html, url, fetched_at) FROM p1"));
        assertEquals("testgazette.co.uk", r.get(0));
        assertEquals(r.get(1), r.get(0));
        assertEquals(r.get(3), r.get(2));
        assertEquals(r.get(5), r.get(4));
    }

    private static Map<String, Row> byId(Dataset<Row> df) {
        Map<String, Row> out = new java.util.HashMap<>();
        for (Row r : df.collectAsList()) {
            out.put(r.getString(0), r);
        }
        return out;
    }

    private static String reason(Row idAndStruct) {
        assertNotNull(idAndStruct.get(1), idAndStruct.toString());
        return idAndStruct.getStruct(1).getAs("reject_reason");
    }

    /** Stand-in tagger: every capitalised word is a person; English only; counts and first offsets. */
    static final class CapitalisedWords implements EntityTagger.Factory {
        @Override
        public EntityTagger create(GazetteOptions options) {
            return (text, language) -> {
                if (!"en".equals(language)) {
                    return List.of();
                }
                Map<String, int[]> seen = new java.util.LinkedHashMap<>();
                var m = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+").matcher(text);
                while (m.find()) {
                    int at = m.start();
                    seen.computeIfAbsent(m.group(), k -> new int[]{0, at})[0]++;
                }
                List<EntityTagger.Tagged> out = new ArrayList<>();
                seen.forEach((name, v) -> out.add(new EntityTagger.Tagged(name, "PER", v[0], v[1])));
                return out;
            };
        }
    }
}
