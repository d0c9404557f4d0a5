package io.gazette.extract.meta;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Agreement between two short texts (titles), on lower-cased letter-and-digit tokens. */
final class Similarity {
    private Similarity() {
    }

    /** Token F1 of two strings, tokens counted with multiplicity. */
    static double tokenF1(String a, String b) {
        Map<String, Integer> ta = tokens(a);
        Map<String, Integer> tb = tokens(b);
        int na = 0;
        int nb = 0;
        for (int v : ta.values()) {
            na += v;
        }
        for (int v : tb.values()) {
            nb += v;
        }
        if (na == 0 || nb == 0) {
            return 0;
        }
        int ov = 0;
        for (var e : ta.entrySet()) {
            ov += Math.min(e.getValue(), tb.getOrDefault(e.getKey(), 0));
        }
        return ov == 0 ? 0 : 2.0 * ov / (na + nb);
    }

    private static Map<String, Integer> tokens(String s) {
        Map<String, Integer> out = new HashMap<>();
        if (s == null) {
            return out;
        }
        String l = s.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= l.length(); i++) {
            boolean word = i < l.length() && Character.isLetterOrDigit(l.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.merge(l.substring(start, i), 1, Integer::sum);
                start = -1;
            }
        }
        return out;
    }

    /** Lower case, punctuation and quotes as spaces, whitespace collapsed: for equality tests. */
    static String normal(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString();
    }
}
