package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.model.Article;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import io.gazette.model.Reject;
import io.gazette.model.RejectReason;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;

import java.util.Objects;

/**
 * {@code gazette_extract(html, url, fetched_at)}: the whole pipeline, as the batch job runs it, on
 * one page. Null html gives null; anything else gives an article or a reject reason, never an
 * exception. The no-argument constructor (packaged defaults) is for
 * {@code spark.udf.registerJavaFunction}.
 */
public final class ExtractUdf implements UDF3<Object, Object, Object, Row> {
    private final GazetteOptions options;
    private transient ThreadLocal<Pipeline> pipelines;

    public ExtractUdf() {
        this(GazetteOptions.defaults());
    }

    public ExtractUdf(GazetteOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Row call(Object html, Object url, Object fetchedAt) {
        if (html == null) {
            return null;
        }
        RawPage page;
        try {
            page = SparkValues.page(html, url, fetchedAt, options);
        } catch (IllegalArgumentException e) {
            return ResultTypes.reject(new Reject(null, 0, null, SparkValues.string(url), null,
                    RejectReason.CORRUPT_RECORD, e.getMessage()));
        }
        Outcome o = pipeline().process(page);
        return o instanceof Article a ? ResultTypes.article(a) : ResultTypes.reject((Reject) o);
    }

    private Pipeline pipeline() {
        if (pipelines == null) {
            pipelines = ExecutorCache.pipelines(options);
        }
        return pipelines.get();
    }
}
