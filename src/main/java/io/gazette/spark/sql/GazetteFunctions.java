package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.FunctionRegistry;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static io.gazette.spark.sql.SqlFunction.Kind.HTML;
import static io.gazette.spark.sql.SqlFunction.Kind.STRING;
import static io.gazette.spark.sql.SqlFunction.Kind.TIMESTAMP;

/**
 * Gazette inside other people's Spark jobs: SQL functions over the same pure pipeline the batch job
 * runs, and the same as DataFrame columns.
 *
 * <pre>
 * GazetteFunctions.register(spark);
 * spark.sql("SELECT id, a.* FROM (SELECT id, gazette_extract(html, url, fetched_at) AS a FROM pages)");
 *
 * import static io.gazette.spark.sql.GazetteFunctions.extract;
 * pages.select(col("id"), extract(col("html"), col("url")).as("a")).select("id", "a.*");
 * </pre>
 *
 * <ul>
 *   <li>{@code gazette_extract(html STRING|BINARY, url STRING [, fetched_at TIMESTAMP])}: a struct
 *       with every column of the articles table but {@code run_id}, plus {@code reject_reason} and
 *       {@code reject_detail} (null for an article). Text is taken as decoded; bytes go through the
 *       charset cascade.</li>
 *   <li>{@code gazette_published(html, url [, fetched_at])}: struct(published_at, published_offset,
 *       publish_date, date_source).</li>
 *   <li>{@code gazette_entities(text STRING [, language STRING])}: array of struct(name, type,
 *       mentions, first_offset), the entity step on any text (English only for now).</li>
 *   <li>{@code gazette_outlet(url STRING)}: the registrable domain.</li>
 * </ul>
 * All are deterministic and null-safe: a null page, text or URL gives null; a bad page gives a
 * reject reason, never an exception. The options travel inside the function objects; the
 * pipeline and models are built once per executor JVM (see {@link ExecutorCache}).
 */
public final class GazetteFunctions {
    public static final String EXTRACT = "gazette_extract";
    public static final String PUBLISHED = "gazette_published";
    public static final String ENTITIES = "gazette_entities";
    public static final String OUTLET = "gazette_outlet";

    private GazetteFunctions() {
    }

    /** Registers the functions with the packaged default options; returns the names registered. */
    public static List<String> register(SparkSession spark) {
        return register(spark, GazetteOptions.defaults());
    }

    /** Registers the functions (replacing earlier registrations of the same names) with these options. */
    public static List<String> register(SparkSession spark, GazetteOptions options) {
        return register(spark, options, EntityTaggers.ANALYZER);
    }

    /** @param entities the entity tagger behind {@code gazette_entities} (tests put a stand-in here) */
    static List<String> register(SparkSession spark, GazetteOptions options, EntityTagger.Factory entities) {
        if (!(spark instanceof org.apache.spark.sql.classic.SparkSession classic)) {
            throw new UnsupportedOperationException("GazetteFunctions.register needs a classic (non-Connect) "
                    + "SparkSession; with Spark Connect set spark.sql.extensions="
                    + GazetteSparkExtensions.class.getName() + " on the server");
        }
        FunctionRegistry registry = classic.sessionState().functionRegistry();
        List<String> names = new ArrayList<>();
        for (SqlFunction f : functions(entities)) {
            // dropped first: re-registering (other options) is normal here, not worth Spark's warning
            registry.dropFunction(f.sessionIdentifier());
            registry.registerFunction(f.sessionIdentifier(), f.info(), f.builder(() -> options));
            names.add(f.name());
        }
        return names;
    }

    /** The function definitions, in the order DESCRIBE and the README list them. */
    static List<SqlFunction> functions(EntityTagger.Factory entities) {
        List<SqlFunction> out = new ArrayList<>();
        out.add(new SqlFunction(EXTRACT,
                List.of(new SqlFunction.Param("html", HTML, false), new SqlFunction.Param("url", STRING, false),
                        new SqlFunction.Param("fetched_at", TIMESTAMP, true)),
                ResultTypes.EXTRACT, ExtractUdf::new,
                "the page as an article row of the articles table (without run_id), or reject_reason set"));
        out.add(new SqlFunction(PUBLISHED,
                List.of(new SqlFunction.Param("html", HTML, false), new SqlFunction.Param("url", STRING, false),
                        new SqlFunction.Param("fetched_at", TIMESTAMP, true)),
                ResultTypes.PUBLISHED, PublishedUdf::new,
                "the publication date: struct(published_at, published_offset, publish_date, date_source)"));
        out.add(new SqlFunction(ENTITIES,
                List.of(new SqlFunction.Param("text", STRING, false), new SqlFunction.Param("language", STRING, true)),
                ResultTypes.ENTITIES, o -> new EntitiesUdf(o, entities),
                "distinct named entities: array<struct(name, type PER|ORG|LOC, mentions, first_offset)>"));
        out.add(new SqlFunction(OUTLET, List.of(new SqlFunction.Param("url", STRING, false)),
                org.apache.spark.sql.types.DataTypes.StringType, o -> new OutletUdf(),
                "the registrable domain of an http(s) URL (Public Suffix List)"));
        return out;
    }

    /** Result type of gazette_extract (for spark.udf.registerJavaFunction and schemas of your own). */
    public static StructType extractType() {
        return ResultTypes.EXTRACT;
    }

    /** Result type of gazette_published. */
    public static StructType publishedType() {
        return ResultTypes.PUBLISHED;
    }

    /** Result type of gazette_entities. */
    public static DataType entitiesType() {
        return ResultTypes.ENTITIES;
    }

    // DataFrame API with the packaged default options; GazetteColumns.with(options) for others.
    // These need no register(): the options travel inside the column's UDF object.

    public static Column extract(Column html, Column url) {
        return GazetteColumns.DEFAULTS.get().extract(html, url);
    }

    public static Column extract(Column html, Column url, Column fetchedAt) {
        return GazetteColumns.DEFAULTS.get().extract(html, url, fetchedAt);
    }

    public static Column published(Column html, Column url) {
        return GazetteColumns.DEFAULTS.get().published(html, url);
    }

    public static Column published(Column html, Column url, Column fetchedAt) {
        return GazetteColumns.DEFAULTS.get().published(html, url, fetchedAt);
    }

    public static Column entities(Column text) {
        return GazetteColumns.DEFAULTS.get().entities(text);
    }

    public static Column entities(Column text, Column language) {
        return GazetteColumns.DEFAULTS.get().entities(text, language);
    }

    public static Column outlet(Column url) {
        return GazetteColumns.DEFAULTS.get().outlet(url);
    }
}
