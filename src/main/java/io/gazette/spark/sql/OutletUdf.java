package io.gazette.spark.sql;

import io.gazette.extract.outlet.Outlets;
import org.apache.spark.sql.api.java.UDF1;

/**
 * {@code gazette_outlet(url)}: the registrable domain of an http(s) URL (Public Suffix List), the
 * rule the pipeline uses for a page's outlet. Null for null and for anything that is not an http(s)
 * URL; the batch job's fallbacks for pages without a URL (canonical link, domain named in the
 * text, "unknown") need the page and are not applied here.
 */
public final class OutletUdf implements UDF1<Object, String> {

    @Override
    public String call(Object url) {
        return url == null ? null : Outlets.fromUrl(url.toString());
    }
}
