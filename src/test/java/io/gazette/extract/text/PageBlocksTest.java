package io.gazette.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.gazette.extract.Chars;

import org.junit.jupiter.api.Test;

class PageBlocksTest {

    /** The ASCII fast path of isSpace must agree with Character's definition on every char. */
    @Test
    void isSpaceIsCharactersDefinitionForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(Character.isWhitespace(ch) || Character.isSpaceChar(ch), PageBlocks.isSpace(ch),
                    () -> "U+" + Integer.toHexString(ch));
        }
    }

    @Test
    void normaliseCollapsesEverySpaceKindAndDropsInvisibleMarks() {
        assertEquals("a b c d", PageBlocks.normalise("  a\u00a0\u00a0b\u2003\tc\u200b\u00ad\ufeff \u001c d \n"));
        assertEquals("ab c", PageBlocks.normalise("a\u200bb\u00ad \ufeffc"), "a mark inside a word joins it");
    }

    /** normalise appends runs at once; it must give what a char-by-char collapse gives. */
    @Test
    void normaliseIsTheCharByCharCollapse() {
        java.util.Random r = new java.util.Random(11);
        String alphabet = "ab \t\n\u00a0\u2003\u3000\u200b\u00ad\ufeff\u2019\u00e9\ud83d\ude00.";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder in = new StringBuilder();
            for (int i = r.nextInt(25); i > 0; i--) {
                in.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            StringBuilder expected = new StringBuilder();
            boolean space = false;
            for (int i = 0; i < in.length(); i++) {
                char c = in.charAt(i);
                if (c == '\u200b' || c == '\u00ad' || c == '\ufeff') {
                    continue;
                }
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = expected.length() > 0;
                } else {
                    if (space) {
                        expected.append(' ');
                    }
                    space = false;
                    expected.append(c);
                }
            }
            assertEquals(expected.toString(), PageBlocks.normalise(in), in::toString);
        }
    }

    /**
     * The walk normalises each text node as it appends it: a block's text must be what normalise
     * made of all its pieces joined, and the visible counts what nonSpace counted piece by piece.
     */
    @Test
    void blockTextIsNormaliseOfThePiecesJoined() {
        java.util.Random r = new java.util.Random(5);
        String alphabet = "ab \t\n\u00a0\u2007\u202f\u2003\u3000\u200b\u00ad\ufeff\u2019\u00e9\ud83d\ude00.1";
        PageBlocks.BlockText text = new PageBlocks.BlockText();
        int nonEmptyBlocks = 0;
        for (int block = 0; block < 5_000; block++) {
            StringBuilder joined = new StringBuilder();
            int visible = 0;
            int counted = 0;
            for (int piece = r.nextInt(5); piece > 0; piece--) {
                if (r.nextInt(6) == 0) {
                    text.space();
                    joined.append(' ');
                    continue;
                }
                StringBuilder in = new StringBuilder();
                for (int i = r.nextInt(12); i > 0; i--) {
                    in.append(alphabet.charAt(r.nextInt(alphabet.length())));
                }
                visible += Chars.nonSpace(in.toString());
                counted += text.append(in.toString());
                joined.append(in);
            }
            assertEquals(joined.length() > 0, text.any, joined::toString);
            String expected = PageBlocks.normalise(joined);
            assertEquals(expected, text.take(), joined::toString);
            assertEquals(visible, counted, joined::toString);
            nonEmptyBlocks += expected.isEmpty() ? 0 : 1;
        }
        org.junit.jupiter.api.Assertions.assertTrue(nonEmptyBlocks > 2_000, "blocks with text: " + nonEmptyBlocks);
    }
}
