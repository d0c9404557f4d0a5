package io.gazette.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** AsciiWords: the byline tests' copy-free stand-in for toLowerCase().contains(). */
class BylineWordsTest {

    @Test
    void answersAsLowerCaseContains() {
        Random r = new Random(7);
        String alphabet = "aAbByYlLiInNeE-_/ wWrRtTuUhHoOsScC0é";
        List<AsciiWords> lists = List.of(MetaSelectors.BYLINE_CLASS_WORDS, MetaSelectors.AUTHOR_PATHS);
        int hits = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int len = r.nextInt(30);
            for (int i = 0; i < len; i++) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            if (r.nextInt(4) == 0) { // a word from the lists, in random case, somewhere
                List<String> l = lists.get(r.nextInt(2)).words();
                String w = l.get(r.nextInt(l.size()));
                StringBuilder m = new StringBuilder();
                for (char c : w.toCharArray()) {
                    m.append(r.nextBoolean() ? Character.toUpperCase(c) : c);
                }
                s.insert(r.nextInt(s.length() + 1), m);
            }
            String text = s.toString();
            for (AsciiWords words : lists) {
                boolean expected = words.words().stream().anyMatch(text.toLowerCase(Locale.ROOT)::contains);
                hits += expected ? 1 : 0;
                assertEquals(expected, words.in(text), text);
            }
        }
        assertTrue(hits > 1000, "the generated strings hit the lists: " + hits);
    }

    @Test
    void examples() {
        assertTrue(MetaSelectors.BYLINE_CLASS_WORDS.in("c-Article__ByLine"));
        assertTrue(MetaSelectors.AUTHOR_PATHS.in("https://x.com/AUTHOR/jane-doe"));
        assertFalse(MetaSelectors.AUTHOR_PATHS.in("https://x.com/authority/"));
        assertFalse(MetaSelectors.BYLINE_CLASS_WORDS.in(""));
        assertTrue(MetaSelectors.BYLINE_CLASS_WORDS.in("ATTRIBUTION"), "upper-case first letters are in the bit set");
        assertFalse(MetaSelectors.BYLINE_CLASS_WORDS.in("BYLIN"), "a word cut at the end of the string");
        assertThrows(IllegalArgumentException.class, () -> new AsciiWords(List.of("Byline")));
    }
}
