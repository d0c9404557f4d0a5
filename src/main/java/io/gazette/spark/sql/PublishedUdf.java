package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.extract.Step;
import io.gazette.model.RawPage;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;

import java.util.Objects;

/**
 * {@code gazette_published(html, url [, fetched_at])}: the publication date as the batch job finds
 * it. It runs the pipeline's own steps up to and including the date step, so it agrees with
 * {@code gazette_extract} on every article, and keeps going past a main-text reject: a page too
 * short to be an article still has a date. Null html gives null; a page that cannot be parsed, or
 * has no date, gives a struct of nulls.
 */
public final class PublishedUdf implements UDF3<Object, Object, Object, Row> {
    /** The step whose result this function returns; the steps after it are not run. */
    static final String DATE_STEP = "date";

    private final GazetteOptions options;
    private transient ThreadLocal<Pipeline> pipelines;

    public PublishedUdf() {
        this(GazetteOptions.defaults());
    }

    public PublishedUdf(GazetteOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Row call(Object html, Object url, Object fetchedAt) {
        if (html == null) {
            return null;
        }
        try {
            RawPage page = SparkValues.page(html, url, fetchedAt, options);
            return ResultTypes.published(datesOf(page).date);
        } catch (RuntimeException | StackOverflowError e) {
            return ResultTypes.published(null);
        }
    }

    private PageWork datesOf(RawPage page) {
        if (pipelines == null) {
            pipelines = ExecutorCache.pipelines(options);
        }
        PageWork w = new PageWork(page, options);
        for (Step step : pipelines.get().steps()) {
            w.currentStep = step.name();
            step.apply(w);
            if (step.name().equals(DATE_STEP)) {
                break;
            }
            // Before parsing, a reject means there is no page to look at; after it, the date can still be found.
            if (w.isRejected() && w.doc == null && !w.isPlainText()) {
                break;
            }
        }
        return w;
    }
}
