package io.gazette.extract.date;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlausibilityTest {
    static final Instant FETCH = Instant.parse("2022-09-08T12:00:00Z");

    static DateParsing.Parsed day(int y, int m, int d) {
        return new DateParsing.Parsed(LocalDate.of(y, m, d), null, null);
    }

    static DateParsing.Parsed at(String iso) {
        var t = java.time.OffsetDateTime.parse(iso);
        return new DateParsing.Parsed(t.toLocalDate(), t.toLocalTime(), t.getOffset());
    }

    @Test
    void notAfterTheFetchBeyondATolerance() {
        Plausibility p = new Plausibility(FETCH, false);
        assertTrue(p.ok(at("2022-09-08T11:59:00Z")));
        assertTrue(p.ok(at("2022-09-09T10:00:00+12:00")), "Auckland is a day ahead");
        assertFalse(p.ok(at("2022-09-10T12:00:00Z")));
        assertTrue(p.ok(day(2022, 9, 9)), "tomorrow somewhere on Earth");
        assertFalse(p.ok(day(2022, 9, 11)));
    }

    @Test
    void notBefore1990UnlessAnArchive() {
        assertFalse(new Plausibility(FETCH, false).ok(day(1989, 12, 31)));
        assertTrue(new Plausibility(FETCH, false).ok(day(1990, 1, 1)));
        assertTrue(new Plausibility(FETCH, true).ok(day(1969, 7, 21)));
        assertFalse(new Plausibility(FETCH, true).ok(day(1899, 12, 31)));
        assertTrue(Plausibility.isArchive("https://www.nytimes.com/archives/1969/07/21/moon.html"));
        assertFalse(Plausibility.isArchive("https://example.com/2022/09/08/story"));
    }

    @Test
    void withoutAFetchTimeTheClockIsTheLimit() {
        Plausibility p = new Plausibility(null, false);
        assertTrue(p.ok(day(2022, 9, 8)));
        assertFalse(p.ok(new DateParsing.Parsed(LocalDate.now(ZoneOffset.UTC).plusDays(3), LocalTime.NOON, ZoneOffset.UTC)));
    }

    @Test
    void publishedNotAfterModified() {
        assertTrue(Plausibility.notAfterModified(at("2022-09-08T10:00:00Z"), at("2022-09-08T12:00:00Z")));
        assertTrue(Plausibility.notAfterModified(at("2022-09-08T12:30:00Z"), at("2022-09-08T12:00:00Z")), "an hour of slack");
        assertFalse(Plausibility.notAfterModified(at("2022-09-09T12:00:00Z"), at("2022-09-08T12:00:00Z")));
        assertFalse(Plausibility.notAfterModified(day(2022, 9, 9), day(2022, 9, 8)));
        assertTrue(Plausibility.notAfterModified(day(2022, 9, 9), null));
    }
}
