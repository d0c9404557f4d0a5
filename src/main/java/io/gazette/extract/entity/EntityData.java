package io.gazette.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the entity step reads, loaded once per JVM from the data files next to this class
 * (src/main/resources/io/gazette/extract/entity/). Each file says in its header what it holds and
 * what was left out on purpose; the code only knows their format.
 */
final class EntityData {

    /** Lower-case titles and honorifics, without a final ".". */
    final Set<String> titles;
    /** Lower-case words that stand inside an office's name. */
    final Set<String> roleWords;
    /** Lower-case country name or short form -> ISO 3166-1 alpha-2 code. */
    final Map<String, String> countryNames;
    /** Nationality word, as written -> code. */
    final Map<String, String> nationalities;
    /** Phrases that contain a nationality word but name no nationality. */
    final List<String> notNationalities;
    /** Every agency spelling -> canonical name; insertion order is the file's. */
    final Map<String, String> agencySpellings;
    /** Lower-case words that open a story like a dateline but name no place. */
    final Set<String> notDatelines;

    private static final class Holder {
        static final EntityData INSTANCE = load();
    }

    private EntityData(Set<String> titles, Set<String> roleWords, Map<String, String> countryNames,
                       Map<String, String> nationalities, List<String> notNationalities,
                       Map<String, String> agencySpellings, Set<String> notDatelines) {
        this.titles = titles;
        this.roleWords = roleWords;
        this.countryNames = countryNames;
        this.nationalities = nationalities;
        this.notNationalities = notNationalities;
        this.agencySpellings = agencySpellings;
        this.notDatelines = notDatelines;
    }

    static EntityData get() {
        return Holder.INSTANCE;
    }

    private static EntityData load() {
        Map<String, String> names = new HashMap<>();
        Map<String, String> nationalities = new HashMap<>();
        for (String line : lines("countries.tsv")) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || !cols[0].matches("[A-Z]{2}")) {
                throw new IllegalStateException("countries.tsv: bad line '" + line + "'");
            }
            for (String name : split(cols[1])) {
                putUnique(names, key(name), cols[0], "country name " + name);
            }
            if (cols.length > 2) {
                for (String word : split(cols[2])) {
                    putUnique(nationalities, word, cols[0], "nationality word " + word);
                }
            }
        }
        Map<String, String> agencies = new LinkedHashMap<>();
        for (String line : lines("agencies.tsv")) {
            String[] cols = line.split("\t", -1);
            if (cols.length != 2) {
                throw new IllegalStateException("agencies.tsv: bad line '" + line + "'");
            }
            agencies.put(cols[0].toLowerCase(Locale.ROOT), cols[0]);
            for (String spelling : split(cols[1])) {
                putUnique(agencies, spelling.toLowerCase(Locale.ROOT), cols[0], "agency spelling " + spelling);
            }
        }
        return new EntityData(lowerSet("titles.txt"), lowerSet("role-words.txt"), Map.copyOf(names),
                Map.copyOf(nationalities), List.copyOf(lines("not-nationalities.txt")),
                Collections.unmodifiableMap(agencies), lowerSet("not-datelines.txt"));
    }

    /** How names are compared with the country table: lower case, no leading "the", no dots at the end. */
    static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (k.startsWith("the ")) {
            k = k.substring(4);
        }
        return k;
    }

    /** Lower case and without a final "." (so "Mr." is "mr"), for the title and role lists. */
    static String word(String token) {
        String w = token.toLowerCase(Locale.ROOT);
        return w.endsWith(".") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
    }

    /** Longest first, so that a regex alternation prefers "South Korean" over "Korean". */
    static List<String> longestFirst(Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static void putUnique(Map<String, String> map, String key, String value, String what) {
        String old = map.put(key, value);
        if (old != null && !old.equals(value)) {
            throw new IllegalStateException(what + " is listed for both " + old + " and " + value);
        }
    }

    private static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static Set<String> lowerSet(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(word(line));
        }
        return Set.copyOf(out);
    }

    /** Non-blank lines that are not # comments, stripped of surrounding spaces (tabs inside are kept). */
    private static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = EntityData.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/gazette/extract/entity/" + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }
}
