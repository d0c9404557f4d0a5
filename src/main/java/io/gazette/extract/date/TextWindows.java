package io.gazette.extract.date;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a page's text a date pattern can match at all, so that the pattern is tried only there.
 * A Java regex that starts with a look-behind or a case-insensitive alternation is tried at every
 * position of the text; on a 50 KB page and a dozen patterns that was most of the date step's time.
 * Every absolute date form contains a year ({@code 19xx}/{@code 20xx}) or a numeric
 * {@code d.d} group, every relative form a key word, so windows around those cover every match;
 * a form that ends or begins with its year is looked for only before each year or at it.
 *
 * <p>Windows are merged where they overlap, so they are disjoint and a match (shorter than the
 * margin) lies inside exactly one. Look-arounds see past a window (transparent bounds): a match
 * found in a window is a match of the whole text, and the matches are those of a scan of the whole
 * text.
 */
final class TextWindows {
    private TextWindows() {
    }

    /** How far a match may reach before or after the anchor it contains. */
    static final int MARGIN = 64;

    /**
     * Windows that end at each {@code 19xx}/{@code 20xx} not followed by a digit and reach {@code reach}
     * characters before it: where a form that ends with its year ("8 September 2022", "08.09.2022")
     * can match. Such a match ends at a year, so no margin after it is needed.
     */
    static List<int[]> beforeYears(CharSequence text, int reach) {
        return beforeYears(yearStarts(text), text.length(), reach);
    }

    /** As above, from the text's {@link #yearStarts} and its length. */
    static List<int[]> beforeYears(int[] yearStarts, int n, int reach) {
        List<int[]> w = new ArrayList<>();
        for (int y : yearStarts) {
            add(w, y - reach, y + 4, n);
        }
        return w;
    }

    /** Where each {@code 19xx}/{@code 20xx} not followed by a digit starts, in order. */
    static int[] yearStarts(CharSequence text) {
        int[] out = new int[16];
        int k = 0;
        int n = text.length();
        for (int i = 0; i + 3 < n; i++) {
            char c = text.charAt(i);
            if ((c == '1' || c == '2') && isDigit(text.charAt(i + 3)) && isDigit(text.charAt(i + 2))
                    && (c == '1' ? text.charAt(i + 1) == '9' : text.charAt(i + 1) == '0')
                    && (i + 4 == n || !isDigit(text.charAt(i + 4)))) {
                if (k == out.length) {
                    out = java.util.Arrays.copyOf(out, k * 2);
                }
                out[k++] = i;
                i += 3;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /**
     * Runs a pattern whose every match starts at one of {@code starts} (in order) only there, as an
     * anchored match ({@code lookingAt}; look-behinds see the text before): a form that begins with
     * its year ("2022-09-08", "2022年9月8日") is tried at each year, not at every position around
     * it. {@code hit} as in {@link #scan}; starts before where the search goes on are skipped.
     */
    static void scanAt(Pattern p, CharSequence text, int[] starts, ToIntFunction<Matcher> hit) {
        if (starts.length == 0) {
            return;
        }
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int pos = 0;
        for (int s : starts) {
            if (s < pos) {
                continue;
            }
            m.region(s, text.length());
            if (m.lookingAt()) {
                pos = Math.max(hit.applyAsInt(m), m.start() + 1);
            }
        }
    }

    /** Windows around each digit, separator ({@code ./-}), digit: where numeric dates can be. */
    static List<int[]> aroundNumericGroups(CharSequence text) {
        List<int[]> w = new ArrayList<>();
        int n = text.length();
        for (int i = 1; i + 1 < n; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '/' || c == '-') && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
                add(w, i - MARGIN / 2, i + MARGIN / 2, n);
            }
        }
        return w;
    }

    /**
     * Windows around each occurrence of a key word.
     *
     * @param lower     the text lower-cased char by char ({@link #lowerCase}), same offsets as the text
     * @param wordStart whether a key only counts after a non-letter (as the patterns' look-behinds say)
     */
    static List<int[]> aroundKeys(String lower, List<String> keys, boolean wordStart) {
        return aroundKeys(lower, 0, 0, keys, wordStart);
    }

    /**
     * As above, for {@code lower} = the text from {@code offset} on lower-cased, and keys at or after
     * {@code from} only (a character before it tells whether a letter precedes the first one).
     * Windows are in the text's offsets and end no later than the end of {@code lower}; they may
     * start before {@code from}, as a scan of the whole text would.
     */
    static List<int[]> aroundKeys(String lower, int offset, int from, List<String> keys, boolean wordStart) {
        List<int[]> w = new ArrayList<>();
        int first = from - offset;
        for (String key : keys) {
            for (int i = lower.indexOf(key, first); i >= 0; i = lower.indexOf(key, i + 1)) {
                if (!wordStart || i == 0 || !Character.isLetter(lower.charAt(i - 1))) {
                    w.add(new int[]{Math.max(0, offset + i - MARGIN),
                            Math.min(offset + lower.length(), offset + i + key.length() + MARGIN)});
                }
            }
        }
        w.sort(Comparator.comparingInt(x -> x[0]));
        return merge(w);
    }

    /**
     * Runs a pattern over the windows in order. {@code hit} handles a match and returns where the
     * search goes on from (usually {@code m.end()}; {@code m.start() + 1} to retry just after it).
     */
    static void scan(Pattern p, CharSequence text, List<int[]> windows, ToIntFunction<Matcher> hit) {
        if (windows.isEmpty()) {
            return;
        }
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        for (int[] w : windows) {
            int pos = w[0];
            while (pos < w[1]) {
                m.region(pos, w[1]);
                if (!m.find()) {
                    break;
                }
                pos = Math.max(hit.applyAsInt(m), m.start() + 1);
            }
        }
    }

    /** The text lower-cased one char at a time, so that offsets stay those of the text. */
    static String lowerCase(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** Appends a window, merging it into the last one when they overlap (callers add in order). */
    private static void add(List<int[]> w, int from, int to, int n) {
        int f = Math.max(0, from);
        int t = Math.min(n, to);
        if (!w.isEmpty() && w.get(w.size() - 1)[1] >= f) {
            w.get(w.size() - 1)[1] = Math.max(w.get(w.size() - 1)[1], t);
        } else {
            w.add(new int[]{f, t});
        }
    }

    private static List<int[]> merge(List<int[]> sorted) {
        List<int[]> out = new ArrayList<>();
        for (int[] x : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1)[1] >= x[0]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], x[1]);
            } else {
                out.add(new int[]{x[0], x[1]});
            }
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
