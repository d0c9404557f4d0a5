package io.gazette.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns date strings found on pages into values. Machine-readable forms (ISO 8601, RFC 1123) and
 * the common human forms in English ("Sep 08, 2022", "8 September 2022, 11:21 am").
 */
public final class DateParsing {
    private DateParsing() {
    }

    /** A parsed date: a day, optionally a local time, optionally the offset the source stated. */
    public record Parsed(LocalDate day, LocalTime time, ZoneOffset offset) {
    }

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String TIME = "(?:(?:,|\\s+at|\\s*\\|)?\\s+(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?)?";
    /** "Sep 08, 2022", "September 8 2022 11:21 am". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    /** "8 September 2022", "08 Sep, 2022". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})" + TIME);
    /** "08-09-2022 at 11:21:17 am": day and month order is ambiguous; read day first (most of the world). */
    private static final Pattern NUMERIC = Pattern.compile("(?i)\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})" + TIME);

    /** Machine-readable values from attributes and JSON-LD. */
    public static Parsed parseMachine(String s) {
        if (s == null) {
            return null;
        }
        String v = s.trim();
        Matcher m = ISO.matcher(v);
        if (m.lookingAt()) {
            return iso(m);
        }
        try {
            ZonedDateTime z = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return new Parsed(z.toLocalDate(), z.toLocalTime(), z.getOffset());
        } catch (DateTimeException notRfc) {
            return parseText(v);
        }
    }

    /** The first human-readable date in a line of text. */
    public static Parsed parseText(String s) {
        if (s == null) {
            return null;
        }
        Matcher iso = ISO.matcher(s);
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        Matcher num = NUMERIC.matcher(s);
        // prefer the form that starts earliest in the line
        int best = Integer.MAX_VALUE;
        Parsed out = null;
        if (mdy.find() && mdy.start() < best) {
            best = mdy.start();
            out = of(Integer.parseInt(mdy.group(3)), month(mdy.group(1)), Integer.parseInt(mdy.group(2)), mdy, 4);
        }
        if (dmy.find() && dmy.start() < best) {
            best = dmy.start();
            out = of(Integer.parseInt(dmy.group(3)), month(dmy.group(2)), Integer.parseInt(dmy.group(1)), dmy, 4);
        }
        if (iso.find() && iso.start() < best) {
            best = iso.start();
            out = iso(iso);
        }
        if (num.find() && num.start() < best) {
            out = of(Integer.parseInt(num.group(3)), Integer.parseInt(num.group(2)), Integer.parseInt(num.group(1)), num, 4);
        }
        return out;
    }

    private static Parsed iso(Matcher m) {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalTime time = m.group(4) == null ? null : LocalTime.of(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return new Parsed(day, time, offset(m.group(7)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String z) {
        if (z == null) {
            return null;
        }
        if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String norm = z.length() == 3 ? z + ":00" : z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z;
        try {
            return ZoneOffset.of(norm);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Parsed of(int year, int month, int day, Matcher m, int timeGroup) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            LocalTime t = null;
            if (m.group(timeGroup) != null) {
                int h = Integer.parseInt(m.group(timeGroup));
                String ampm = m.group(timeGroup + 3);
                if (ampm != null) {
                    boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
                    h = h % 12 + (pm ? 12 : 0);
                }
                t = LocalTime.of(h, Integer.parseInt(m.group(timeGroup + 1)),
                        m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2)));
            }
            return new Parsed(d, t, null);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    /** Helper for callers that already hold an instant with an offset. */
    static Parsed of(OffsetDateTime t) {
        return new Parsed(t.toLocalDate(), t.toLocalTime(), t.getOffset());
    }

    static LocalDateTime at(Parsed p) {
        return p.day().atTime(p.time() == null ? LocalTime.MIDNIGHT : p.time());
    }
}
