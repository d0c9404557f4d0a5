package io.gazette.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says about where and by whom it was written, found by pattern rather than by
 * the tagger: the dateline place, the agencies credited, and social handles.
 *
 * @param dateline       the dateline place in normal capitalisation, or null
 * @param datelineOffset char offset of the dateline place, or -1
 * @param agencies       canonical agency name -> credits found, in order of first credit
 * @param agencyOffsets  canonical agency name -> offset of its first credit
 * @param handles        handles with the "@", first spelling kept, in order of first mention
 * @param handleSpans    {begin, end} of every handle occurrence, to keep the tagger's spans off them
 */
record Credits(String dateline, int datelineOffset, Map<String, Integer> agencies, Map<String, Integer> agencyOffsets,
               List<String> handles, List<int[]> handleSpans) {

    /** Datelines open a story: only the first lines are looked at. */
    static final int DATELINE_LINES = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static Credits find(String text) {
        EntityData data = EntityData.get();
        EntityPatterns p = EntityPatterns.get();
        Map<String, Integer> agencies = new LinkedHashMap<>();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        List<int[]> creditSpans = new ArrayList<>();

        String dateline = null;
        int datelineOffset = -1;
        int lineStart = 0;
        for (int line = 0; line < DATELINE_LINES && lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String s = text.substring(lineStart, lineEnd);
            if (!s.isBlank()) {
                line++;
                Matcher m = p.datelineWithAgency.matcher(s);
                if (m.find()) {
                    credit(data, m.group(2), lineStart + m.start(2), agencies, offsets);
                    creditSpans.add(new int[] {lineStart + m.start(2), lineStart + m.end(2)});
                    if (m.group(1) != null && isPlace(data, m.group(1))) {
                        dateline = normalPlace(m.group(1));
                        datelineOffset = lineStart + m.start(1);
                    }
                    break;
                }
                for (Matcher d : List.of(EntityPatterns.DATELINE_CAPS.matcher(s), EntityPatterns.DATELINE_DATED.matcher(s))) {
                    if (d.find() && isPlace(data, d.group(1))) {
                        dateline = normalPlace(d.group(1));
                        datelineOffset = lineStart + d.start(1);
                        break;
                    }
                }
                if (dateline != null) {
                    break;
                }
            }
            lineStart = lineEnd + 1;
        }

        for (Matcher m : List.of(p.withInputs.matcher(text), p.creditLine.matcher(text),
                p.closingCredit.matcher(text), p.copyright.matcher(text))) {
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null && !overlaps(creditSpans, m.start(g), m.end(g))) {
                        credit(data, m.group(g), m.start(g), agencies, offsets);
                        creditSpans.add(new int[] {m.start(g), m.end(g)});
                    }
                }
            }
        }
        // Order by first credit in the text, whichever pattern found it.
        List<String> order = new ArrayList<>(offsets.keySet());
        order.sort((a, b) -> Integer.compare(offsets.get(a), offsets.get(b)));
        Map<String, Integer> sortedAgencies = new LinkedHashMap<>();
        Map<String, Integer> sortedOffsets = new LinkedHashMap<>();
        for (String a : order) {
            sortedAgencies.put(a, agencies.get(a));
            sortedOffsets.put(a, offsets.get(a));
        }

        Map<String, String> handles = new LinkedHashMap<>();
        List<int[]> handleSpans = new ArrayList<>();
        Matcher h = EntityPatterns.HANDLE.matcher(text);
        while (h.find()) {
            if (h.group(1).chars().allMatch(Character::isDigit)) {
                continue; // "@10" is a price or a time, not an account
            }
            handles.putIfAbsent(h.group(1).toLowerCase(Locale.ROOT), h.group());
            handleSpans.add(new int[] {h.start(), h.end()});
        }
        return new Credits(dateline, datelineOffset, sortedAgencies, sortedOffsets,
                List.copyOf(handles.values()), handleSpans);
    }

    private static void credit(EntityData data, String list, int offset, Map<String, Integer> agencies,
                               Map<String, Integer> offsets) {
        for (String spelling : EntityPatterns.LIST_SEPARATOR.split(list)) {
            String canonical = data.agencySpellings.get(SPACES.matcher(spelling.strip()).replaceAll(" ").toLowerCase(Locale.ROOT));
            if (canonical != null) {
                agencies.merge(canonical, 1, Integer::sum);
                offsets.putIfAbsent(canonical, offset);
            }
        }
    }

    private static boolean overlaps(List<int[]> spans, int begin, int end) {
        for (int[] s : spans) {
            if (begin < s[1] && s[0] < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlace(EntityData data, String candidate) {
        String c = candidate.strip();
        int words = c.split("\\s+").length;
        return c.length() >= 2 && words <= 4 && !data.notDatelines.contains(c.toLowerCase(Locale.ROOT))
                && c.chars().noneMatch(Character::isDigit);
    }

    /** "NEW DELHI" -> "New Delhi"; a place already in mixed case is kept as written. */
    static String normalPlace(String place) {
        String p = SPACES.matcher(place.strip()).replaceAll(" ");
        if (!p.equals(p.toUpperCase(Locale.ROOT))) {
            return p;
        }
        StringBuilder sb = new StringBuilder(p.length());
        boolean start = true;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '.' || c == '\'' || c == '’';
        }
        return sb.toString();
    }
}
