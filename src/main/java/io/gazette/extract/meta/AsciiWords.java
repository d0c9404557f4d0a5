package io.gazette.extract.meta;

import java.util.List;

/**
 * A fixed list of lower-case ASCII words, found in a string ignoring ASCII case: what
 * {@code s.toLowerCase(Locale.ROOT).contains(word)} answers for any of them, without the copy. A
 * bit set of the words' first letters (either case) lets most characters of the string pass with one
 * test; the byline step asks this of every element's class, id and link on every page.
 */
final class AsciiWords {
    private final String[] words;
    /** Bit c set: a word starts with ASCII character c (0-63 in {@code low}, 64-127 in {@code high}), either case. */
    private final long low;
    private final long high;

    AsciiWords(List<String> list) {
        words = list.toArray(new String[0]);
        long lo = 0;
        long hi = 0;
        for (String w : words) {
            if (w.isEmpty() || !w.chars().allMatch(x -> x < 128 && !(x >= 'A' && x <= 'Z'))) {
                throw new IllegalArgumentException("not lower-case ASCII: " + w);
            }
            char c = w.charAt(0);
            for (char v : new char[]{c, c >= 'a' && c <= 'z' ? (char) (c - 0x20) : c}) {
                if (v < 64) {
                    lo |= 1L << v;
                } else {
                    hi |= 1L << (v - 64);
                }
            }
        }
        low = lo;
        high = hi;
    }

    List<String> words() {
        return List.of(words);
    }

    /** Whether {@code s} contains one of the words, ignoring ASCII case. */
    boolean in(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || ((c < 64 ? low >>> c : high >>> (c - 64)) & 1L) == 0) {
                continue; // no word starts with this character
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
            for (String w : words) {
                if (w.charAt(0) == lower && i + w.length() <= n && rest(s, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean rest(String s, int at, String word) {
        for (int j = 1; j < word.length(); j++) {
            char c = s.charAt(at + j);
            if ((c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
