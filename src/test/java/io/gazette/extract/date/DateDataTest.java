package io.gazette.extract.date;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data files load (loading rejects conflicting month names and unknown countries) and hold what the code needs. */
class DateDataTest {
    final DateData data = DateData.get();

    @Test
    void monthNamesOfTheRequiredLanguages() {
        for (String[] m : new String[][]{{"september", "9"}, {"sep", "9"}, {"september", "9"}, {"oktober", "10"},
                {"märz", "3"}, {"septembre", "9"}, {"août", "8"}, {"septiembre", "9"}, {"settembre", "9"},
                {"setembro", "9"}, {"maart", "3"}, {"mei", "5"}, {"сентября", "9"}, {"września", "9"}}) {
            assertEquals(Integer.parseInt(m[1]), data.months.get(m[0]), m[0]);
        }
    }

    @Test
    void everyCountryHasAZoneAndAnOrder() {
        assertTrue(data.countries.size() > 100);
        data.countries.values().forEach(c -> {
            assertTrue(c.zone() != null && c.order() != null, c.code());
        });
        assertEquals(DayMonthOrder.MDY, data.countries.get("us").order());
        assertEquals(DayMonthOrder.DMY, data.countries.get("in").order());
    }

    @Test
    void placesAreLongestFirst() {
        for (int i = 1; i < data.places.size(); i++) {
            assertTrue(data.places.get(i - 1).word().length() >= data.places.get(i).word().length());
        }
    }
}
