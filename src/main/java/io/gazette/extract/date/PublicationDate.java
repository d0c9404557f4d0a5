package io.gazette.extract.date;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When an article was published, as precisely as the page says it.
 *
 * @param publishedAt the instant, or null when the page gives only a day or gives a time without
 *                    any zone we could resolve
 * @param offset      the page's own UTC offset ("+05:30", "Z"), or null when unknown
 * @param day         the calendar day of publication at the outlet (the partition value)
 * @param source      where it came from, e.g. "json-ld", "meta:article:published_time", "time-element",
 *                    "url", "text"
 * @param modifiedAt  the last-modified instant when the page states one, else null
 */
public record PublicationDate(Instant publishedAt, String offset, LocalDate day, String source, Instant modifiedAt) {
}
