package io.gazette.extract;

/** Character classes the extraction steps test one code point at a time, without a regex. */
public final class Chars {
    private Chars() {
    }

    /**
     * {@link #isLetterOrNumber} for the 65,536 chars of the Basic Multilingual Plane, one bit each
     * (8 KB): the SimHash of a page of Cyrillic, Greek or CJK text asks it of every character, and
     * two lookups in Character's tables per character cost more than one bit test.
     */
    private static final long[] BMP = new long[1 << 10];

    static {
        for (int c = 0; c < 1 << 16; c++) {
            if (computed(c)) {
                BMP[c >>> 6] |= 1L << c;
            }
        }
    }

    /**
     * How many chars of {@code s} are not {@link Character#isWhitespace} (a non-breaking space
     * counts), without asking Character's tables for ASCII, which is most of every page.
     */
    public static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ') {
                if (c < 128 || !Character.isWhitespace(c)) {
                    n++;
                }
            } else if (c != ' ' && (c < '\t' || c > '\r') && c < '\u001c') {
                n++; // a control char that is no whitespace
            }
        }
        return n;
    }

    /** A letter or a number as the regex classes {@code \p{L}} and {@code \p{N}} define them. */
    public static boolean isLetterOrNumber(int cp) {
        if (cp < 1 << 16) {
            return (BMP[cp >>> 6] & (1L << cp)) != 0;
        }
        return computed(cp);
    }

    private static boolean computed(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The text lower-cased, each run of anything but letters and numbers turned into one space, no
     * space at either end: what {@code toLowerCase(ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim()}
     * gives, for comparing headings with titles.
     */
    public static String words(String s) {
        if (s == null) {
            return "";
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (isLetterOrNumber(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
