package io.gazette.extract.date;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Whether a found date can be the publication date of a page fetched at a given time:
 * <ul>
 *   <li>not after the fetch (plus a tolerance for publishers' clocks and time zones: a page fetched
 *       at 00:30 UTC may carry tomorrow's local date in Auckland);</li>
 *   <li>not before 1990, unless the page is clearly an archive (its URL says so), where old dates are
 *       genuine; never before 1900;</li>
 *   <li>not after the page's own last-modified date (published &lt;= modified), with an hour of slack
 *       for CMSs that stamp the two separately.</li>
 * </ul>
 * Without a fetch time the clock of the machine running the job is the limit.
 */
public final class Plausibility {
    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
    public static final LocalDate EARLIEST_ARCHIVE = LocalDate.of(1900, 1, 1);
    public static final Duration FUTURE_TOLERANCE = Duration.ofHours(26);
    public static final Duration MODIFIED_SLACK = Duration.ofHours(1);

    private final Instant limit;
    private final LocalDate earliest;

    public Plausibility(Instant fetchedAt, boolean archive) {
        this.limit = (fetchedAt != null ? fetchedAt : Instant.now()).plus(FUTURE_TOLERANCE);
        this.earliest = archive ? EARLIEST_ARCHIVE : EARLIEST;
    }

    /** True when the page's URL marks an archive (old dates allowed). */
    public static boolean isArchive(String url) {
        return url != null && DatePatterns.ARCHIVE_URL.matcher(url).find();
    }

    public boolean ok(DateParsing.Parsed p) {
        if (p == null || p.day() == null || p.day().isBefore(earliest)) {
            return false;
        }
        Instant at = p.instant();
        if (at != null) {
            return !at.isAfter(limit);
        }
        // a day alone: its first moment anywhere on Earth (UTC+14) must not be after the limit
        return !p.day().atStartOfDay().toInstant(ZoneOffset.ofHours(14)).isAfter(limit);
    }

    /** published <= modified, compared as instants when both have one, else as days. */
    public static boolean notAfterModified(DateParsing.Parsed published, DateParsing.Parsed modified) {
        if (modified == null) {
            return true;
        }
        Instant p = published.instant();
        Instant m = modified.instant();
        if (p != null && m != null) {
            return !p.isAfter(m.plus(MODIFIED_SLACK));
        }
        return !published.day().isAfter(modified.day());
    }
}
