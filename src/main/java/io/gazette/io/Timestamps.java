package io.gazette.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Fetch times as crawlers write them. A fetch time is metadata about the record, so a value we
 * cannot read becomes null, never a rejected record.
 */
final class Timestamps {
    private Timestamps() {
    }

    /** Epoch values above this are milliseconds (1e11 seconds is the year 5138). */
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private static final DateTimeFormatter ARC_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    /** Local date-times with a space instead of the T (Scrapy, news-please, SQL dumps). */
    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

    /**
     * An instant from ISO-8601 with Z or an offset, an ISO local date-time (taken as UTC), a date
     * alone (midnight UTC), a 14-digit ARC/WARC 0.x timestamp, or epoch seconds / milliseconds in a
     * string; null when none of these fits.
     */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.trim();
        if (s.isEmpty()) {
            return null;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            if (s.length() == 14) {
                return parseOr(() -> LocalDateTime.parse(s, ARC_DATE).toInstant(ZoneOffset.UTC));
            }
            if (s.length() <= 16) {
                return fromEpoch(Long.parseLong(s));
            }
            return null;
        }
        Instant i = parseOr(() -> Instant.parse(s));
        if (i == null) {
            i = parseOr(() -> OffsetDateTime.parse(s).toInstant());
        }
        if (i == null) {
            // "2019-08-15 01:02:03+02:00": the space form with an offset.
            i = parseOr(() -> OffsetDateTime.parse(s.replaceFirst(" ", "T")).toInstant());
        }
        for (int k = 0; i == null && k < LOCAL.size(); k++) {
            DateTimeFormatter f = LOCAL.get(k);
            i = parseOr(() -> LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC));
        }
        if (i == null) {
            i = parseOr(() -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        return i;
    }

    /** Epoch seconds or milliseconds (told apart by size). */
    static Instant fromEpoch(long v) {
        return v >= MILLIS_THRESHOLD || v <= -MILLIS_THRESHOLD ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
    }

    static Instant fromEpoch(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return null;
        }
        if (Math.abs(v) >= MILLIS_THRESHOLD) {
            return Instant.ofEpochMilli((long) v);
        }
        long secs = (long) Math.floor(v);
        return Instant.ofEpochSecond(secs, (long) ((v - secs) * 1e9));
    }

    private interface Parse {
        Instant get();
    }

    private static Instant parseOr(Parse p) {
        try {
            return p.get();
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}
