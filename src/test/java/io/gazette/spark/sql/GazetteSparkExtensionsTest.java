package io.gazette.spark.sql;

import io.gazette.testing.SparkTestSession;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import scala.Function1;
import scala.Option;
import scala.runtime.BoxedUnit;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --conf spark.sql.extensions=io.gazette.spark.sql.GazetteSparkExtensions}: Spark loads the
 * class by name and applies it to the extensions of each session it builds. Done here the same
 * way, on a second session over the test JVM's one SparkContext (the extension setting itself is
 * static, fixed when a context starts).
 */
@Tag("spark")
class GazetteSparkExtensionsTest {
    static org.apache.spark.sql.classic.SparkSession session;
    static SparkSession previous;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void sessionWithTheExtension() throws Exception {
        previous = SparkTestSession.get();
        // what SparkSession.applyExtensions does with each class named in spark.sql.extensions
        Object provider = Class.forName(GazetteSparkExtensions.class.getName()).getConstructor().newInstance();
        SparkSessionExtensions extensions = new SparkSessionExtensions();
        ((Function1<SparkSessionExtensions, BoxedUnit>) provider).apply(extensions);
        org.apache.spark.sql.classic.SparkSession base = (org.apache.spark.sql.classic.SparkSession) previous;
        session = new org.apache.spark.sql.classic.SparkSession(base.sparkContext(), Option.apply(base.sharedState()),
                Option.empty(), extensions, scala.collection.immutable.Map$.MODULE$.empty(),
                scala.collection.immutable.Map$.MODULE$.empty());
    }

    @AfterAll
    static void restore() {
        SparkSession.setActiveSession(previous);
    }

    @Test
    void theFunctionsAreThereWithoutAnyRegisterCall() {
        Row r = session.sql("SELECT gazette_outlet('https://www.bbc.co.uk/news/x'), "
                + "gazette_extract('<p>too short</p>', 'https://a.example.com/x').reject_reason, "
                + "gazette_published(NULL, 'https://a.example.com/x')").collectAsList().get(0);
        assertEquals("bbc.co.uk", r.get(0));
        assertEquals("TEXT_TOO_SHORT", r.get(1));
        assertNull(r.get(2));
        String described = session.sql("DESCRIBE FUNCTION gazette_published").collectAsList().toString();
        assertTrue(described.contains("gazette_published(html STRING or BINARY, url STRING [, fetched_at TIMESTAMP])"),
                described);
        for (String f : List.of("gazette_extract", "gazette_published", "gazette_entities", "gazette_outlet")) {
            assertTrue(session.catalog().functionExists(f), f);
        }
    }

    @Test
    void optionsComeFromTheSessionsSparkConf() {
        String page = "'<html><body><article><p>" + "A ferry story in a few words. ".repeat(4)
                + "</p></article></body></html>'";
        String query = "SELECT gazette_extract(" + page + ", 'https://a.example.com/x').reject_reason";
        assertEquals("TEXT_TOO_SHORT", session.sql(query).collectAsList().get(0).get(0));
        session.conf().set("spark.gazette.extract.min-text-chars", "50");
        try {
            assertNull(session.sql(query).collectAsList().get(0).get(0));
            session.conf().set("spark.gazette.extract.no-such-key", "1");
            Exception e = assertThrows(IllegalArgumentException.class, () -> session.sql(query).collect());
            assertTrue(e.getMessage().contains("extract.no-such-key"), e.getMessage());
        } finally {
            session.conf().unset("spark.gazette.extract.min-text-chars");
            session.conf().unset("spark.gazette.extract.no-such-key");
        }
        assertEquals("TEXT_TOO_SHORT", session.sql(query).collectAsList().get(0).get(0));
    }

    /** The spark-sql recipe of the README, statement for statement. */
    @Test
    void theReadmeRecipe() {
        session.sql("CREATE OR REPLACE TEMPORARY VIEW pages USING json "
                + "OPTIONS (path 'sample-data/jsonl/crawl-export.jsonl')");
        java.util.Map<String, Row> byId = new java.util.HashMap<>();
        for (Row r : session.sql("SELECT id, a.title, a.outlet, a.publish_date, a.reject_reason "
                + "FROM (SELECT id, gazette_extract(COALESCE(html, content), url, to_timestamp(fetched_at)) AS a "
                + "FROM pages)").collectAsList()) {
            byId.put(r.getString(0), r);
        }
        assertEquals("kestrelpost.co.nz", byId.get("crawl-0001").get(2));
        assertNull(byId.get("crawl-0001").get(4));
        assertEquals("lakeshore-times.com", byId.get("crawl-0002").get(2), "the page under content");
        assertNull(byId.get("crawl-0002").get(4));
        assertEquals("EMPTY_BODY", byId.get("crawl-0006").get(4));
        assertTrue(byId.values().stream().anyMatch(r -> "TEXT_TOO_SHORT".equals(r.get(4))), byId.toString());
    }

    /**
     * Spark itself loading the extension from the setting, beside Delta's, in a JVM that never
     * calls Gazette code first; the option comes from spark.gazette.* (50 chars: the page is kept).
     */
    @Test
    void sparkLoadsTheExtensionFromTheSettingInAFreshJvm(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the same heap and module flags as this test JVM (surefire's argLine carries Spark's --add-opens)
        cmd.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add") || a.startsWith("-XX:") || a.startsWith("-Dio.netty")).toList());
        cmd.addAll(List.of("-Xmx1g", "-cp", System.getProperty("java.class.path"), ExtensionProbe.class.getName()));
        java.nio.file.Path log = tmp.resolve("probe.log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = java.nio.file.Files.readString(log);
        assertTrue(done, "the probe did not finish in 5 minutes:\n" + out);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("probe: bbc.co.uk article"), out);
    }

    @Test
    void theOtherSessionIsUntouched() {
        SparkSession plain = previous.newSession();
        assertEquals(List.of(), List.of(plain.catalog().functionExists("gazette_outlet") ? "gazette_outlet" : "")
                .stream().filter(s -> !s.isEmpty()).toList());
    }
}
