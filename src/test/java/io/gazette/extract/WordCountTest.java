package io.gazette.extract;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The article's word count: runs of letters and digits, and each Han or kana character on its own. */
class WordCountTest {

    @Test
    void alphabeticWordsAreRunsOfLettersAndDigits() {
        assertEquals(0, Pipeline.wordCount(null));
        assertEquals(0, Pipeline.wordCount(" ... "));
        assertEquals(3, Pipeline.wordCount("The cat sat."));
        assertEquals(4, Pipeline.wordCount("naïve café, 2022 Straße"));
        assertEquals(3, Pipeline.wordCount("Путин встретился сегодня"));
        assertEquals(2, Pipeline.wordCount("don't")); // the apostrophe splits, as it always did
    }

    @Test
    void eachHanOrKanaCharacterIsAWord() {
        assertEquals(6, Pipeline.wordCount("東京都に行く"));
        assertEquals(4, Pipeline.wordCount("Tokyo 東京 2022"));
        assertEquals(3, Pipeline.wordCount("ソニー"));
    }

    /** The alphabet fast path skips the script lookup below FIRST_CJK; no counted script starts lower. */
    @Test
    void noHanOrKanaBelowTheFastPathsBound() {
        Set<Character.UnicodeScript> cjk = Set.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.KATAKANA);
        for (int cp = 0; cp < Pipeline.FIRST_CJK; cp++) {
            assertFalse(cjk.contains(Character.UnicodeScript.of(cp)), Integer.toHexString(cp));
        }
        assertTrue(cjk.contains(Character.UnicodeScript.of(Pipeline.FIRST_CJK)));
    }
}
