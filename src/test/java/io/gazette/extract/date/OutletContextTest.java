package io.gazette.extract.date;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutletContextTest {

    @Test
    void countryCodeTld() {
        OutletContext c = OutletContext.resolve("spiegel.de", null, "de", null);
        assertEquals("de", c.country());
        assertEquals(ZoneId.of("Europe/Berlin"), c.zone());
        assertTrue(c.zoneForWallClock());
        assertEquals("tld:de", c.zoneSource());
        assertEquals(DayMonthOrder.DMY, c.order());
        assertEquals("gb", OutletContext.resolve("bbc.co.uk", null, "en", null).country(), ".uk is Great Britain");
    }

    @Test
    void ccTldsSoldAsGenericOnesSayNothing() {
        OutletContext c = OutletContext.resolve("axios.co", null, "en", null);
        assertNull(c.country());
        assertNull(c.zone());
    }

    @Test
    void placeNamesInTheDomain() {
        OutletContext india = OutletContext.resolve("indianexpress.com", null, "en", null);
        assertEquals("in", india.country());
        assertEquals(ZoneId.of("Asia/Kolkata"), india.zone());
        assertEquals("place:indian", india.zoneSource());
        assertEquals(DayMonthOrder.DMY, india.order());
        // the longest name wins: Indianapolis is in the US, on its own clock
        OutletContext indy = OutletContext.resolve("indianapolisstar.com", null, "en", null);
        assertEquals("us", indy.country());
        assertEquals(ZoneId.of("America/Indiana/Indianapolis"), indy.zone());
        assertTrue(indy.zoneForWallClock(), "a city gives a precise clock even in a many-zone country");
        assertEquals(DayMonthOrder.MDY, indy.order());
        assertEquals(ZoneId.of("Europe/Dublin"), OutletContext.resolve("irishtimes.com", null, "en", null).zone());
    }

    @Test
    void aManyZoneCountryGivesADayButNoWallClock() {
        OutletContext us = OutletContext.resolve("nytimes.us", null, "en", null);
        assertEquals(ZoneId.of("America/New_York"), us.zone());
        assertFalse(us.zoneForWallClock());
    }

    @Test
    void declaredLocaleRegion() {
        OutletContext c = OutletContext.resolve("example.com", "en-IN", "en", null);
        assertEquals("in", c.country());
        assertEquals("locale:en-in", c.zoneSource());
        assertEquals("gb", OutletContext.resolve("example.com", "en_GB", "en", null).country());
        // og:locale pseudo-locales name no country
        assertNull(OutletContext.resolve("example.com", "ar_AR", "ar", null).country(), "ar_AR is Arabic, not Argentina");
        assertNull(OutletContext.resolve("example.com", "es-LA", "es", null).country(), "es_LA is not Laos");
        assertEquals("ar", OutletContext.resolve("example.com", "es_AR", "es", null).country());
    }

    @Test
    void languageWithOneClock() {
        OutletContext de = OutletContext.resolve("example.com", null, "de", null);
        assertNull(de.country());
        assertEquals(ZoneId.of("Europe/Berlin"), de.zone());
        assertEquals("lang:de", de.zoneSource());
        OutletContext es = OutletContext.resolve("example.com", null, "es", null);
        assertNull(es.zone(), "Spanish is written on many clocks");
        assertEquals(DayMonthOrder.DMY, es.order());
    }

    @Test
    void englishWithoutCountryReadsMonthFirst() {
        OutletContext c = OutletContext.resolve("example.com", null, "en", null);
        assertEquals(DayMonthOrder.MDY, c.order());
        assertEquals("lang:en", c.orderSource());
        assertEquals(DayMonthOrder.DMY, OutletContext.resolve(null, null, null, null).order());
    }

    @Test
    void hintsOverrideConventions() {
        OutletHints h = new OutletHints(DayMonthOrder.DMY, ZoneOffset.ofHours(3));
        OutletContext c = OutletContext.resolve("jpost.com", null, "en", h);
        assertEquals(DayMonthOrder.DMY, c.order());
        assertEquals("hint", c.orderSource());
        assertEquals(ZoneOffset.ofHours(3), c.zone());
        assertEquals("hint", c.zoneSource());
    }
}
