package io.gazette.extract.dedup;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class SimHashTest {
    public static final String WIRE = "The central bank held its main interest rate at 3.6 per cent on Tuesday, saying "
            + "inflation was easing more slowly than it had hoped and that it would wait for more evidence before "
            + "cutting. Economists had expected the decision, although a minority had forecast a cut of a quarter "
            + "point. The bank said wage growth remained strong and that services prices were still rising "
            + "faster than its target. Markets moved little after the announcement, and the currency was flat "
            + "against the dollar in afternoon trading. The governor told reporters that the board had discussed "
            + "a cut but judged that the risks of moving too early outweighed the cost of waiting another month. "
            + "She pointed to rents, insurance premiums and electricity bills, which together account for a large "
            + "share of the rise in consumer prices over the past year, and said none of them had yet turned. "
            + "Retailers have complained that high borrowing costs are keeping shoppers away, and the country's "
            + "largest chain of department stores reported falling sales for a third straight quarter last week. "
            + "Builders, too, have urged the bank to act, saying that approvals for new homes have dropped to their "
            + "lowest level in more than a decade and that thousands of jobs are at risk across the industry. "
            + "Opposition politicians said the government should share the blame for stubborn inflation, arguing "
            + "that its spending on energy rebates had added to demand at the wrong moment. The treasurer rejected "
            + "that view and said the rebates had lowered measured inflation by taking pressure off household "
            + "budgets. The bank's next meeting is in six weeks, and futures markets now price a cut by the end "
            + "of the year as more likely than not, though far from certain.";

    @Test
    void reprintWithAnExtraLineIsNear() {
        long original = SimHash.of(WIRE);
        long reprint = SimHash.of("Reporting by our correspondent. " + WIRE + " (With agency inputs)");
        assertTrue(SimHash.distance(original, reprint) <= SimHash.NEAR,
                "distance " + SimHash.distance(original, reprint));
        assertTrue(SimHash.near(original, reprint));
        // case and punctuation do not matter
        assertEquals(original, SimHash.of(WIRE.toUpperCase().replace(",", "")));
    }

    @Test
    void differentStoriesAreFar() {
        long other = SimHash.of("The city council voted on Monday to close the old harbour bridge to lorries from "
                + "next spring, after engineers warned that its steel supports had corroded faster than expected. "
                + "Residents filled the public gallery and several asked why repairs promised three years ago "
                + "had never started. The council's engineer said a full closure would be needed for at least "
                + "six months while the supports are replaced.");
        assertFalse(SimHash.near(SimHash.of(WIRE), other));
        assertTrue(SimHash.distance(SimHash.of(WIRE), other) > 10);
    }

    @Test
    void shortTextsAreNeverMatched() {
        assertEquals(0, SimHash.of("Too short to say anything."));
        assertFalse(SimHash.near(0, 0));
    }

    /**
     * The hash is stored in the table, so its words must stay what the definition says: the
     * non-empty pieces of the lower-cased text split at runs of anything but \p{L} and \p{N}.
     * Compared here with that definition written as the regex split, on texts mixing scripts,
     * numbers of every kind, combining marks, surrogate pairs and case changes that lengthen text.
     */
    @Test
    void wordsAreTheRegexDefinitionsWords() {
        String[] pieces = {"Σοφία ΟΔΟΣ", "İstanbul", "Straße", "naïve", "e\u0301te\u0301", "²³ ½", "Ⅻ chapter",
                "\uD840\uDC00\uD840\uDC01", "\uD835\uDC00bc", "٣٤٥", "東京都", "3.6%", "co-operate", "don't",
                "\u00a0", "\t\n", "—", "x\uD800y", "ǅemal", "ﬁnance", "ΆΣ."};
        Random random = new Random(7);
        for (int t = 0; t < 300; t++) {
            StringBuilder text = new StringBuilder();
            int words = 20 + random.nextInt(60);
            for (int i = 0; i < words; i++) {
                text.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)]
                        : WIRE.split(" ")[random.nextInt(40)]);
                text.append(random.nextInt(5) == 0 ? ", " : " ");
            }
            String s = text.toString();
            assertEquals(byRegex(s), SimHash.of(s), s);
        }
        assertEquals(byRegex(WIRE), SimHash.of(WIRE));
    }

    /** Long texts: the per-bit counts pass 255 (a byte) and are carried over many times. */
    @Test
    void longTextsHashAsTheDefinitionSays() {
        String[] vocabulary = WIRE.split(" ");
        Random random = new Random(13);
        for (int t = 0; t < 40; t++) {
            StringBuilder text = new StringBuilder();
            int words = 250 + random.nextInt(3000);
            // one or two words repeated now and then: the same shingles over and over, so that the
            // bits they set are counted in every shingle and a byte counter would overflow
            int distinct = t % 3 == 0 ? 1 + t % 2 : vocabulary.length;
            for (int i = 0; i < words; i++) {
                text.append(vocabulary[random.nextInt(distinct)]).append(' ');
            }
            String s = text.toString();
            assertEquals(byRegex(s), SimHash.of(s), "text of " + words + " words");
        }
    }

    /** The definition, as it was first written. */
    private static long byRegex(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                words[n++] = w;
            }
        }
        if (n < SimHash.MIN_WORDS) {
            return 0;
        }
        int[] weights = new int[64];
        for (int i = 0; i + 2 < n; i++) {
            long h = 0xcbf29ce484222325L;
            for (String w : new String[] {words[i], " ", words[i + 1], " ", words[i + 2]}) {
                for (int c = 0; c < w.length(); c++) {
                    h ^= w.charAt(c);
                    h *= 0x100000001b3L;
                }
            }
            h ^= h >>> 30;
            h *= 0xbf58476d1ce4e5b9L;
            h ^= h >>> 27;
            h *= 0x94d049bb133111ebL;
            h ^= h >>> 31;
            for (int b = 0; b < 64; b++) {
                weights[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
            }
        }
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (weights[b] > 0) {
                out |= 1L << b;
            }
        }
        return out == 0 ? 1 : out;
    }
}
