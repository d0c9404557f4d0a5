package io.gazette.eval;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.Pipeline;
import io.gazette.extract.date.PublicationDate;
import io.gazette.testing.SharedEval;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateEvaluationTest {

    @Test
    void scoringFollowsScoreMetadataPy() {
        // day-only gold: the prediction's written (local) date
        assertTrue(DateEvaluation.matches("2022-09-08", "2022-09-08T23:30:00-05:00"));
        assertFalse(DateEvaluation.matches("2022-09-09", "2022-09-08T23:30:00-05:00"));
        // instant gold (postlight, UTC): the prediction's UTC day when it has an offset, else as written
        assertTrue(DateEvaluation.matches("2022-09-09T04:30:00.000Z", "2022-09-08T23:30:00-05:00"));
        assertFalse(DateEvaluation.matches("2022-09-09T04:30:00.000Z", "2022-09-08"));
        // month-only gold
        assertTrue(DateEvaluation.matches("2003-11", "2003-11-20"));
        assertFalse(DateEvaluation.matches("2022-09-08", null));
    }

    @Test
    void predictionStringIsTheInstantAtTheOutletsOffsetOrTheDay() {
        var withInstant = new PublicationDate(Instant.parse("2022-09-08T05:51:17Z"), "+05:30", LocalDate.of(2022, 9, 8),
                "text", null, null, "place:indian");
        assertEquals("2022-09-08T11:21:17+05:30", DateEvaluation.predictionString(withInstant));
        var dayOnly = new PublicationDate(null, null, LocalDate.of(2022, 9, 8), "url", null, null, null);
        assertEquals("2022-09-08", DateEvaluation.predictionString(dayOnly));
        var urlDay = new PublicationDate(Instant.parse("2020-02-18T02:18:11Z"), "Z", LocalDate.of(2020, 2, 17),
                "meta;day=url", null, "Z", "url-day");
        assertEquals("2020-02-17", DateEvaluation.predictionString(urlDay), "the local day when the stamp's own differs");
        assertNull(DateEvaluation.predictionString(new PublicationDate(null, null, null, "none", null, null, null)));
    }

    /**
     * A quality floor on a fixed fifth of the DEV pages (ids whose hash falls in one of five buckets:
     * 133 date pages, 145 metadata pages), so that the suite stays quick; the full sets are scored
     * with {@code DateEvaluation main}. Measured on this subset when written: day accuracy 0.887
     * (dates) and 0.915 (metadata); the floors are about three points lower, enough to absorb a page
     * or two of legitimate change, not the loss of a class of pages.
     */
    @Test
    void qualityFloorOnASubset() {
        Path dates = SharedEval.require("dates");
        Path metadata = SharedEval.require("metadata");
        Pipeline p = new Pipeline(GazetteOptions.defaults());
        var d = DateEvaluation.evaluateDates(dates, p, id -> Math.floorMod(id.hashCode(), 5) == 0);
        var m = DateEvaluation.evaluateMetadata(metadata, p, id -> Math.floorMod(id.hashCode(), 5) == 0);
        System.out.println(d);
        System.out.println(m);
        assertTrue(d.overall().pages() > 100);
        assertTrue(d.dayAccuracy() >= FLOOR_DATES, "dates day accuracy " + d.dayAccuracy());
        assertTrue(m.dayAccuracy() >= FLOOR_METADATA, "metadata day accuracy " + m.dayAccuracy());
    }

    static final double FLOOR_DATES = 0.86;
    static final double FLOOR_METADATA = 0.88;
}
