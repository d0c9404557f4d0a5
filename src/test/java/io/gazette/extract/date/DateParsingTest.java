package io.gazette.extract.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateParsingTest {
    static final OutletContext NONE = OutletContext.UNKNOWN;
    static final OutletContext INDIA = OutletContext.resolve("thehindu.co.in", null, "en", null);
    static final OutletContext US = OutletContext.resolve("example.us", null, "en", null);

    static DateParsing.Parsed text(String s, OutletContext c) {
        DateParsing.Parsed p = DateParsing.parseText(s, c);
        assertNotNull(p, () -> "no date found in: " + s);
        return p;
    }

    // ------------------------------------------------------------------ machine-readable

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022-09-08T11:21:17+05:30      | 2022-09-08 | 11:21:17 | +05:30",
            "2022-09-08T11:21:17.000Z       | 2022-09-08 | 11:21:17 | Z",
            "2022-09-08T11:21:17+0530       | 2022-09-08 | 11:21:17 | +05:30",
            "2022-09-08 11:21:17 +05:30     | 2022-09-08 | 11:21:17 | +05:30",
            "2022-09-08T11:21               | 2022-09-08 | 11:21    | ",
            "2022-09-08                     | 2022-09-08 |          | ",
            "20220908                       | 2022-09-08 |          | ",
            "2022/09/08 11:21               | 2022-09-08 | 11:21    | ",
            "'Thu, 08 Sep 2022 11:21:17 GMT' | 2022-09-08 | 11:21:17 | Z",
            "'Tue, 07 Apr 2020 07:36:07 +0530' | 2020-04-07 | 07:36:07 | +05:30",
            "1662616277                     | 2022-09-08 | 05:51:17 | Z",
            "'Thu Sep 08 11:21:17 +0530 2022' | 2022-09-08 | 11:21:17 | +05:30",
            "'Thu Sep  8 11:21:17 2022'      | 2022-09-08 | 11:21:17 | ",
            "'Thu Sep 08 11:21:17 UTC 2022'  | 2022-09-08 | 11:21:17 | Z",
    })
    void machineForms(String in, String day, String time, String offset) {
        DateParsing.Parsed p = DateParsing.parseMachine(in, NONE);
        assertNotNull(p, in);
        assertEquals(LocalDate.parse(day), p.day());
        assertEquals(time == null ? null : LocalTime.parse(time), p.time());
        assertEquals(offset == null ? null : ZoneOffset.of(offset), p.offset());
    }

    @Test
    void aLiteralZIsToldFromANumericZeroOffset() {
        assertTrue(DateParsing.parseMachine("2022-09-08T11:21:17Z", NONE).zulu());
        assertFalse(DateParsing.parseMachine("2022-09-08T11:21:17+00:00", NONE).zulu());
    }

    @Test
    void javasDateToStringKeepsItsZoneAbbreviation() {
        // what java.util.Date.toString() prints: the year last, after the zone
        DateParsing.Parsed p = DateParsing.parseMachine("Mon Aug 03 12:45:00 EDT 2015", NONE);
        assertNotNull(p);
        assertEquals(LocalDate.of(2015, 8, 3), p.day());
        assertEquals(LocalTime.of(12, 45), p.time());
        assertEquals(java.time.Instant.parse("2015-08-03T16:45:00Z"), p.instant(), "EDT is UTC-4 in August");
        assertNull(DateParsing.parseMachine("Mon Foo 03 12:45:00 EDT 2015", NONE), "not a month");
    }

    @Test
    void garbageAfterADateIsNotReadAsAnotherDate() {
        // a CMS bug seen in the wild: the date glued to a number; it must not become 2016-01-02
        assertNull(DateParsing.parseMachine("2016-12-22148243245100018:47:31", NONE));
    }

    // ------------------------------------------------------------------ human forms, English

    @Test
    void englishForms() {
        assertEquals(LocalDate.of(2022, 9, 8), text("Thursday, Sep 08, 2022", NONE).day());
        assertEquals(LocalDate.of(2022, 9, 8), text("September 8th, 2022", NONE).day());
        assertEquals(LocalDate.of(2022, 9, 8), text("Sept. 8, 2022", NONE).day());
        assertEquals(LocalDate.of(2022, 9, 8), text("8 September 2022", NONE).day());
        assertEquals(LocalDate.of(2022, 9, 8), text("08-Sep-2022", NONE).day());
        DateParsing.Parsed p = text("Published 8:33 PM EDT, Tue July 11, 2023", NONE);
        assertEquals(LocalDate.of(2023, 7, 11), p.day());
        assertEquals(LocalTime.of(20, 33), p.time());
        assertEquals(ZoneOffset.ofHours(-4), p.effectiveOffset());
    }

    @Test
    void firstPublishedLineOfTheSeedPage() {
        DateParsing.Parsed p = text("First published on: 08-09-2022 at 11:21:17 am", INDIA);
        assertEquals(LocalDate.of(2022, 9, 8), p.day());
        assertEquals(LocalTime.of(11, 21, 17), p.time());
        assertTrue(p.guessedOrder(), "08-09 is ambiguous: the order came from a convention");
        assertNull(p.offset(), "the line states no zone");
    }

    @Test
    void updatedWithIstReadForAnIndianOutlet() {
        DateParsing.Parsed p = text("Updated: September 8, 2022 11:21 IST", INDIA);
        assertEquals(LocalTime.of(11, 21), p.time());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), p.effectiveOffset());
        assertEquals(Instant.parse("2022-09-08T05:51:00Z"), p.instant());
    }

    @Test
    void ambiguousNumericDatesFollowTheContextOrder() {
        assertEquals(LocalDate.of(2022, 9, 8), text("08/09/2022", INDIA).day());
        assertEquals(LocalDate.of(2022, 8, 9), text("08/09/2022", US).day());
        // a day above 12 settles it whatever the convention
        assertEquals(LocalDate.of(2022, 9, 13), text("13/09/2022", US).day());
        assertEquals(LocalDate.of(2022, 9, 13), text("09/13/2022", INDIA).day());
        assertFalse(text("13/09/2022", US).guessedOrder());
    }

    @Test
    void twoDigitYearsAndNonDates() {
        assertEquals(LocalDate.of(2022, 9, 8), text("08.09.22", INDIA).day());
        assertNull(DateParsing.parseText("version v1.12.15 released", NONE));
        assertNull(DateParsing.parseText("score 08-09-22", NONE), "dash-separated two-digit years are too often codes");
        assertNull(DateParsing.parseText("192.168.10.12", NONE));
    }

    // ------------------------------------------------------------------ other languages

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "de | 8. September 2022                 | 2022-09-08 |",
            "de | 08.09.2022, 11:21 Uhr             | 2022-09-08 | 11:21",
            "de | 8. Sept. 2022                     | 2022-09-08 |",
            "de | 3. März 2021                      | 2021-03-03 |",
            "fr | 8 septembre 2022 à 11h21          | 2022-09-08 | 11:21",
            "fr | 1er août 2022                     | 2022-08-01 |",
            "es | 8 de septiembre de 2022           | 2022-09-08 |",
            "es | jueves, 8 de septiembre de 2022, 11:21 | 2022-09-08 | 11:21",
            "it | 8 settembre 2022 alle 11:21       | 2022-09-08 | 11:21",
            "it | Domenica 06 Dicembre 2020         | 2020-12-06 |",
            "pt | 8 de setembro de 2022 às 11:21    | 2022-09-08 | 11:21",
            "nl | 8 september 2022 om 11:21         | 2022-09-08 | 11:21",
            "nl | 8 mrt. 2022                       | 2022-03-08 |",
            "ja | 2022年9月8日                       | 2022-09-08 |",
            "ja | 2022年9月8日 11時21分               | 2022-09-08 | 11:21",
            "zh | 2022年09月08日 11:21              | 2022-09-08 | 11:21",
            "ko | 2022년 9월 8일                     | 2022-09-08 |",
            "ru | 8 сентября 2022 г.                | 2022-09-08 |",
            "pl | 8 września 2022                   | 2022-09-08 |",
            "sv | 8 maj 2022                        | 2022-05-08 |",
            "tr | 8 Eylül 2022                      | 2022-09-08 |",
            "ar | الأربعاء، 07 أكتوبر 2020 - 12:09 م | 2020-10-07 | 12:09",
            "ar | 07 أكتوبر 2020 - 05:30 م         | 2020-10-07 | 17:30",
            "ar | 8 سبتمبر 2022 10:15 صباحاً       | 2022-09-08 | 10:15",
            "ar | 8 أيلول 2022 08:00 مساءً        | 2022-09-08 | 20:00",
            "ar | 3 فيفري 2021                      | 2021-02-03 |",
            "ar | 12 شتنبر 2021                     | 2021-09-12 |",
    })
    void otherLanguages(String lang, String in, String day, String time) {
        OutletContext c = OutletContext.resolve(null, null, lang, null);
        DateParsing.Parsed p = text(in, c);
        assertEquals(LocalDate.parse(day), p.day(), in);
        assertEquals(time == null ? null : LocalTime.parse(time), p.time(), in);
    }

    // ------------------------------------------------------------------ zones

    @Test
    void istDependsOnTheOutletsCountry() {
        OutletContext israel = OutletContext.resolve("haaretz.co.il", null, "en", null);
        OutletContext ireland = OutletContext.resolve("irishtimes.ie", null, "en", null);
        String line = "July 8, 2022 11:00 IST";
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), text(line, INDIA).effectiveOffset());
        assertEquals(ZoneOffset.ofHours(3), text(line, israel).effectiveOffset(), "Israel in July: IDT rules");
        assertEquals(ZoneOffset.ofHours(1), text(line, ireland).effectiveOffset(), "Irish Standard Time is summer time");
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), text(line, NONE).effectiveOffset(), "India by default");
        assertEquals("IST@in", text(line, INDIA).zoneNote());
    }

    @Test
    void aLearnedZoneHintChoosesBetweenReadings() {
        // a .com outlet whose pages state +03:00 in summer: its IST is Israel's
        OutletContext jpost = OutletContext.resolve("jpost.com", null, "en",
                new OutletHints(null, ZoneOffset.ofHours(3)));
        DateParsing.Parsed p = text("July 8, 2022 11:00 IST", jpost);
        assertEquals(ZoneOffset.ofHours(3), p.effectiveOffset());
        assertEquals("IST@hint", p.zoneNote());
    }

    @Test
    void usAndEuropeanAbbreviationsFollowTheRegionsRules() {
        // "EST" in July is what publishers write for New York's summer clock
        assertEquals(ZoneOffset.ofHours(-4), text("July 8, 2022 10:00 EST", NONE).effectiveOffset());
        assertEquals(ZoneOffset.ofHours(-5), text("January 8, 2022 10:00 EST", NONE).effectiveOffset());
        assertEquals(ZoneOffset.ofHours(2), text("8. Juli 2022, 10:00 MESZ", NONE).effectiveOffset());
        assertEquals(ZoneOffset.ofHours(9), text("July 8, 2022 10:00 JST", NONE).effectiveOffset());
        assertEquals(ZoneOffset.ofHours(10), text("July 8, 2022 10:00 AEST", NONE).effectiveOffset());
        assertEquals(ZoneOffset.ofHours(1), text("July 8, 2022 10:00 BST", NONE).effectiveOffset());
        assertEquals(ZoneOffset.ofHours(6), text("July 8, 2022 10:00 BST",
                OutletContext.resolve("thedailystar.com.bd", null, "en", null)).effectiveOffset(), "Bangladesh");
        assertEquals(ZoneOffset.ofHours(8), text("July 8, 2022 10:00 CST",
                OutletContext.resolve("chinadaily.com.cn", null, "en", null)).effectiveOffset(), "China");
    }

    @Test
    void numericAndGmtOffsets() {
        assertEquals(ZoneOffset.ofHours(10), text("13 Jan 2020, 22:11 GMT+10", NONE).offset());
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30), text("8 Sep 2022 11:21 (UTC+05:30)", NONE).offset());
        assertEquals(ZoneOffset.UTC, text("8 Sep 2022 11:21 UTC", NONE).offset());
    }

    @Test
    void lowerCaseWordsAreNotZones() {
        // "et" is French for "and", "pt" a page abbreviation: only upper-case abbreviations count
        DateParsing.Parsed p = text("8 septembre 2022 à 11h21 et plus", NONE);
        assertNull(p.zone());
        assertNull(p.offset());
    }

    // ------------------------------------------------------------------ relative dates

    static final Instant FETCH = Instant.parse("2022-09-08T12:00:00Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3 hours ago        | 2022-09-08",
            "an hour ago        | 2022-09-08",
            "2 days ago         | 2022-09-06",
            "1 week ago         | 2022-09-01",
            "vor 3 Stunden      | 2022-09-08",
            "vor 2 Tagen        | 2022-09-06",
            "il y a 2 jours     | 2022-09-06",
            "hace 3 horas       | 2022-09-08",
            "2 giorni fa        | 2022-09-06",
            "há 3 dias          | 2022-09-05",
            "3 dagen geleden    | 2022-09-05",
            "3天前               | 2022-09-05",
            "14時間前            | 2022-09-07",
            "yesterday, 14:30   | 2022-09-07",
            "gestern, 14:30 Uhr | 2022-09-07",
    })
    void relativeFormsResolveAgainstTheFetchTime(String in, String day) {
        List<DateParsing.Mention> m = DateParsing.findAll(in, NONE, FETCH);
        assertEquals(1, m.size(), in);
        assertTrue(m.get(0).relative());
        assertEquals(LocalDate.parse(day), m.get(0).value().day(), in);
    }

    @Test
    void relativeFormsNeedAFetchTime() {
        assertTrue(DateParsing.findAll("3 hours ago", NONE, null).isEmpty());
        assertTrue(DateParsing.findAll("vor 2 Tagen", NONE, null).isEmpty());
    }

    @Test
    void relativeFormsInARangeAreThoseOfTheWholeTextThatLieInIt() {
        // random texts of words, relative forms and absolute dates, none overlapping another
        String[] pieces = {"3 hours ago", "vor 2 Tagen", "hace 5 días", "14時間前", "yesterday, 14:30",
                "8 Sep 2022", "2022-09-08", "Hagos", "agora", "the", "news", "vor", "\n", "2 days",
                "Updated 5 mins ago", "il y a 2 jours", "zehn", "heute 10:15"};
        java.util.Random rnd = new java.util.Random(42);
        int relatives = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 5 + rnd.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]).append(' ');
            }
            String text = sb.toString();
            int from = rnd.nextInt(text.length() + 1) - 10;
            int to = from + rnd.nextInt(text.length() + 20);
            List<DateParsing.Mention> whole = DateParsing.findAll(text, NONE, FETCH);
            List<DateParsing.Mention> ranged = DateParsing.findAll(text, NONE, FETCH, from, to);
            List<DateParsing.Mention> expected = whole.stream()
                    .filter(x -> !x.relative() || (x.start() >= from && x.end() <= to)).toList();
            assertEquals(expected, ranged, text + " [" + from + ", " + to + ")");
            relatives += (int) ranged.stream().filter(DateParsing.Mention::relative).count();
        }
        assertTrue(relatives > 1_000, "relative forms found in ranges: " + relatives);
    }

    @Test
    void aRelativeFormOutsideTheRangeNoLongerHidesAnAbsoluteDate() {
        // "14:30 ago 2022": "ago" is August in Spanish; the whole-text search reads "yesterday, 14:30"
        String text = "Intro text. yesterday, 14:30 ago 2022 and more";
        assertTrue(DateParsing.findAll(text, NONE, FETCH).get(0).relative());
        List<DateParsing.Mention> outside = DateParsing.findAll(text, NONE, FETCH, 40, text.length());
        assertEquals(1, outside.size());
        assertFalse(outside.get(0).relative());
        assertEquals(LocalDate.of(2022, 8, 30), outside.get(0).value().day());
    }

    @Test
    void relativeDaysAreCountedInTheOutletsZone() {
        // 23:00 UTC is already the next day in Tokyo
        OutletContext tokyo = OutletContext.resolve("asahi.jp", null, "ja", null);
        Instant late = Instant.parse("2022-09-08T23:00:00Z");
        assertEquals(LocalDate.of(2022, 9, 8), DateParsing.findAll("1日前", tokyo, late).get(0).value().day());
    }

    @Test
    void findAllReportsEveryDateInOrder() {
        List<DateParsing.Mention> m = DateParsing.findAll(
                "Published 8 Sep 2022, updated 9 Sep 2022 10:00. Related: 1 Jan 2021", NONE, null);
        assertEquals(List.of(LocalDate.of(2022, 9, 8), LocalDate.of(2022, 9, 9), LocalDate.of(2021, 1, 1)),
                m.stream().map(x -> x.value().day()).toList());
        assertEquals(LocalTime.of(10, 0), m.get(1).value().time());
    }

    @Test
    void zonesAreRegionsWhereTheTableSaysSo() {
        assertEquals(ZoneId.of("America/New_York"), DateData.get().zoneFor("EDT", null));
        assertEquals(ZoneId.of("Asia/Jerusalem"), DateData.get().zoneFor("IST", "il"));
        assertNull(DateData.get().zoneFor("XYZ", null));
    }
}
