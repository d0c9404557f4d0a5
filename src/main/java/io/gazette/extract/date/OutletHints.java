package io.gazette.extract.date;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What the Spark job learned about one outlet from all its pages in a dump, handed back to the date
 * step for that outlet's pages. Both parts are optional (null = not learned).
 *
 * @param order how the outlet writes all-numeric dates ({@link OrderEvidence#decide} over its pages)
 * @param zone  the zone (or fixed offset) its pages state with their timestamps, see {@link #learn}
 */
public record OutletHints(DayMonthOrder order, ZoneId zone) implements Serializable {
    public static final OutletHints NONE = new OutletHints(null, null);

    /** Looks up the hints for an outlet (registrable domain); must be serializable to reach executors. */
    @FunctionalInterface
    public interface Source extends Serializable {
        OutletHints forOutlet(String outlet);

        Source NONE = outlet -> OutletHints.NONE;
    }

    /**
     * The zone evidence of one extracted date: the offset the page itself stated for its publication
     * time, or null when it stated none or stated UTC. UTC is left out on purpose: many CMSs write
     * every timestamp in UTC whatever the newsroom's clock, so "Z" says nothing about the outlet.
     */
    public static ZoneOffset zoneEvidence(PublicationDate d) {
        if (d == null || d.statedOffset() == null) {
            return null;
        }
        ZoneOffset off = ZoneOffset.of(d.statedOffset());
        return off.getTotalSeconds() == 0 ? null : off;
    }

    /**
     * Hints from an outlet's summed evidence: the order when {@code order} settles it with at least
     * {@code minDates} unambiguous dates; the zone when one offset accounts for at least 80% of the
     * outlet's stated non-UTC offsets, over at least {@code minDates} pages. (Two offsets one hour apart,
     * e.g. +01:00 and +02:00, are one zone with summer time; the more frequent one is kept as a
     * fixed offset, which is then at most an hour off for the other half of the year and never
     * moves a day except around midnight.)
     */
    public static OutletHints learn(OrderEvidence order, Map<ZoneOffset, Long> statedOffsets, int minDates) {
        DayMonthOrder o = order == null ? null : order.decide(minDates);
        ZoneId zone = null;
        if (statedOffsets != null && !statedOffsets.isEmpty()) {
            long total = statedOffsets.values().stream().mapToLong(Long::longValue).sum();
            var best = statedOffsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            long withNeighbour = best.getValue();
            for (var e : statedOffsets.entrySet()) {
                if (Math.abs(e.getKey().getTotalSeconds() - best.getKey().getTotalSeconds()) == 3600) {
                    withNeighbour += e.getValue();
                }
            }
            if (total >= minDates && withNeighbour * 5 >= total * 4) {
                zone = best.getKey();
            }
        }
        return new OutletHints(o, zone);
    }
}
