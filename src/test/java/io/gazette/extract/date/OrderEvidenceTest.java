package io.gazette.extract.date;

import org.junit.jupiter.api.Test;

import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OrderEvidenceTest {

    @Test
    void countsOnlyDatesOneReadingAllows() {
        OrderEvidence e = OrderEvidence.of("Posted 13/09/2022. Updated 14.09.2022. Also 08-09-2022 and 05/05/2022.");
        assertEquals(2, e.dayFirst());
        assertEquals(0, e.monthFirst());
        assertEquals(1, e.ambiguous(), "05/05 reads the same both ways and is not counted");
        assertEquals(new OrderEvidence(0, 1, 0), OrderEvidence.of("09/13/2022"));
    }

    @Test
    void versionsAddressesAndLongNumbersAreNotDates() {
        assertEquals(OrderEvidence.NONE, OrderEvidence.of("v1.13.2022 and 10.13.2022.1 and 192.168.13.12"));
        assertEquals(OrderEvidence.NONE, OrderEvidence.of("13/09/1889 and 13/09/22"), "only years 19xx/20xx, written in full");
    }

    @Test
    void decideNeedsEnoughAndAClearMajority() {
        assertEquals(DayMonthOrder.DMY, new OrderEvidence(5, 0, 9).decide(3));
        assertNull(new OrderEvidence(2, 0, 0).decide(3), "too few dates");
        assertEquals(DayMonthOrder.MDY, new OrderEvidence(1, 19, 0).decide(3), "one foreign date does not flip it");
        assertNull(new OrderEvidence(4, 6, 0).decide(3), "no clear majority");
        assertNull(OrderEvidence.NONE.decide(0));
    }

    @Test
    void plusSumsForAnOutlet() {
        OrderEvidence a = OrderEvidence.of("13/09/2022");
        OrderEvidence b = OrderEvidence.of("25/12/2021 and 08/09/2022");
        assertEquals(new OrderEvidence(2, 0, 1), a.plus(b));
    }

    @Test
    void learnHints() {
        OutletHints h = OutletHints.learn(new OrderEvidence(12, 0, 30),
                Map.of(ZoneOffset.ofHoursMinutes(5, 30), 40L, ZoneOffset.ofHours(1), 2L), 3);
        assertEquals(DayMonthOrder.DMY, h.order());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), h.zone());
        // summer and winter offsets of one zone count together
        OutletHints cet = OutletHints.learn(OrderEvidence.NONE,
                Map.of(ZoneOffset.ofHours(1), 10L, ZoneOffset.ofHours(2), 9L), 3);
        assertNull(cet.order());
        assertEquals(ZoneOffset.ofHours(1), cet.zone());
        // two unrelated clocks: nothing learned
        assertNull(OutletHints.learn(OrderEvidence.NONE,
                Map.of(ZoneOffset.ofHours(-5), 10L, ZoneOffset.ofHours(9), 10L), 3).zone());
    }

    @Test
    void zoneEvidenceIgnoresUtcAndInferredZones() {
        var stated = new PublicationDate(null, "+05:30", null, "meta", null, "+05:30", null);
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), OutletHints.zoneEvidence(stated));
        var utc = new PublicationDate(null, "Z", null, "meta", null, "Z", null);
        assertNull(OutletHints.zoneEvidence(utc));
        var inferred = new PublicationDate(null, "+05:30", null, "text", null, null, "place:indian");
        assertNull(OutletHints.zoneEvidence(inferred));
    }
}
