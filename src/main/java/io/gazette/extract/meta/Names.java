package io.gazette.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bylines into person names: lead-ins ("By", "Written by"), dates, roles ("Staff Writer"),
 * e-mails and URLs removed; lists split; institutional bylines ("AOL Staff", "News Desk") and
 * the site's own name dropped; ALL-CAPS names given normal capitals; duplicates removed; capped.
 */
final class Names {
    private Names() {
    }

    /** Credentials that bylines append and that are not names. */
    private static final Set<String> CREDENTIALS = Set.of("md", "m.d.", "m.d", "dr", "dr.", "phd", "ph.d.", "ph.d",
            "rn", "rd", "ms", "msc", "ma", "mba", "mph", "cfa", "cpa", "cfp", "jr", "jr.", "sr", "sr.", "esq", "facs",
            "faan", "facp", "fand", "dds", "do", "np", "pa", "lcsw", "lpc", "ii", "iii", "iv");

    /** A "Follow" button's text glued to the name ("Inga HoeltmannFollow"). */
    private static final java.util.regex.Pattern GLUED_FOLLOW = java.util.regex.Pattern.compile("(?<=\\p{Ll})Follow$");

    static List<String> clean(List<String> raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String r : raw) {
            String s = MetadataExtractor.clean(r);
            if (s == null || s.startsWith("http")) {
                continue;
            }
            s = stripPrefix(s);
            for (String part : MetaSelectors.AUTHOR_SPLIT.split(s)) {
                String name = stripPrefix(part.trim());
                name = MetaSelectors.BYLINE_TAIL.matcher(name).replaceFirst("");
                String role = name;
                name = withoutRole(name);
                if (name.isEmpty() && !role.isBlank() && !out.isEmpty()) {
                    // a part that is only a role ("Daniel Burstein, Senior Director, Content & Marketing,
                    // MarketingSherpa"): what follows it in the same byline describes the role
                    break;
                }
                name = withoutCapsTail(name);
                name = GLUED_FOLLOW.matcher(trimPunctuation(name)).replaceFirst("");
                name = withoutRepeat(name);
                if (!isValid(name) || isAgencyCode(name)) {
                    continue;
                }
                name = fixCapitals(name);
                out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                if (out.size() >= MetaSelectors.MAX_AUTHORS) {
                    return new ArrayList<>(out.values());
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private static String stripPrefix(String s) {
        String prev;
        do {
            prev = s;
            s = MetaSelectors.BYLINE_PREFIX.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        return s;
    }

    private static String trimPunctuation(String s) {
        int a = 0;
        int z = s.length();
        while (a < z && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (z > a && !Character.isLetterOrDigit(s.charAt(z - 1)) && s.charAt(z - 1) != '.' && s.charAt(z - 1) != ')') {
            z--;
        }
        return s.substring(a, z).trim();
    }

    /**
     * "Andrea Wong Andrea Wong" -> "Andrea Wong": a name written twice in a row (a short and a long
     * form for two screen sizes, a link and its label) read as one.
     */
    static String withoutRepeat(String s) {
        String[] w = s.split(" ");
        if (w.length < 2 || w.length % 2 != 0) {
            return s;
        }
        int half = w.length / 2;
        for (int i = 0; i < half; i++) {
            if (!w[i].equalsIgnoreCase(w[half + i])) {
                return s;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(w, half));
    }

    /** "Meghan Neville Content Marketing Coordinator" -> "Meghan Neville". */
    static String withoutRole(String s) {
        java.util.regex.Matcher m = MetaSelectors.ROLE.matcher(s);
        if (!m.find()) {
            return s.trim();
        }
        String[] w = s.substring(0, m.start()).trim().split("\\s+");
        int end = w.length;
        while (end > 0 && MetaSelectors.ROLE_MODIFIERS.contains(w[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        return String.join(" ", java.util.Arrays.copyOf(w, end)).trim();
    }

    /** "Meg Wagner NEW YORK DAILY NEWS" -> "Meg Wagner": an outlet in capitals after a normally written name. */
    static String withoutCapsTail(String s) {
        String[] w = s.split(" ");
        int end = w.length;
        while (end > 1 && w[end - 1].length() >= 2 && isAllCaps(w[end - 1])) {
            end--;
        }
        if (end == w.length || !hasLower(w[0])) {
            return s;
        }
        return String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    private static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static boolean hasLower(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "TNN", "CNN", "AFP": a wire or outlet code after the name, not a person. */
    static boolean isAgencyCode(String s) {
        if (s.length() > 5 || s.indexOf(' ') >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Not garbage: a short run of words, no URL, no digits, not a credential or an institution. */
    static boolean isValid(String s) {
        if (s.length() < 2 || s.length() > MetaSelectors.MAX_NAME_CHARS) {
            return false;
        }
        if (CREDENTIALS.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (MetaSelectors.NOT_A_PERSON.matcher(s).find()) {
            return false;
        }
        int words = s.split("\\s+").length;
        return words <= MetaSelectors.MAX_NAME_WORDS && Character.isLetter(s.codePointAt(0));
    }

    /** Looks like a person: two or more capitalised words, or a name in a script without capitals. */
    static boolean isPersonLike(String s) {
        int cp = s.codePointAt(0);
        if (Character.isLetter(cp) && !Character.isUpperCase(cp) && !Character.isLowerCase(cp)) {
            return true; // CJK, Arabic, Hebrew, ... have no case
        }
        String[] words = s.split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "del",
            "la", "le", "bin", "al", "el", "ter", "ten", "dos", "das", "y");

    static boolean anyPersonLike(List<String> names) {
        for (String n : names) {
            if (isPersonLike(n)) {
                return true;
            }
        }
        return false;
    }

    /** "JOSH HASKELL" -> "Josh Haskell"; names with mixed case are left as written. */
    static String fixCapitals(String s) {
        boolean hasLower = false;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                hasLower = true;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        if (hasLower || letters < 4) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) || c == '\'' ;
        }
        return b.toString();
    }
}
