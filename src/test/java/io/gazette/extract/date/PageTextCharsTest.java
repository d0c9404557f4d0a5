package io.gazette.extract.date;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The wrapper test's text count: non-space characters, right at any nesting depth. */
class PageTextCharsTest {

    @Test
    void countsNonSpaceTextAtAnyDepth() {
        StringBuilder b = new StringBuilder("<html><body>");
        for (int i = 0; i < 300; i++) {
            b.append("<div>ab ");
        }
        b.append("<p id=deep>c d</p>");
        Document doc = Jsoup.parse(b.toString());
        PageText page = PageText.of(doc, "none");
        Element deep = doc.getElementById("deep");
        assertEquals(2, page.textChars(deep));
        assertEquals(300 * 2 + 2, page.textChars(doc.body()));
        // counted once, then read back: the same answer for an element inside
        assertEquals(2 + 2, page.textChars(deep.parent()));
    }

    /** The date text's whitespace collapse against jsoup's, on random strings of the chars that matter. */
    @Test
    void appendNormalisedAppendsWhatJsoupAppends() {
        char[] alphabet = {'a', 'Z', '1', ' ', '\t', '\n', '\r', '\f', '\u000b', '\u00a0', '\u200b', '\u00ad',
                '\u2003', '\u3000', '\ufeff', '\u00e9', '\ud83d', '\ude00', '-', '.'};
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 20_000; round++) {
            char[] s = new char[random.nextInt(12)];
            for (int i = 0; i < s.length; i++) {
                s[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String text = new String(s);
            String prefix = random.nextBoolean() ? "" : "x ";
            StringBuilder jsoup = new StringBuilder(prefix);
            org.jsoup.internal.StringUtil.appendNormalisedWhitespace(jsoup, text, true);
            StringBuilder ours = new StringBuilder(prefix);
            PageText.appendNormalised(ours, text);
            assertEquals(jsoup.toString(), ours.toString(), () -> "for " + text.chars()
                    .mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }
}
