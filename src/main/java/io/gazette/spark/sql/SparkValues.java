package io.gazette.spark.sql;

import io.gazette.config.GazetteOptions;
import io.gazette.model.RawPage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;

/** Spark's Java values of function arguments turned into the pipeline's input. */
final class SparkValues {
    private SparkValues() {
    }

    /**
     * TIMESTAMP arrives as java.sql.Timestamp, or as Instant with spark.sql.datetime.java8API.enabled.
     * @throws IllegalArgumentException for any other type (the SQL builder rules those out earlier)
     */
    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof Instant i) {
            return i;
        }
        throw new IllegalArgumentException("fetched_at must be a TIMESTAMP, got " + v.getClass().getSimpleName());
    }

    static String string(Object v) {
        return v == null ? null : v.toString();
    }

    /**
     * A page as a SQL row gives it: no file, no HTTP status or content type (callers filter on
     * their own columns for those). Text is taken as already decoded, like a JSON Lines page;
     * bytes go through the charset cascade and the record size cap, like a WARC payload.
     */
    static RawPage page(Object html, Object url, Object fetchedAt, GazetteOptions options) {
        RawPage.Builder b = RawPage.builder(null, 0, null).url(string(url)).fetchedAt(instant(fetchedAt));
        if (html instanceof byte[] bytes) {
            long cap = options.input().maxRecordBytes();
            if (bytes.length > cap) {
                b.body(Arrays.copyOf(bytes, (int) Math.min(cap, Integer.MAX_VALUE - 8))).truncated(true);
            } else {
                b.body(bytes);
            }
        } else if (html instanceof String s) {
            b.text(s);
        } else {
            throw new IllegalArgumentException("html must be a STRING or BINARY, got " + html.getClass().getSimpleName());
        }
        return b.build();
    }
}
