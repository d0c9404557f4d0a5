package io.gazette.eval;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Title and author metrics of the reference scorer ({@code ../shared/tools/score_metadata.py}),
 * mirrored function by function (norm_title, token_f1, split_names, norm_name, name_set) so that
 * the numbers agree with the script.
 */
public final class MetadataMetrics {
    private MetadataMetrics() {
    }

    /** The scorer's translation table: curly quotes and primes, dashes, nbsp, invisible characters. */
    static String translate(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '\u00b4', '`' -> b.append('\'');
                case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb' -> b.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> b.append('-');
                case '\u00a0' -> b.append(' ');
                case '\u200b', '\u00ad' -> {
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Python's str.casefold() for the characters that differ from lower() in practice. */
    static String casefold(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        if (l.indexOf('\u00df') < 0 && l.indexOf('\u03c2') < 0 && l.indexOf('\u017f') < 0) {
            return l;
        }
        return l.replace("\u00df", "ss").replace('\u03c2', '\u03c3').replace('\u017f', 's');
    }

    /** Python's str.split() with no argument: runs of Unicode whitespace, no empty parts. */
    static List<String> pySplit(String s) {
        List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = isPySpace(s.charAt(i));
            if (!ws && start < 0) {
                start = i;
            } else if (ws && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        if (start >= 0) {
            out.add(s.substring(start));
        }
        return out;
    }

    static boolean isPySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085' || (c >= 0x1c && c <= 0x1f);
    }

    public static String normTitle(String s) {
        String t = translate(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC));
        return String.join(" ", pySplit(casefold(t)));
    }

    /** Token F1 of two strings: case-folded word tokens as multisets. */
    public static double tokenF1(String a, String b) {
        Map<String, Integer> ta = counts(a);
        Map<String, Integer> tb = counts(b);
        if (ta.isEmpty() && tb.isEmpty()) {
            return 1.0;
        }
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        int ov = 0;
        for (var e : ta.entrySet()) {
            ov += Math.min(e.getValue(), tb.getOrDefault(e.getKey(), 0));
        }
        if (ov == 0) {
            return 0.0;
        }
        double p = (double) ov / sum(ta);
        double r = (double) ov / sum(tb);
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> counts(String s) {
        Map<String, Integer> m = new HashMap<>();
        for (String t : TextMetrics.tokens(casefold(s == null ? "" : s))) {
            m.merge(t, 1, Integer::sum);
        }
        return m;
    }

    private static int sum(Map<String, Integer> m) {
        int n = 0;
        for (int v : m.values()) {
            n += v;
        }
        return n;
    }

    /** Title exact match as the scorer counts it: a non-empty prediction equal after normalisation. */
    public static boolean titleMatch(String predicted, String gold) {
        return predicted != null && !predicted.isEmpty() && normTitle(predicted).equals(normTitle(gold));
    }

    /** Title token F1 as the scorer counts it (0 for an empty prediction). */
    public static double titleF1(String predicted, String gold) {
        return predicted == null || predicted.isEmpty() ? 0.0 : tokenF1(predicted, gold);
    }

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\||\\n|\\s+and\\s+|\\s+und\\s+)\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LEAD_IN = Pattern.compile("^(by|von|par|por|di|door)\\s+",
            Pattern.UNICODE_CHARACTER_CLASS);
    static final Set<String> CREDENTIALS = Set.of(("md m.d dr phd ph.d ms msc ma mba mph rd rn dds do cpa cfa cpp "
            + "psp facs faan facp fand faclm dabom foma jr sr ii iii iv esq bsc ba bs lpc lcsw np pa cep cepf "
            + "e-ryt ryt").split(" "));

    /** Gold author strings (and predicted ones given as a single string) are split like this. */
    static List<String> splitNames(String s) {
        // Python's re.split keeps leading/trailing empty parts; they are dropped later either way.
        return List.of(SPLIT.split(s, -1));
    }

    public static String normName(String n) {
        String s = casefold(translate(Normalizer.normalize(n, Normalizer.Form.NFKC))).strip();
        s = LEAD_IN.matcher(s).replaceFirst("");
        s = s.replace('@', ' ');
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (TextMetrics.isWordChar(cp) || (cp < 0x10000 && isPySpace((char) cp)) || cp == '\'' || cp == '-') {
                b.appendCodePoint(cp);
            } else {
                b.append(' ');
            }
        }
        StringBuilder out = new StringBuilder();
        for (String w : pySplit(b.toString())) {
            if (CREDENTIALS.contains(stripChars(w, ".'-"))) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }

    private static String stripChars(String s, String chars) {
        int a = 0;
        int z = s.length();
        while (a < z && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (z > a && chars.indexOf(s.charAt(z - 1)) >= 0) {
            z--;
        }
        return s.substring(a, z);
    }

    /** Normalised names; {@code split} is true for gold strings and false for a predicted list. */
    public static Set<String> nameSet(List<String> names, boolean split) {
        Set<String> out = new LinkedHashSet<>();
        if (names == null) {
            return out;
        }
        for (String raw : names) {
            if (raw == null) {
                continue;
            }
            for (String part : split ? splitNames(raw) : List.of(raw)) {
                String n = normName(part);
                if (!n.isEmpty() && !CREDENTIALS.contains(n) && n.codePoints().anyMatch(TextMetrics::isWordChar)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /**
     * Per-page author F1 against a gold author string, or NaN when the gold has no usable name
     * (such pages are left out of the mean, as in the scorer).
     */
    public static double authorF1(List<String> predicted, String gold) {
        if (gold == null || gold.isEmpty()) {
            return Double.NaN;
        }
        Set<String> gs = nameSet(List.of(gold), true);
        if (gs.isEmpty()) {
            return Double.NaN;
        }
        Set<String> ps = nameSet(predicted, false);
        if (ps.isEmpty()) {
            return 0.0;
        }
        int tp = 0;
        for (String p : ps) {
            if (gs.contains(p)) {
                tp++;
            }
        }
        return 2.0 * tp / (ps.size() + gs.size());
    }
}
