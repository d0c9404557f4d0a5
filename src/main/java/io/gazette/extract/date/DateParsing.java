package io.gazette.extract.date;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns date strings found on pages into values: machine-readable forms (ISO 8601, RFC 1123, epoch
 * seconds) from attributes and JSON-LD, and the human forms news pages print, in English and the
 * languages of {@code months.tsv}: "Thursday, Sep 08, 2022", "8. September 2022, 11:21 Uhr",
 * "8 de septiembre de 2022", "08-09-2022 at 11:21:17 am", "2022年9月8日", "Updated: September 8,
 * 2022 11:21 IST", "3 hours ago".
 */
public final class DateParsing {
    private DateParsing() {
    }

    /**
     * A parsed date.
     *
     * @param day       the calendar day as written
     * @param time      the wall-clock time as written, or null
     * @param offset    the numeric offset written with it ("+05:30", "Z", "GMT+2"), or null
     * @param zone      the zone a written abbreviation stands for at this outlet ("IST" -> Asia/Kolkata), or null
     * @param zoneNote  the abbreviation and the reading chosen ("IST@in"), or null
     * @param guessedOrder true when day and month were both <= 12 and a convention decided their order
     * @param zulu      the offset was written as "Z" (or "UTC"/"GMT"), not as a number: the mark of a
     *                  stamp that code normalised to UTC, rather than a clock set to UTC (see DateExtractor)
     */
    public record Parsed(LocalDate day, LocalTime time, ZoneOffset offset, ZoneId zone, String zoneNote,
                         boolean guessedOrder, boolean zulu) {

        public Parsed(LocalDate day, LocalTime time, ZoneOffset offset) {
            this(day, time, offset, null, null, false, false);
        }

        public Parsed(LocalDate day, LocalTime time, ZoneOffset offset, ZoneId zone, String zoneNote,
                      boolean guessedOrder) {
            this(day, time, offset, zone, zoneNote, guessedOrder, false);
        }

        /** The instant, when a time and a zone (stated or by abbreviation) are known. */
        public Instant instant() {
            if (time == null) {
                return null;
            }
            if (offset != null) {
                return day.atTime(time).toInstant(offset);
            }
            if (zone != null) {
                return ZonedDateTime.of(day.atTime(time), zone).toInstant();
            }
            return null;
        }

        /** The offset in force: the stated one, else the abbreviation's at that local time. */
        public ZoneOffset effectiveOffset() {
            if (offset != null) {
                return offset;
            }
            if (zone != null && time != null) {
                return zone.getRules().getOffset(day.atTime(time));
            }
            return null;
        }

        public boolean hasTime() {
            return time != null;
        }

        public boolean hasZone() {
            return offset != null || zone != null;
        }
    }

    /** A date found in a longer text, with where it stands. */
    public record Mention(Parsed value, int start, int end, boolean relative) {

        /**
         * This mention, found with day-first reading, read with {@code order}: only an ambiguous
         * numeric date changes (day and month swap).
         */
        public Mention reordered(DayMonthOrder order) {
            if (!value.guessedOrder() || order != DayMonthOrder.MDY) {
                return this;
            }
            LocalDate swapped = date(value.day().getYear(), value.day().getDayOfMonth(), value.day().getMonthValue());
            return new Mention(new Parsed(swapped, value.time(), value.offset(), value.zone(), value.zoneNote(), true),
                    start, end, relative);
        }
    }

    // ------------------------------------------------------------------ machine-readable

    private static final Pattern ISO = Pattern.compile(
            "\\s*((?:19|20)\\d{2})(?:-(\\d{1,2})-(\\d{1,2})|(\\d{2})(\\d{2}))(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?(?![\\d])");
    private static final Pattern ISO_SLASH = Pattern.compile(
            "\\s*((?:19|20)\\d{2})[/.](\\d{1,2})[/.](\\d{1,2})(?:(?:T|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?(?![\\d])");
    private static final Pattern RFC = Pattern.compile(
            "(?i)\\s*(?:[a-z]{3},?\\s+)?(\\d{1,2})\\s+([a-z]{3})[a-z]*\\.?\\s+(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s*(Z|[+-]\\d{4}|GMT|UTC|UT|[A-Z]{2,4})?");
    /**
     * C's ctime/asctime and Java's {@code Date.toString()}: "Mon Aug 03 12:45:00 EDT 2015", the year
     * after the time (and after the zone, when there is one). Java content systems print it into meta
     * tags.
     */
    private static final Pattern CTIME = Pattern.compile(
            "(?i)\\s*[a-z]{3}\\s+([a-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
                    + "\\s+(?:(Z|[+-]\\d{4}|GMT|UTC|[A-Z]{2,5})\\s+)?(\\d{4})\\s*");
    private static final Pattern EPOCH = Pattern.compile("\\s*(1\\d{9})(\\d{3})?\\s*");

    /**
     * A machine-readable value from an attribute or JSON-LD; falls back to the text reader for
     * publishers that put human text there. Numeric day/month order, if it comes to that, is read
     * with {@code context}'s order.
     */
    public static Parsed parseMachine(String s, OutletContext context) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String v = s.length() > 200 ? s.substring(0, 200) : s;
        Matcher m = ISO.matcher(v);
        if (m.lookingAt()) {
            return iso(m);
        }
        m = ISO_SLASH.matcher(v);
        if (m.lookingAt()) {
            return iso(m);
        }
        m = RFC.matcher(v);
        if (m.lookingAt()) {
            Parsed p = named(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7), context);
            if (p != null) {
                return p;
            }
        }
        m = CTIME.matcher(v);
        if (m.matches()) {
            Parsed p = named(m.group(7), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6), context);
            if (p != null) {
                return p;
            }
        }
        m = EPOCH.matcher(v);
        if (m.matches()) {
            Instant i = Instant.ofEpochSecond(Long.parseLong(m.group(1)));
            var z = i.atOffset(ZoneOffset.UTC);
            return new Parsed(z.toLocalDate(), z.toLocalTime(), ZoneOffset.UTC, null, null, false, true);
        }
        List<Mention> found = findAll(v, context, null);
        return found.isEmpty() ? null : found.get(0).value();
    }

    /** A date with a month name and a time (RFC 1123, ctime), or null when the name is no month or a field is off. */
    private static Parsed named(String year, String monthName, String dayOfMonth, String hour, String minute,
                                String second, String zone, OutletContext context) {
        Integer month = DateData.get().months.get(monthName.toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        LocalDate day = date(Integer.parseInt(year), month, Integer.parseInt(dayOfMonth));
        LocalTime t = time(hour, minute, second, null);
        return day == null || t == null ? null : withZone(day, t, zone, context);
    }

    private static Parsed iso(Matcher m) {
        // ISO has groups year, (month, day | compact month, day), hour, minute, second, zone;
        // ISO_SLASH has year, month, day, hour, minute, second, zone
        boolean compactForm = m.groupCount() == 9;
        int g = compactForm ? 6 : 4;
        String month = compactForm && m.group(2) == null ? m.group(4) : m.group(2);
        String day = compactForm && m.group(3) == null ? m.group(5) : m.group(3);
        LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(month), Integer.parseInt(day));
        if (d == null) {
            return null;
        }
        LocalTime t = m.group(g) == null ? null : time(m.group(g), m.group(g + 1), m.group(g + 2), null);
        ZoneOffset off = t == null ? null : numericOffset(m.group(g + 3));
        boolean zulu = off != null && Character.isLetter(m.group(g + 3).charAt(0));
        return new Parsed(d, t, off, null, null, false, zulu);
    }

    // ------------------------------------------------------------------ human-readable

    private static final String NOT_AFTER_LETTER = "(?<![\\p{L}\\d])";
    private static final String MONTH;
    private static final String ZONE;
    static final Pattern NAMED_DMY;
    static final Pattern NAMED_MDY;
    static final Pattern CJK;
    static final Pattern NUMERIC_YMD;
    static final Pattern NUMERIC;
    private static final Pattern TIME_AFTER;
    private static final Pattern TIME_BEFORE;

    static {
        DateData data = DateData.get();
        // A generic word, checked against the month table in code: a regex alternation of a few
        // hundred month names tried at every position of a 300 KB page is far too slow.
        MONTH = "(\\p{L}{3,12})(?!\\p{L})\\.?";
        String abbreviations = data.zones.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).collect(Collectors.joining("|"));
        // Abbreviations are matched case-sensitively: "et" and "pt" are words, "ET" and "PT" are zones.
        ZONE = "(?:\\s*\\(?\\s*(?:(?<num>Z|[+-]\\d{2}:?\\d{2})|(?-i:(?<utc>GMT|UTC))\\s*(?<gmt>[+-]\\d{1,2}(?::?\\d{2})?)?"
                + "|(?-i:(?<abbr>" + abbreviations + ")))(?![\\p{L}\\d])\\)?)?";
        String day = "(\\d{1,2})";
        String year = "((?:19|20)\\d{2})(?!\\d)";
        NAMED_DMY = Pattern.compile("(?iu)" + NOT_AFTER_LETTER + day + "(?:\\.|º|°|ª|er|st|nd|rd|th)?"
                + "(?:\\s*[-/.]\\s*|\\s+)(?:(?:de|of)\\s+)?" + MONTH + "(?:\\s*[-/.,]\\s*|\\s+)(?:(?:de|del)\\s+)?" + year);
        NAMED_MDY = Pattern.compile("(?iu)(?<![\\p{L}])" + MONTH + "\\s*" + day + "(?:st|nd|rd|th)?(?:\\s*,\\s*|\\s+)" + year);
        CJK = Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일号]?");
        NUMERIC_YMD = Pattern.compile("(?<![\\d.,/-])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d]|[.,/-]\\d)");
        NUMERIC = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d{1,2})([./-])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})(?![\\d]|[./-]\\d)");
        String clock = "(?<![\\d.])(?<h>\\d{1,2})(?:[:h.](?<m>\\d{2})|\\s*[時时点點시]\\s*(?<m2>\\d{1,2})\\s*[分분]?)"
                + "(?:[:.](?<s>\\d{2})|\\s*(?<s2>\\d{1,2})\\s*[秒초])?(?:[.,]\\d{1,6})?(?!\\d)"
                + "(?:\\s*(?<ampm>am|pm|a\\.\\s?m\\.|p\\.\\s?m\\.|(?:[صم]|صباح|مساء)[\\p{M}ا]*(?![\\p{L}])))?(?:\\s*(?:uhr|hrs|h|horas|heures|ore|u)(?![\\p{L}]))?";
        // separators between a date and its time: punctuation, or a word ("at", "um", "à", "a las",
        // "alle", "às", "om", "kl.") that must end there (no \\b: it does not see "à" as a letter)
        TIME_AFTER = Pattern.compile("(?iu)(?:\\s*(?:,|\\||-|–|—|·|•|/|@|T(?=\\d)|"
                + "(?:at|um|à|a\\s+las|alle|ore|às|om|kl\\.?|klo|o|le|el|den|dem)(?![\\p{L}]))?\\s*)" + clock + ZONE);
        TIME_BEFORE = Pattern.compile("(?iu)" + clock + ZONE
                + "\\s*(?:,|\\||-|–|—|·|•|/|\\bon\\b)?\\s*(?:\\p{L}{2,12}\\.?,?\\s*)?$");
    }

    /** The first human-readable date in a short text (a line, an attribute), or null. */
    public static Parsed parseText(String s, OutletContext context) {
        List<Mention> found = findAll(s, context, null);
        return found.isEmpty() ? null : found.get(0).value();
    }

    /** Kept for callers without a context: conventions unknown (day first, no zone). */
    public static Parsed parseText(String s) {
        return parseText(s, OutletContext.UNKNOWN);
    }

    /**
     * Every date in a text, in order of position; overlapping forms resolved by taking the one that
     * starts first (then the longest). Relative forms ("3 hours ago") are found only when
     * {@code fetchedAt} is known, and resolved against it in the outlet's zone (UTC if unknown).
     */
    public static List<Mention> findAll(CharSequence text, OutletContext ctx, Instant fetchedAt) {
        return findAll(text, ctx, fetchedAt, 0, text == null ? 0 : text.length());
    }

    /**
     * As {@link #findAll(CharSequence, OutletContext, Instant)}, with relative forms looked for only
     * in [{@code relativeFrom}, {@code relativeTo}) of the text, where the caller can use them: a
     * relative date counts only near the headline, and searching the whole of a big page for a dozen
     * "ago" words cost as much as every absolute form together. The relative forms found are the
     * whole text's that start in the range and end in it. One outside it no longer hides an absolute
     * date that overlaps it ("yesterday, 14:30 ago 2022", where "30 ago 2022" is 30 August).
     */
    public static List<Mention> findAll(CharSequence text, OutletContext ctx, Instant fetchedAt,
                                        int relativeFrom, int relativeTo) {
        if (text == null || text.length() == 0) {
            return List.of();
        }
        OutletContext c = ctx == null ? OutletContext.UNKNOWN : ctx;
        List<Mention> all = new ArrayList<>();
        // every form below but the last contains a year: only windows at years are searched. The
        // named forms end with their year, the CJK and ISO-like ones begin with it.
        int[] yearStarts = TextWindows.yearStarts(text);
        List<int[]> years = TextWindows.beforeYears(yearStarts, text.length(), TextWindows.MARGIN);
        TextWindows.scan(NAMED_DMY, text, years, m -> {
            Integer month = month(m.group(2));
            if (month == null) {
                return m.start() + 1;
            }
            add(all, text, m, date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))), false, c);
            return m.end();
        });
        TextWindows.scan(NAMED_MDY, text, years, m -> {
            Integer month = month(m.group(1));
            if (month == null) {
                // the word was not a month; the next word may be ("on Sep 8, 2022")
                return m.start() + 1;
            }
            add(all, text, m, date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))), false, c);
            return m.end();
        });
        TextWindows.scanAt(CJK, text, yearStarts, m -> {
            add(all, text, m, date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), false, c);
            return m.end();
        });
        TextWindows.scanAt(NUMERIC_YMD, text, yearStarts, m -> {
            add(all, text, m, date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))), false, c);
            return m.end();
        });
        TextWindows.scan(NUMERIC, text, TextWindows.aroundNumericGroups(text), m -> {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int y = year(m.group(4));
            if (m.group(4).length() == 2 && m.group(2).equals("-")) {
                return m.end(); // 08-09-22 is as often a score, a range or a code as a date
            }
            Parsed d = dayMonth(y, a, b, c.order());
            if (d != null) {
                add(all, text, m, d.day(), d.guessedOrder(), c);
            }
            return m.end();
        });
        int relFrom = Math.max(0, relativeFrom);
        int relTo = Math.min(text.length(), relativeTo);
        if (fetchedAt != null && relFrom < relTo) {
            relative(text, relFrom, relTo, c, fetchedAt, all);
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(x -> -(x.end() - x.start())));
        List<Mention> out = new ArrayList<>();
        int covered = -1;
        for (Mention x : all) {
            if (x.start() >= covered) {
                out.add(x);
                covered = x.end();
            }
        }
        return out;
    }

    /** Adds a found date with the time written after it (or, failing that, right before it). */
    private static void add(List<Mention> out, CharSequence text, Matcher m, LocalDate day, boolean guessedOrder,
                            OutletContext c) {
        if (day == null) {
            return;
        }
        int end = m.end();
        int start = m.start();
        LocalTime t = null;
        ZoneOffset off = null;
        ZoneId zone = null;
        String note = null;
        Matcher tm = TIME_AFTER.matcher(text).region(end, Math.min(text.length(), end + 60));
        boolean found = tm.lookingAt() && (t = clock(tm)) != null;
        if (!found) {
            int from = Math.max(0, start - 40);
            tm = TIME_BEFORE.matcher(text).region(from, start);
            tm.useAnchoringBounds(true);
            while (tm.find()) {
                t = clock(tm);
                if (t != null) {
                    found = true;
                    break;
                }
            }
        } else {
            end = tm.end();
        }
        if (found) {
            if (tm.group("num") != null) {
                off = numericOffset(tm.group("num"));
            } else if (tm.group("utc") != null) {
                off = tm.group("gmt") == null ? ZoneOffset.UTC : numericOffset(tm.group("gmt"));
            } else if (tm.group("abbr") != null) {
                String abbr = tm.group("abbr");
                ZoneId learned = "hint".equals(c.zoneSource()) ? c.zone() : null;
                zone = DateData.get().zoneFor(abbr, c.country(), learned, t == null ? day.atStartOfDay() : day.atTime(t));
                if (zone instanceof ZoneOffset zo) {
                    off = zo;
                    zone = null;
                }
                note = abbr + "@" + (learned != null && DateData.get().readings(abbr).size() > 1 ? "hint"
                        : c.country() == null ? "*" : c.country());
            }
        }
        out.add(new Mention(new Parsed(day, t, off, zone, note, guessedOrder), start, end, false));
    }

    private static LocalTime clock(Matcher tm) {
        String min = tm.group("m") != null ? tm.group("m") : tm.group("m2");
        String sec = tm.group("s") != null ? tm.group("s") : tm.group("s2");
        return time(tm.group("h"), min, sec, tm.group("ampm"));
    }

    private static void relative(CharSequence text, int from, int to, OutletContext c, Instant fetchedAt,
                                 List<Mention> out) {
        ZoneId zone = c.zone() != null ? c.zone() : ZoneOffset.UTC;
        // the range lower-cased, with the character before it (the key words' word-start test)
        int lowerFrom = Math.max(0, from - 1);
        String lower = TextWindows.lowerCase(text.subSequence(lowerFrom, to));
        for (DatePatterns.Keyed p : DatePatterns.RELATIVE) {
            TextWindows.scan(p.pattern(), text, TextWindows.aroundKeys(lower, lowerFrom, from, p.keys(), p.wordStart()), m -> {
                if (m.start() < from) {
                    return m.end(); // the whole text's match; it starts before the range
                }
                String n = m.group("n");
                int amount = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : 1;
                ChronoUnit unit = DatePatterns.relativeUnit(m.group("unit"));
                Instant at = fetchedAt.minus(unit == ChronoUnit.WEEKS ? amount * 7L : amount,
                        unit == ChronoUnit.WEEKS ? ChronoUnit.DAYS : unit);
                LocalDate day = at.atZone(zone).toLocalDate();
                out.add(new Mention(new Parsed(day, null, null), m.start(), m.end(), true));
                return m.end();
            });
        }
        DatePatterns.Keyed dayWord = DatePatterns.DAY_WORD;
        TextWindows.scan(dayWord.pattern(), text, TextWindows.aroundKeys(lower, lowerFrom, from, dayWord.keys(), dayWord.wordStart()), m -> {
            if (m.start() < from) {
                return m.end();
            }
            LocalTime t = time(m.group("h"), m.group("m"), null, null);
            if (t != null) {
                LocalDate fetchDay = fetchedAt.atZone(zone).toLocalDate();
                boolean yesterday = DatePatterns.YESTERDAY.contains(m.group("word").toLowerCase(Locale.ROOT));
                LocalDate day = yesterday ? fetchDay.minusDays(1) : fetchDay;
                out.add(new Mention(new Parsed(day, null, null), m.start(), m.end(), true));
            }
            return m.end();
        });
    }

    // ------------------------------------------------------------------ small pieces

    private static Parsed withZone(LocalDate day, LocalTime t, String z, OutletContext c) {
        if (z == null) {
            return new Parsed(day, t, null);
        }
        ZoneOffset off = numericOffset(z);
        if (off != null) {
            return new Parsed(day, t, off);
        }
        ZoneId zone = DateData.get().zoneFor(z, c == null ? null : c.country());
        if (zone instanceof ZoneOffset zo) {
            return new Parsed(day, t, zo);
        }
        return zone == null ? new Parsed(day, t, null)
                : new Parsed(day, t, null, zone, z + "@" + (c == null || c.country() == null ? "*" : c.country()), false);
    }

    static ZoneOffset numericOffset(String z) {
        if (z == null) {
            return null;
        }
        String s = z.trim().toUpperCase(Locale.ROOT);
        if (s.equals("Z") || s.equals("UTC") || s.equals("GMT") || s.equals("UT")) {
            return ZoneOffset.UTC;
        }
        Matcher m = Pattern.compile("([+-])(\\d{1,2})(?::?(\\d{2}))?").matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            int h = Integer.parseInt(m.group(2));
            int min = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sign = m.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * h, sign * min);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month a (possibly abbreviated) month name stands for, in any language the date data knows, or null. */
    static Integer month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".")) {
            n = n.substring(0, n.length() - 1);
        }
        return DateData.get().months.get(n);
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 2) {
            // two-digit years on news pages are this century unless that would be far in the future
            v += v <= (LocalDate.now(ZoneOffset.UTC).getYear() % 100) + 1 ? 2000 : 1900;
        }
        return v;
    }

    /**
     * The day of an all-numeric date from its first two numbers ("08-09-2022"): a number over 12 is
     * the day; when both could be the month, {@code order} decides and the result says its order was
     * guessed (unless the two are equal). Null when neither reading is a date.
     */
    static Parsed dayMonth(int year, int a, int b, DayMonthOrder order) {
        if (a > 12 && b > 12) {
            return null;
        }
        boolean dayFirst = a > 12 || (b <= 12 && order != DayMonthOrder.MDY);
        LocalDate d = dayFirst ? date(year, b, a) : date(year, a, b);
        return d == null ? null : new Parsed(d, null, null, null, null, a <= 12 && b <= 12 && a != b);
    }

    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static LocalTime time(String h, String m, String s, String ampm) {
        try {
            int hour = Integer.parseInt(h);
            int minute = m == null ? 0 : Integer.parseInt(m);
            int second = s == null ? 0 : Integer.parseInt(s);
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                // "pm", "p.m.", Arabic "م" / "مساءً" (evening); "am", "a.m.", "ص" / "صباحاً" (morning)
                boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p") || ampm.startsWith("م");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            return LocalTime.of(hour, minute, second);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
