package io.gazette.extract.date;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When an article was published, as precisely as the page says it.
 *
 * @param publishedAt  the instant, or null when the page gives only a day, or a wall-clock time whose
 *                     zone neither the page nor the outlet's conventions tell
 * @param offset       the UTC offset {@code day} is reckoned in ("+05:30", "Z"): the page's own when it
 *                     stated one, else the outlet's (see {@code zoneSource}); null without an instant
 * @param day          the calendar day of publication at the outlet (the partition value)
 * @param source       the rung of the cascade that answered, e.g. "json-ld:datePublished",
 *                     "meta:article:published_time", "markup:time", "url", "text:published",
 *                     "text:first-published"; when the zone was not stated next to the time, a suffix
 *                     names where it came from: "text:first-published;zone=place:indian"
 * @param modifiedAt   the last-modified instant when the page states one, else null
 * @param statedOffset the numeric offset the page wrote with the time ("+05:30", "Z"), null if none:
 *                     the evidence the Spark job counts to learn an outlet's zone
 * @param zoneSource   null when the page stated the zone; else how it was decided: "abbr:IST@in"
 *                     (a named abbreviation read for the outlet's country), "hint" (learned for the
 *                     outlet), "tld:in", "place:indian", "locale:en-in", "lang:de" (see {@link
 *                     OutletContext}); "url-day" when only the day was taken from the URL
 */
public record PublicationDate(Instant publishedAt, String offset, LocalDate day, String source, Instant modifiedAt,
                              String statedOffset, String zoneSource) implements Serializable {

    /** A page with no findable date is a null PublicationDate, never the fetch time. */
    public static final String NONE = "none";

    /** The source for the table's date_source column: null when no date was found. */
    public String sourceColumn() {
        return NONE.equals(source) ? null : source;
    }
}
