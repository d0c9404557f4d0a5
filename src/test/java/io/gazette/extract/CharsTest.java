package io.gazette.extract;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written classes agree with the regex classes they replace, on every code point. */
class CharsTest {
    private static final Pattern LETTER_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");

    @Test
    void letterOrNumberIsTheRegexClass() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += cp < 0x30000 ? 1 : 97) {
            String s = new String(Character.toChars(cp));
            assertEquals(LETTER_OR_NUMBER.matcher(s).matches(), Chars.isLetterOrNumber(cp), Integer.toHexString(cp));
        }
    }

    @Test
    void wordsAreTheRegexReplacement() {
        for (String s : new String[]{"", "  ", "Hello, World!", " -- Ex-Minister's \"plan\" -- ", "İstanbul'da ΟΔΟΣ",
                "Straße 2½ ²³", "e\u0301t\u00e9", "\uD840\uDC00\uD840\uDC01 東京", "a\u00a0b\tc\nd", "...x..."}) {
            assertEquals(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim(), Chars.words(s), s);
        }
    }

    /** nonSpace says of every char alone what Character.isWhitespace says, whatever its fast path skips. */
    @Test
    void nonSpaceCountsWhatIsNotWhitespace() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.isWhitespace(ch) ? 0 : 1, Chars.nonSpace(String.valueOf(ch)),
                    () -> "U+" + Integer.toHexString(ch));
        }
        assertEquals(10, Chars.nonSpace(" a\tb\u00a0c\u2003d\u001fe\u3000 ,.!?\n"));
    }
}
