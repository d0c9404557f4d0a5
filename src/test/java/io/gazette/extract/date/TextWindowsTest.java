package io.gazette.extract.date;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Searching only the windows must find exactly what a search of the whole text finds, for every
 * date pattern, on texts dense with dates, near-dates and numbers.
 */
class TextWindowsTest {

    private static final String[] PIECES = {
            "8 September 2022", "Sep 08, 2022", "September 8th 2022", "8. September 2022", "8 de septiembre de 2022",
            "8 de setembro de 2022", "le 8 septembre 2022", "2022年9月8日", "2022 년 9 월 8 일", "08-09-2022", "08.09.22",
            "9/8/2022", "13/08/2022", "2022-09-08", "2022/9/8", "1999", "2019", "20220908", "12.5", "3-1", "1.200.000",
            "3 hours ago", "an hour ago", "vor 2 Stunden", "vor einem Tag", "il y a 3 jours", "hace una hora",
            "2 giorni fa", "há 5 minutos", "3 uur geleden", "5 小时前", "yesterday, 14:30", "Today at 9.15",
            "gestern 14:30 Uhr", "hoy a las 11:00", "昨天 10:05", "at 11:21 IST", "11:21:17 am", "Updated:", "on",
            "First published on:", "the", "minister", "Ago", "agony", "favor", "Hace", "ilk", "of", "de", "2,022",
            "1920s", "200 km", "Sept.", "Mar", "May", "\n", "-", "/", ".", "·", "  ", "2022.", "8th", "2020-21",
    };

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        Random random = new Random(20221108);
        for (int t = 0; t < 200; t++) {
            StringBuilder b = new StringBuilder();
            int n = 20 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
                // words run together now and then, so that pieces meet at odd boundaries
                if (random.nextInt(6) != 0) {
                    b.append(random.nextBoolean() ? " " : random.nextBoolean() ? ", " : " | ");
                }
                if (random.nextInt(30) == 0) {
                    b.append("x".repeat(random.nextInt(200))); // gaps longer than a window
                }
            }
            texts.add(b.toString());
        }
        texts.add(Files.readString(Path.of("sample-data/text/indianexpress-2022-09-08-scraped.txt"),
                StandardCharsets.UTF_8));
        return texts;
    }

    private static List<String> matches(Pattern p, String text, List<int[]> windows) {
        List<String> out = new ArrayList<>();
        TextWindows.scan(p, text, windows, m -> {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
            return m.end();
        });
        return out;
    }

    private static void sameAsWholeText(Pattern p, Function<String, List<int[]>> windows) throws IOException {
        int found = 0;
        for (String text : texts()) {
            List<String> whole = matches(p, text, List.of(new int[]{0, text.length()}));
            assertEquals(whole, matches(p, text, windows.apply(text)), () -> p.pattern() + "\nin: " + text);
            found += whole.size();
        }
        assertTrue(found > 0, "the texts hold no match of " + p.pattern());
    }

    @Test
    void formsEndingWithTheirYearFoundInWindowsEndingAtYearsAsInTheWholeText() throws IOException {
        for (Pattern p : List.of(DateParsing.NAMED_DMY, DateParsing.NAMED_MDY)) {
            sameAsWholeText(p, text -> TextWindows.beforeYears(text, TextWindows.MARGIN));
        }
        sameAsWholeText(OrderEvidence.NUMERIC, text -> TextWindows.beforeYears(text, 8));
    }

    @Test
    void formsBeginningWithTheirYearFoundAtYearsAsInTheWholeText() throws IOException {
        int found = 0;
        for (Pattern p : List.of(DateParsing.CJK, DateParsing.NUMERIC_YMD)) {
            for (String text : texts()) {
                List<String> whole = matches(p, text, List.of(new int[]{0, text.length()}));
                List<String> atYears = new ArrayList<>();
                TextWindows.scanAt(p, text, TextWindows.yearStarts(text), m -> {
                    atYears.add(m.start() + "-" + m.end() + ":" + m.group());
                    return m.end();
                });
                assertEquals(whole, atYears, () -> p.pattern() + "\nin: " + text);
                found += whole.size();
            }
        }
        assertTrue(found > 0);
    }

    @Test
    void numericFormsFoundAroundNumericGroupsAsInTheWholeText() throws IOException {
        sameAsWholeText(DateParsing.NUMERIC, TextWindows::aroundNumericGroups);
    }

    @Test
    void relativeFormsFoundAroundTheirKeysAsInTheWholeText() throws IOException {
        List<DatePatterns.Keyed> keyed = new ArrayList<>(DatePatterns.RELATIVE);
        keyed.add(DatePatterns.DAY_WORD);
        for (DatePatterns.Keyed k : keyed) {
            sameAsWholeText(k.pattern(), text -> TextWindows.aroundKeys(TextWindows.lowerCase(text), k.keys(), k.wordStart()));
        }
    }

    @Test
    void windowsAreDisjointAndInOrder() {
        String text = "2022 2023 x".repeat(50) + "y".repeat(500) + "1999";
        List<int[]> w = TextWindows.beforeYears(text, TextWindows.MARGIN);
        assertEquals(2, w.size(), "years close together share one window");
        assertEquals(0, w.get(0)[0]);
        assertTrue(w.get(0)[1] < w.get(1)[0]);
        assertEquals(text.length(), w.get(1)[1]);
    }

    @Test
    void lowerCaseKeepsOffsets() {
        String s = "İstanbul ÉTÉ Straße";
        assertEquals(s.length(), TextWindows.lowerCase(s).length());
        assertTrue(TextWindows.lowerCase(s).startsWith("istanbul"));
    }
}
