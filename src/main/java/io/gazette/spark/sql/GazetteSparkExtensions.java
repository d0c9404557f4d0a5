package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.SparkSessionExtensionsProvider;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;

import java.io.File;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Registers the Gazette SQL functions in every session Spark builds, for shells and servers where
 * no code of ours runs first (spark-sql, PySpark, the Thrift server, a Spark Connect server):
 *
 * <pre>
 * spark-sql --jars target/gazette.jar --conf spark.sql.extensions=io.gazette.spark.sql.GazetteSparkExtensions
 * </pre>
 *
 * Options come from the session's Spark conf, read when a query using a function is analysed:
 * {@code spark.gazette.config-file=/path/my.conf} (a HOCON file, as {@code --config-file}) and
 * {@code spark.gazette.<key>=<value>} for single keys of conf/gazette.conf, e.g.
 * {@code spark.gazette.extract.min-text-chars=100}. They are then carried inside the functions.
 */
public final class GazetteSparkExtensions implements SparkSessionExtensionsProvider {
    static final String PREFIX = "spark.gazette.";
    static final String CONFIG_FILE = PREFIX + "config-file";

    private static final ConcurrentMap<Map<String, String>, GazetteOptions> OPTIONS = new ConcurrentHashMap<>();

    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        for (SqlFunction f : GazetteFunctions.functions(EntityTaggers.ANALYZER)) {
            extensions.injectFunction(f.triple(GazetteSparkExtensions::sessionOptions));
        }
        return BoxedUnit.UNIT;
    }

    /** The options the active session's conf names (packaged defaults when it names none). */
    static GazetteOptions sessionOptions() {
        scala.Option<SparkSession> active = SparkSession.getActiveSession();
        if (active.isEmpty()) {
            active = SparkSession.getDefaultSession();
        }
        Map<String, String> conf = new TreeMap<>();
        if (active.isDefined()) {
            CollectionConverters.asJava(active.get().conf().getAll()).forEach((k, v) -> {
                if (k.startsWith(PREFIX)) {
                    conf.put(k, v);
                }
            });
        }
        return OPTIONS.computeIfAbsent(conf, GazetteSparkExtensions::load);
    }

    static GazetteOptions load(Map<String, String> conf) {
        Map<String, String> overrides = new TreeMap<>();
        conf.forEach((k, v) -> {
            if (!k.equals(CONFIG_FILE)) {
                overrides.put(k.substring(PREFIX.length()), v);
            }
        });
        String file = conf.get(CONFIG_FILE);
        return GazetteOptions.load(file == null ? null : new File(file), overrides);
    }
}
