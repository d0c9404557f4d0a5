package io.gazette.extract.entity;

import io.gazette.config.GazetteOptions;
import io.gazette.model.Entity;
import io.gazette.model.EntityResult;
import io.gazette.model.EntityStatus;
import io.gazette.model.EntityType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity step: an article's text in, its distinct persons, organisations and places, the
 * countries it names, its dateline, agency credits and social handles out.
 *
 * <p>In order:
 * <ol>
 *   <li>skip what cannot be tagged: entities off, no text, a language other than English (the
 *       model is English only; other languages are a follow-up) or none detected;</li>
 *   <li>tag with the {@link EntityRecognizer} (the first {@code maxTextChars} characters);</li>
 *   <li>find credits by pattern: dateline, agencies, handles ({@link Credits});</li>
 *   <li>clean each mention: drop handles and spans made only of titles ("Defence"), strip titles
 *       and roles from persons ("Defence Minister Rajnath Singh" -> "Rajnath Singh");</li>
 *   <li>merge partial names into the full name the same article uses ("Singh" -> "Rajnath
 *       Singh"), also when the tagger gave the partial form another type ("Defence Hamada");</li>
 *   <li>group mentions into distinct entities (the majority type wins), then let credits correct
 *       types: a credited agency is an organisation, the dateline place is a place;</li>
 *   <li>resolve countries from place and organisation names and from nationality words.</li>
 * </ol>
 * One instance serves every thread of an executor: it holds no per-article state.
 */
public final class EntityAnalyzer {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Longer spans are tagger run-ons over lists or tables, not names. */
    private static final int MAX_NAME_CHARS = 80;

    private final GazetteOptions.Entities options;
    private final Supplier<EntityRecognizer> recognizer;
    private final EntityData data = EntityData.get();
    private final EntityPatterns patterns = EntityPatterns.get();

    /** The analyzer the pipeline uses: CoreNLP's CRF, loaded on first use and shared by the JVM. */
    public static EntityAnalyzer create(GazetteOptions.Entities options) {
        Objects.requireNonNull(options, "options");
        // A supplier, so that entities=off never touches CoreNLP (its jar may be left out).
        return new EntityAnalyzer(options, () -> CoreNlpRecognizer.shared(options.model()));
    }

    /** An analyzer over any recogniser (tests, other models). */
    public EntityAnalyzer(GazetteOptions.Entities options, EntityRecognizer recognizer) {
        this(options, () -> recognizer);
        Objects.requireNonNull(recognizer, "recognizer");
    }

    private EntityAnalyzer(GazetteOptions.Entities options, Supplier<EntityRecognizer> recognizer) {
        this.options = Objects.requireNonNull(options, "options");
        this.recognizer = recognizer;
    }

    /** True for the codes a language detector or a page gives for English: "en", "en-GB", "eng". */
    public static boolean isEnglish(String language) {
        if (language == null) {
            return false;
        }
        String l = language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = l.indexOf('-');
        String primary = dash < 0 ? l : l.substring(0, dash);
        return primary.equals("en") || primary.equals("eng") || primary.equals("english");
    }

    /**
     * @param text     the article's main text; offsets in the result point into it
     * @param language the article's language code, or null when none was detected
     */
    public EntityResult analyze(String text, String language) {
        if (!options.enabled()) {
            return EntityResult.skipped(EntityStatus.DISABLED);
        }
        if (text == null || text.isBlank()) {
            return EntityResult.skipped(EntityStatus.NO_TEXT);
        }
        if (language == null || language.isBlank()) {
            return EntityResult.skipped(EntityStatus.NO_LANGUAGE);
        }
        if (!isEnglish(language)) {
            return EntityResult.skipped(EntityStatus.NOT_ENGLISH);
        }
        boolean truncated = text.length() > options.maxTextChars();
        String tagged = truncated ? cut(text, options.maxTextChars()) : text;

        // Outside the try: a model that cannot load is a configuration error for the whole run.
        EntityRecognizer r = recognizer.get();
        List<EntityMention> mentions;
        try {
            mentions = r.recognize(tagged);
        } catch (RuntimeException e) {
            return EntityResult.skipped(EntityStatus.FAILED);
        }

        Credits credits = Credits.find(tagged);
        List<Name> names = clean(mentions, credits.handleSpans());
        mergePartials(names);
        Map<String, Group> groups = group(names);
        applyCredits(groups, credits);

        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.sort(Comparator.comparingInt(g -> g.firstOffset));
        List<Entity> entities = new ArrayList<>();
        for (Group g : ordered) {
            entities.add(new Entity(g.display, g.type(), g.mentions, g.firstOffset));
        }
        List<String> countries = countries(tagged, mentions, ordered, credits);
        return new EntityResult(EntityStatus.TAGGED, entities, countries, credits.dateline(),
                List.copyOf(credits.agencies().keySet()), credits.handles(), truncated);
    }

    /** Cuts at the last space before the limit (when there is one nearby), never inside a surrogate pair. */
    static String cut(String text, int max) {
        int end = max;
        int space = text.lastIndexOf(' ', max);
        if (space > max - 200 && space > 0) {
            end = space;
        } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** A mention after clean-up. {@code key} is what groups it: the lower-case full name it belongs to. */
    private static final class Name {
        EntityType type;
        int begin;
        final List<String> words;
        final String display;
        String key;
        /** Counts for a longer name's entity (set by mergePartials). */
        boolean partial;
        /** Offset of the last word when the span is "[role words] Surname" under another type, else -1. */
        int surnameAt = -1;

        Name(EntityType type, int begin, String text) {
            this.type = type;
            this.begin = begin;
            this.display = text;
            this.key = key(text);
            this.words = List.of(key.split(" "));
        }
    }

    /** What makes two names the same entity: case and apostrophe style do not count. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private List<Name> clean(List<EntityMention> mentions, List<int[]> handleSpans) {
        List<Name> out = new ArrayList<>();
        for (EntityMention m : mentions) {
            if (overlapsAny(handleSpans, m.begin(), m.end()) || m.text().contains("@") || m.text().contains("://")) {
                continue;
            }
            // Words with their offsets, without quotes and brackets around them or a possessive after.
            List<int[]> spans = new ArrayList<>();
            Matcher w = TOKEN.matcher(m.text());
            while (w.find()) {
                int b = m.begin() + w.start();
                int e = m.begin() + w.end();
                String word = m.text().substring(w.start(), w.end());
                while (b < e && !Character.isLetterOrDigit(word.charAt(b - m.begin() - w.start()))) {
                    b++;
                }
                String rest = m.text().substring(b - m.begin(), e - m.begin());
                String trimmed = trimEnd(rest);
                e = b + trimmed.length();
                if (e > b) {
                    spans.add(new int[] {b, e});
                }
            }
            if (spans.isEmpty() || allRoleWords(m.text(), m.begin(), spans, 0)) {
                continue; // "Defence", "Prime Minister": a title, not a name
            }
            int from = 0;
            if (m.type() == EntityType.PER) {
                from = titleRunLength(m.text(), m.begin(), spans);
            } else if (spans.size() > 1 && allRoleWords(m.text(), m.begin(), spans.subList(0, spans.size() - 1), 0)) {
                // "Minister of Defence Hamada" tagged as an organisation: the last word may be a
                // person's surname; kept whole unless mergePartials finds that person.
                from = -1;
            }
            int b = spans.get(Math.max(from, 0))[0];
            int e = spans.get(spans.size() - 1)[1];
            String text = collapse(m.text().substring(b - m.begin(), e - m.begin()));
            if (text.length() > MAX_NAME_CHARS || text.length() < 2 || text.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            Name n = new Name(m.type(), b, text);
            if (from == -1) {
                n.surnameAt = spans.get(spans.size() - 1)[0];
            }
            out.add(n);
        }
        return out;
    }

    /** Drops a closing possessive and punctuation that is not part of a name ("U.S." keeps its dot). */
    private static String trimEnd(String word) {
        String w = word;
        for (String suffix : List.of("'s", "’s", "'", "’")) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        int end = w.length();
        while (end > 0 && ",;:!?\"'“”‘’)]}".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }

    private static String collapse(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    private boolean isRoleWord(String word) {
        String w = EntityData.word(word);
        return data.titles.contains(w) || data.roleWords.contains(w);
    }

    private boolean allRoleWords(String text, int base, List<int[]> spans, int from) {
        for (int i = from; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (!isRoleWord(text.substring(s[0] - base, s[1] - base))) {
                return false;
            }
        }
        return true;
    }

    /** How many opening words of a person's name are a title ("Union Defence Minister"), or 0. */
    private int titleRunLength(String text, int base, List<int[]> spans) {
        boolean hasTitle = false;
        int i = 0;
        for (; i < spans.size() - 1; i++) {
            String word = text.substring(spans.get(i)[0] - base, spans.get(i)[1] - base);
            if (!isRoleWord(word)) {
                break;
            }
            hasTitle |= data.titles.contains(EntityData.word(word));
        }
        return hasTitle ? i : 0;
    }

    /**
     * Points each partial name at the full name it abbreviates. A person's name whose words are a
     * run inside a longer person's name of the same article ("Singh", "Rajnath" in "Rajnath
     * Singh") belongs to it; when several full names fit ("Singh" with two Singhs), the nearest
     * one named before wins, else the first one named after. A surname the tagger typed as a
     * place or an organisation ("Defence Hamada") is matched on the last word only.
     */
    private void mergePartials(List<Name> names) {
        Map<String, Name> full = new LinkedHashMap<>();
        Map<String, List<Integer>> positions = new HashMap<>();
        for (Name n : names) {
            if (n.type == EntityType.PER && n.words.size() > 1) {
                full.putIfAbsent(n.key, n);
                positions.computeIfAbsent(n.key, k -> new ArrayList<>()).add(n.begin);
            }
        }
        if (full.isEmpty()) {
            return;
        }
        for (Name n : names) {
            List<String> words;
            if (n.surnameAt >= 0) {
                words = List.of(n.words.get(n.words.size() - 1));
            } else if (n.type == EntityType.PER || n.words.size() == 1) {
                words = n.words;
            } else {
                continue;
            }
            if (words.stream().allMatch(w -> w.length() < 2)) {
                continue; // an initial alone says nothing
            }
            Name best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Name f : full.values()) {
                if (f.key.equals(n.key) || f.words.size() <= words.size()) {
                    continue;
                }
                boolean fits = n.type == EntityType.PER
                        ? Collections.indexOfSubList(f.words, words) >= 0
                        : f.words.get(f.words.size() - 1).equals(words.get(0));
                if (!fits) {
                    continue;
                }
                for (int pos : positions.get(f.key)) {
                    // Before: distance as is; after: penalised so that any earlier full name wins.
                    int distance = pos <= n.begin ? n.begin - pos : Integer.MAX_VALUE / 2 + (pos - n.begin);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = f;
                    }
                }
            }
            if (best != null) {
                n.key = best.key;
                n.type = EntityType.PER;
                n.partial = true;
                if (n.surnameAt >= 0) {
                    n.begin = n.surnameAt;
                }
            }
        }
    }

    private static final class Group {
        String display;
        int mentions;
        int firstOffset = Integer.MAX_VALUE;
        final EnumMap<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        EntityType firstType;
        EntityType forcedType;

        EntityType type() {
            if (forcedType != null) {
                return forcedType;
            }
            EntityType best = firstType;
            for (var e : votes.entrySet()) {
                if (e.getValue() > votes.get(best)) {
                    best = e.getKey();
                }
            }
            return best;
        }
    }

    private static Map<String, Group> group(List<Name> names) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Name n : names) {
            Group g = groups.computeIfAbsent(n.key, k -> new Group());
            g.mentions++;
            g.firstOffset = Math.min(g.firstOffset, n.begin);
            g.votes.merge(n.type, 1, Integer::sum);
            if (g.firstType == null) {
                g.firstType = n.type;
            }
            // The full form names the entity; of several, the first one not in capitals ("TOKYO").
            if (!n.partial && (g.display == null || (isAllCaps(g.display) && !isAllCaps(n.display)))) {
                g.display = n.display;
            }
        }
        return groups;
    }

    private static boolean isAllCaps(String s) {
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    /** Credited agencies are organisations, the dateline is a place, whatever the tagger said. */
    private void applyCredits(Map<String, Group> groups, Credits credits) {
        for (var a : credits.agencies().entrySet()) {
            String canonical = a.getKey();
            Group found = null;
            for (var s : data.agencySpellings.entrySet()) {
                if (s.getValue().equals(canonical) && groups.containsKey(s.getKey())) {
                    found = groups.get(s.getKey());
                    break;
                }
            }
            if (found == null) {
                found = new Group();
                found.display = canonical;
                found.mentions = a.getValue();
                found.firstOffset = credits.agencyOffsets().get(canonical);
                found.firstType = EntityType.ORG;
                found.votes.put(EntityType.ORG, a.getValue());
                groups.put(key(canonical), found);
            }
            found.forcedType = EntityType.ORG;
        }
        if (credits.dateline() != null) {
            String key = key(credits.dateline());
            Group g = groups.get(key);
            if (g == null) {
                g = new Group();
                g.display = credits.dateline();
                g.mentions = 1;
                g.firstOffset = credits.datelineOffset();
                g.firstType = EntityType.LOC;
                g.votes.put(EntityType.LOC, 1);
                groups.put(key, g);
            } else if (isAllCaps(g.display)) {
                g.display = credits.dateline();
            }
            g.forcedType = EntityType.LOC;
        }
    }

    /** ISO codes in order of first mention: place and organisation names, the dateline, nationality words. */
    private List<String> countries(String text, List<EntityMention> mentions, List<Group> groups, Credits credits) {
        List<int[]> found = new ArrayList<>(); // {offset, index into codes}
        List<String> codes = new ArrayList<>();
        for (Group g : groups) {
            if (g.type() == EntityType.PER) {
                continue;
            }
            String code = data.countryNames.get(EntityData.key(g.display));
            if (code == null) {
                code = data.nationalities.get(g.display);
            }
            if (code != null) {
                found.add(new int[] {g.firstOffset, codes.size()});
                codes.add(code);
            }
        }
        if (credits.dateline() != null) {
            String code = data.countryNames.get(EntityData.key(credits.dateline()));
            if (code != null) {
                found.add(new int[] {credits.datelineOffset(), codes.size()});
                codes.add(code);
            }
        }
        List<int[]> hidden = new ArrayList<>();
        Matcher not = patterns.notNationality.matcher(text);
        while (not.find()) {
            hidden.add(new int[] {not.start(), not.end()});
        }
        Matcher m = patterns.nationality.matcher(text);
        while (m.find()) {
            if (overlapsAny(hidden, m.start(), m.end()) || insideLongerMention(mentions, m.start(), m.end())) {
                continue; // "Latin American", "Indian Express"
            }
            found.add(new int[] {m.start(), codes.size()});
            codes.add(data.nationalities.get(m.group(1)));
        }
        found.sort(Comparator.comparingInt(f -> f[0]));
        Set<String> out = new LinkedHashSet<>();
        for (int[] f : found) {
            out.add(codes.get(f[1]));
        }
        return List.copyOf(out);
    }

    private static boolean insideLongerMention(List<EntityMention> mentions, int begin, int end) {
        for (EntityMention m : mentions) {
            if (begin < m.end() && m.begin() < end && m.end() - m.begin() > end - begin) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<int[]> spans, int begin, int end) {
        for (int[] s : spans) {
            if (begin < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }
}
