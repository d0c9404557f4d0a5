package io.gazette.extract.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The date conventions the extractor reads from {@code src/main/resources/dates/*.tsv}: month names
 * per language, time-zone abbreviations, per-country and per-language conventions, and place names
 * found in domain names. Loaded once per JVM (the tables are small and immutable, so an executor
 * shares one copy across all its tasks).
 */
public final class DateData {

    /** Conventions of one country. {@code singleZone}: the whole country keeps one clock. */
    public record Country(String code, ZoneId zone, DayMonthOrder order, boolean singleZone) {
    }

    /** Conventions of one language; {@code zone} is null where the language spans many clocks. */
    public record Language(String code, ZoneId zone, DayMonthOrder order) {
    }

    /** A place name in a domain: the country, and a zone more precise than the country's, or null. */
    public record Place(String word, String country, ZoneId zone) {
    }

    /** One reading of a zone abbreviation: for outlets of {@code country} ("*" = any other). */
    public record ZoneReading(String abbreviation, String country, ZoneId zone) {
    }

    private static final DateData INSTANCE = load();

    /** Lower-case month name or abbreviation -> month number, all languages merged. */
    public final Map<String, Integer> months;
    /** Upper-case abbreviation -> its readings, country-specific ones first, "*" last. */
    public final Map<String, List<ZoneReading>> zones;
    public final Map<String, Country> countries;
    public final Map<String, Language> languages;
    /** Place words, longest first (so the longest match wins when scanning). */
    public final List<Place> places;

    private DateData(Map<String, Integer> months, Map<String, List<ZoneReading>> zones,
                     Map<String, Country> countries, Map<String, Language> languages, List<Place> places) {
        this.months = Map.copyOf(months);
        this.zones = Map.copyOf(zones);
        this.countries = Map.copyOf(countries);
        this.languages = Map.copyOf(languages);
        this.places = List.copyOf(places);
    }

    public static DateData get() {
        return INSTANCE;
    }

    /**
     * The zone an abbreviation stands for at an outlet of the given country (null = unknown): the
     * country's own reading when the table has one, else the "*" reading; null for an unknown word.
     */
    public ZoneId zoneFor(String abbreviation, String country) {
        List<ZoneReading> readings = zones.get(abbreviation.toUpperCase(Locale.ROOT));
        if (readings == null) {
            return null;
        }
        ZoneId fallback = null;
        for (ZoneReading r : readings) {
            if (country != null && r.country().equalsIgnoreCase(country)) {
                return r.zone();
            }
            if (r.country().equals("*")) {
                fallback = r.zone();
            }
        }
        return fallback;
    }

    /**
     * As {@link #zoneFor(String, String)}, but when the outlet's zone was learned from its pages and
     * the abbreviation has several readings, the reading whose offset at {@code when} is nearest the
     * learned zone's wins: IST at an outlet that states +03:00 in summer is Israel's, whatever its TLD.
     */
    public ZoneId zoneFor(String abbreviation, String country, ZoneId learned, java.time.LocalDateTime when) {
        List<ZoneReading> readings = readings(abbreviation);
        if (learned == null || readings.size() < 2) {
            return zoneFor(abbreviation, country);
        }
        int target = learned.getRules().getOffset(when).getTotalSeconds();
        ZoneId best = null;
        int bestDiff = Integer.MAX_VALUE;
        for (ZoneReading r : readings) {
            int diff = Math.abs(r.zone().getRules().getOffset(when).getTotalSeconds() - target);
            if (diff < bestDiff) {
                best = r.zone();
                bestDiff = diff;
            }
        }
        return best;
    }

    /** All readings of an abbreviation (for callers that weigh them against a learned offset). */
    public List<ZoneReading> readings(String abbreviation) {
        return zones.getOrDefault(abbreviation.toUpperCase(Locale.ROOT), List.of());
    }

    private static DateData load() {
        Map<String, Integer> months = new HashMap<>();
        for (String[] row : rows("months.tsv", 3)) {
            int month = Integer.parseInt(row[1]);
            for (String name : row[2].split("\\|")) {
                String key = name.trim().toLowerCase(Locale.ROOT);
                Integer before = months.putIfAbsent(key, month);
                if (before != null && before != month) {
                    throw new IllegalStateException("month name '" + key + "' means both " + before + " and " + month);
                }
            }
        }
        Map<String, List<ZoneReading>> zones = new LinkedHashMap<>();
        for (String[] row : rows("zones.tsv", 3)) {
            String abbr = row[0].toUpperCase(Locale.ROOT);
            zones.computeIfAbsent(abbr, k -> new ArrayList<>()).add(new ZoneReading(abbr, row[1], ZoneId.of(row[2])));
        }
        zones.replaceAll((k, v) -> List.copyOf(v));
        Map<String, Country> countries = new HashMap<>();
        for (String[] row : rows("countries.tsv", 4)) {
            countries.put(row[0], new Country(row[0], ZoneId.of(row[1]), DayMonthOrder.valueOf(row[2]),
                    row[3].equals("one")));
        }
        Map<String, Language> languages = new HashMap<>();
        for (String[] row : rows("languages.tsv", 3)) {
            languages.put(row[0], new Language(row[0], row[1].equals("-") ? null : ZoneId.of(row[1]),
                    DayMonthOrder.valueOf(row[2])));
        }
        List<Place> places = new ArrayList<>();
        for (String[] row : rows("place-words.tsv", 2)) {
            String cc = row[1];
            if (!countries.containsKey(cc)) {
                throw new IllegalStateException("place word " + row[0] + ": unknown country " + cc);
            }
            places.add(new Place(row[0], cc, row.length > 2 && !row[2].isBlank() ? ZoneId.of(row[2]) : null));
        }
        places.sort(Comparator.comparingInt((Place p) -> -p.word().length()).thenComparing(Place::word));
        return new DateData(months, zones, countries, languages, places);
    }

    /** Non-comment, non-blank lines of a tab-separated resource, each with at least {@code min} columns. */
    private static List<String[]> rows(String name, int min) {
        String path = "/dates/" + name;
        try (InputStream in = DateData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < min) {
                    throw new IllegalStateException(path + ":" + n + ": expected " + min + " columns: " + line);
                }
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].trim();
                }
                out.add(cols);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
