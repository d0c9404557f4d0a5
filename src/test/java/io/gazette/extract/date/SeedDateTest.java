package io.gazette.extract.date;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.DateStep;
import io.gazette.extract.PageWork;
import io.gazette.extract.Pipeline;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed page (a scraped Indian Express article as plain text, no URL): "Thursday, Sep 08, 2022"
 * by the headline and "First published on: 08-09-2022 at 11:21:17 am" at the end, no zone anywhere.
 */
class SeedDateTest {
    static final Path SEED = Path.of("sample-data/text/indianexpress-2022-09-08-scraped.txt");

    static PageWork seed() throws Exception {
        RawPage raw = RawPage.builder(SEED.toString(), 0, InputFormat.TEXT).body(Files.readAllBytes(SEED)).build();
        return new Pipeline(GazetteOptions.defaults()).trace(raw);
    }

    @Test
    void publishedAtWithIndiasOffsetFromTheFirstPublishedLine() throws Exception {
        PublicationDate d = seed().date;
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
        assertEquals(Instant.parse("2022-09-08T05:51:17Z"), d.publishedAt(), "11:21:17 at +05:30");
        assertEquals("+05:30", d.offset());
        assertTrue(d.source().startsWith("text:first-published"), d.source());
        // the line states no zone: India comes from the outlet's name, and the source says so
        assertEquals("place:indian", d.zoneSource());
        assertTrue(d.source().endsWith(";zone=place:indian"), d.source());
        assertNull(d.statedOffset(), "not evidence for learning the outlet's zone");
    }

    @Test
    void dayAndMonthOrderIsSettledByTheMonthNameDateOnThePage() {
        // "08-09-2022" read month-first would be August 9; the page also says "Sep 08, 2022"
        OutletContext us = OutletContext.resolve("example.us", null, "en", null);
        assertEquals(DayMonthOrder.MDY, us.order());
        PublicationDate d = new DateExtractor().fromText(List.of("Thursday, Sep 08, 2022",
                "First published on: 08-09-2022 at 11:21:17 am"), null, null, null, us, null);
        assertEquals(LocalDate.of(2022, 9, 8), d.day());
    }

    @Test
    void aLearnedZoneHintReplacesTheGuess() throws Exception {
        PageWork w = seed();
        OutletHints h = new OutletHints(null, java.time.ZoneId.of("Asia/Kolkata"));
        DateStep step = new DateStep(outlet -> outlet.equals("indianexpress.com") ? h : OutletHints.NONE);
        step.apply(w);
        assertEquals("hint", w.date.zoneSource());
        assertEquals(Instant.parse("2022-09-08T05:51:17Z"), w.date.publishedAt());
    }

    @Test
    void orderEvidenceOfThePage() throws Exception {
        OrderEvidence e = DateStep.orderEvidence(seed());
        assertEquals(0, e.dayFirst() + e.monthFirst(), "the seed has no unambiguous numeric date");
        assertEquals(1, e.ambiguous());
    }
}
