package io.gazette.extract;

import io.gazette.extract.date.OutletHints;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/**
 * What a first pass over a whole dump learned about each outlet, handed to the extraction of every
 * page of that outlet: the hashes ({@link io.gazette.extract.text.TextBlocks#hash}) of text blocks
 * that recur on a large share of its pages (template text: promos, newsletter boxes, "follow us"
 * lines that look like prose on one page and are furniture across a hundred), and how it writes
 * dates ({@link OutletHints}: day/month order, zone). Built by the Spark job
 * ({@code io.gazette.spark.OutletLearning}); {@link #NONE} everywhere else.
 *
 * @param templates template block hashes by outlet (registrable domain)
 * @param hints     learned date conventions by outlet
 */
public record OutletKnowledge(Map<String, Set<Long>> templates, Map<String, OutletHints> hints)
        implements Serializable {
    public static final OutletKnowledge NONE = new OutletKnowledge(Map.of(), Map.of());

    public OutletKnowledge {
        templates = templates == null ? Map.of() : templates;
        hints = hints == null ? Map.of() : hints;
    }

    /** The outlet's template block hashes; empty when nothing was learned. */
    public Set<Long> templateBlocks(String outlet) {
        Set<Long> s = outlet == null ? null : templates.get(outlet);
        return s == null ? Set.of() : s;
    }

    /** The outlet's learned date conventions; {@link OutletHints#NONE} when nothing was learned. */
    public OutletHints hintsFor(String outlet) {
        OutletHints h = outlet == null ? null : hints.get(outlet);
        return h == null ? OutletHints.NONE : h;
    }

    public boolean isEmpty() {
        return templates.isEmpty() && hints.isEmpty();
    }
}
