package io.gazette.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMetricsTest {

    @Test
    void tokensAreRunsOfPythonWordCharacters() {
        // expected list printed by python3: re.findall(r'\w+', ...) on the same string
        assertEquals(List.of("naïve", "café_3", "x", "y", "ह", "न", "द", "½", "Ⅻ", "２０２２"),
                TextMetrics.tokens("naïve café_3 x-y हिन्दी ½ Ⅻ ２０２２"));
        assertEquals(List.of(), TextMetrics.tokens(" ,.; "));
    }

    @Test
    void shinglesCountWithMultiplicityAndShortTextsAreOneShingle() {
        // gold has the shingle (la la la la) twice, the prediction once
        TextMetrics.PageScore s = TextMetrics.page("la la la la la", "la la la la");
        assertEquals(1, s.tp());
        assertEquals(0, s.fp());
        assertEquals(1, s.fn());
        // a 2-token text is one shingle; case is kept
        assertEquals(new TextMetrics.PageScore(0, 1, 1, false), TextMetrics.page("Hello, world!", "hello world"));
        assertEquals(new TextMetrics.PageScore(1, 0, 0, true), TextMetrics.page("Hello, world!", "Hello world"));
    }

    /**
     * Worked by hand: page 1 P 2/3 R 1; page 2 (empty prediction) R 0 and no precision; page 3
     * (empty gold) P 0 and no recall; page 4 P 1 R 1/2. Mean P = 5/9, mean R = 1/2, F1 = 10/19.
     */
    @Test
    void aggregationIsTheF1OfMeanPrecisionAndMeanRecall() {
        List<TextMetrics.PageScore> rows = List.of(
                TextMetrics.page("a b c d e", "a b c d e f"),
                TextMetrics.page("one two", ""),
                TextMetrics.page("", "x y z"),
                TextMetrics.page("la la la la la", "la la la la"));
        TextMetrics.Aggregate a = TextMetrics.aggregate(rows);
        assertEquals(5.0 / 9, a.precision(), 1e-12);
        assertEquals(0.5, a.recall(), 1e-12);
        assertEquals(10.0 / 19, a.f1(), 1e-12);
        assertEquals(1, a.emptyPredictions());
        assertEquals(0.0, a.accuracy(), 1e-12);
        assertFalse(rows.get(1).hasPrediction());
        assertTrue(rows.get(1).hasGold());
    }

    @Test
    void wordMetricIsBagOfLowerCasedWords() {
        double[] prf = TextMetrics.wordsPage("The cat sat", "the cat the dog");
        assertEquals(0.5, prf[0], 1e-12);       // 2 of 4 predicted words in gold
        assertEquals(2.0 / 3, prf[1], 1e-12);   // 2 of 3 gold words found
        assertEquals(1.0, TextMetrics.wordsPage("", "")[2]);
        assertEquals(0.0, TextMetrics.wordsPage("", "x")[2]);
    }
}
