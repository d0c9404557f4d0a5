package io.gazette.spark;

import io.gazette.testing.SampleRun;
import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The articles table of a real run on sample-data, read by another engine (DuckDB, through its JDBC
 * driver, with Hive partitioning) and by Spark SQL: the column types a user's query relies on, and
 * the README's queries, taken from the README itself so that they cannot drift from what runs.
 */
@Tag("spark")
class TableEverywhereTest {
    /** The folder the README's queries name; replaced by the test run's folder. */
    static final String README_OUTPUT = "out/sample";
    static final String PERSON = "Rajnath Singh";

    static SampleRun.Result run;
    static Connection duck;
    static Map<String, String> queries;

    @BeforeAll
    static void runAndConnect() throws Exception {
        run = SampleRun.get();
        duck = DriverManager.getConnection("jdbc:duckdb:");
        queries = readmeQueries(Files.readString(Path.of("README.md")));
    }

    @AfterAll
    static void close() throws Exception {
        if (duck != null) {
            duck.close();
        }
    }

    /** ```sql blocks of the README whose first line is "-- ENGINE: NAME", by "ENGINE: NAME". */
    static Map<String, String> readmeQueries(String readme) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("```sql\n-- ((?:duckdb|spark): [^\n]+)\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) {
            out.put(m.group(1).strip(), m.group(2).strip().replaceAll(";$", ""));
        }
        return out;
    }

    static String query(String name) {
        String q = queries.get(name);
        assertNotNull(q, () -> "README has no ```sql block starting with '-- " + name + "'; it has " + queries.keySet());
        assertTrue(q.contains(README_OUTPUT), q);
        return q.replace(README_OUTPUT, run.out().toString());
    }

    static List<List<Object>> duckRows(String sql) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? null : v.toString());
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static List<List<Object>> sparkRows(String sql) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : SparkTestSession.get().sql(sql).collectAsList()) {
            List<Object> row = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                row.add(r.isNullAt(i) ? null : r.get(i).toString());
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void duckDbSeesTheColumnTypesUsersQueryBy() throws Exception {
        String glob = run.articles() + "/**/*.parquet";
        Map<String, String> types = new HashMap<>();
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(
                "DESCRIBE SELECT * FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        assertEquals("DATE", types.get("publish_date"), types::toString);
        assertEquals("VARCHAR", types.get("outlet"), types::toString);
        assertTrue(types.get("published_at").startsWith("TIMESTAMP"), types::toString);
        assertTrue(types.get("fetched_at").startsWith("TIMESTAMP"), types::toString);
        assertEquals("STRUCT(\"name\" VARCHAR, \"type\" VARCHAR, mentions INTEGER, first_offset INTEGER)[]",
                types.get("entities"), types::toString);
        assertEquals("VARCHAR[]", types.get("persons"), types::toString);
        assertEquals("INTEGER", types.get("word_count"), types::toString);
        assertEquals("BIGINT", types.get("simhash"), types::toString);
        // every column of the schema (partition columns from the folder names), nothing else
        assertEquals(java.util.Set.of(Schemas.ARTICLE.fieldNames()), types.keySet());

        // the undated partition reads back as NULL, not as a string that failed to be a date
        try (Statement st = duck.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT count(*) FILTER (WHERE publish_date IS NULL), count(*), "
                        + "count(*) FILTER (WHERE published_at IS NOT NULL) "
                        + "FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
            assertTrue(rs.next());
            assertEquals(run.report().publishDates.getOrDefault("undated", 0L), rs.getLong(1));
            assertEquals(run.report().articles, rs.getLong(2));
            assertTrue(rs.getLong(3) > 0, "no published_at read back");
            ResultSetMetaData md = rs.getMetaData();
            assertEquals(3, md.getColumnCount());
        }
    }

    @Test
    void sparkSqlSeesTheSameTypes() {
        var schema = SparkTestSession.get().sql("SELECT * FROM parquet.`" + run.articles() + "`").schema();
        assertEquals("date", schema.apply("publish_date").dataType().typeName());
        assertEquals("timestamp", schema.apply("published_at").dataType().typeName());
        assertEquals(Schemas.ARTICLE.apply("entities").dataType().simpleString(),
                schema.apply("entities").dataType().simpleString());
        assertEquals("array<struct<name:string,type:string,mentions:int,first_offset:int>>",
                schema.apply("entities").dataType().simpleString());
    }

    @Test
    void articlesPerOutletPerDayAreTheReportsCountsInBothEngines() throws Exception {
        List<List<Object>> duckdb = duckRows(query("duckdb: articles per outlet per day"));
        List<List<Object>> spark = sparkRows(query("spark: articles per outlet per day"));
        assertEquals(spark, duckdb, "DuckDB and Spark SQL disagree");

        // summed per outlet and per day, they are the run report's counts
        Map<String, Long> outlets = new HashMap<>();
        Map<String, Long> days = new HashMap<>();
        for (List<Object> r : duckdb) {
            long n = Long.parseLong((String) r.get(2));
            outlets.merge((String) r.get(1), n, Long::sum);
            days.merge(r.get(0) == null ? "undated" : (String) r.get(0), n, Long::sum);
        }
        assertEquals(run.report().outlets, new java.util.TreeMap<>(outlets));
        assertEquals(run.report().publishDates, new java.util.TreeMap<>(days));
        // ordered by day, undated last
        assertTrue(duckdb.size() > 5, duckdb::toString);
        assertEquals(null, duckdb.get(duckdb.size() - 1).get(0), "undated rows come last: " + duckdb);
        assertTrue(Objects.toString(duckdb.get(0).get(0)).compareTo(Objects.toString(duckdb.get(1).get(0))) <= 0);
    }

    @Test
    void articlesMentioningAPersonInBothEngines() throws Exception {
        List<List<Object>> duckdb = duckRows(query("duckdb: articles mentioning a person"));
        List<List<Object>> spark = sparkRows(query("spark: articles mentioning a person"));
        assertEquals(spark, duckdb, "DuckDB and Spark SQL disagree");
        assertFalse(duckdb.isEmpty(), "nobody in sample-data mentions " + PERSON);
        // the seed page: the Indian Express report of his visit to Japan
        List<Object> seed = duckdb.stream().filter(r -> "indianexpress.com".equals(r.get(1))).findFirst()
                .orElseThrow(() -> new AssertionError("seed page not found: " + duckdb));
        assertEquals("2022-09-08", seed.get(0));
        assertTrue(((String) seed.get(2)).startsWith("Rajnath Singh in Japan"), seed::toString);
        assertTrue(Integer.parseInt((String) seed.get(3)) >= 2, "mentions of " + PERSON + ": " + seed);
    }
}
