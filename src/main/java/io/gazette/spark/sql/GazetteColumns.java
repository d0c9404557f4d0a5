package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

import java.util.Objects;
import java.util.function.Supplier;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

/**
 * The Gazette functions as DataFrame columns, for one set of options:
 * {@code GazetteColumns.with(options).extract(col("html"), col("url"))}. The static helpers of
 * {@link GazetteFunctions} are this with the packaged defaults. The columns carry their UDF object
 * (and the options in it), so no {@code register} is needed; results equal the SQL functions'.
 */
public final class GazetteColumns {
    /** Loaded on first use: reading the packaged defaults is cheap, but not free. */
    static final Supplier<GazetteColumns> DEFAULTS = new Supplier<>() {
        private volatile GazetteColumns value;

        @Override
        public GazetteColumns get() {
            if (value == null) {
                value = new GazetteColumns(GazetteOptions.defaults());
            }
            return value;
        }
    };

    private final UserDefinedFunction extract;
    private final UserDefinedFunction published;
    private final UserDefinedFunction entities;
    private final UserDefinedFunction outlet;

    private GazetteColumns(GazetteOptions options) {
        Objects.requireNonNull(options, "options");
        this.extract = udf(new ExtractUdf(options), ResultTypes.EXTRACT).withName(GazetteFunctions.EXTRACT);
        this.published = udf(new PublishedUdf(options), ResultTypes.PUBLISHED).withName(GazetteFunctions.PUBLISHED);
        this.entities = udf(new EntitiesUdf(options), ResultTypes.ENTITIES).withName(GazetteFunctions.ENTITIES);
        this.outlet = udf(new OutletUdf(), DataTypes.StringType).withName(GazetteFunctions.OUTLET);
    }

    public static GazetteColumns with(GazetteOptions options) {
        return new GazetteColumns(options);
    }

    /** @param html STRING (decoded page) or BINARY (raw payload) */
    public Column extract(Column html, Column url) {
        return extract(html, url, noTime());
    }

    public Column extract(Column html, Column url, Column fetchedAt) {
        return extract.apply(html, url, fetchedAt);
    }

    public Column published(Column html, Column url) {
        return published(html, url, noTime());
    }

    public Column published(Column html, Column url, Column fetchedAt) {
        return published.apply(html, url, fetchedAt);
    }

    public Column entities(Column text) {
        return entities(text, lit(null).cast(DataTypes.StringType));
    }

    public Column entities(Column text, Column language) {
        return entities.apply(text, language);
    }

    public Column outlet(Column url) {
        return outlet.apply(url);
    }

    private static Column noTime() {
        return lit(null).cast(DataTypes.TimestampType);
    }
}
