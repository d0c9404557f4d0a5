package io.gazette.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values worked from score_metadata.py's definitions (norm_title, token_f1, name_set). */
class MetadataMetricsTest {

    @Test
    void titlesMatchAfterQuotesDashesCaseAndWhitespaceAreNormalised() {
        assertTrue(MetadataMetrics.titleMatch("Rajnath \u2018Should\u2019 \u2014  expand", "rajnath 'should' - expand"));
        assertFalse(MetadataMetrics.titleMatch("Headline | Site", "Headline"));
        assertFalse(MetadataMetrics.titleMatch("", ""));
        assertEquals("strasse", MetadataMetrics.normTitle("STRAßE"));
        // "headline" matched out of 2 predicted tokens and 1 gold token: P 1/2, R 1 -> 2/3
        assertEquals(2.0 / 3, MetadataMetrics.titleF1("Headline | Site", "Headline"), 1e-12);
        assertEquals(0.0, MetadataMetrics.titleF1(null, "Headline"));
    }

    @Test
    void goldAuthorsAreSplitAndCredentialsDropped() {
        assertEquals(Set.of("dylan bailey"), MetadataMetrics.nameSet(List.of("Dylan Bailey, MS, RD, FAND"), true));
        assertEquals(Set.of("josh haskell", "david caplan", "patrick reevell"),
                MetadataMetrics.nameSet(List.of("JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL"), true));
        assertEquals(Set.of("jane doe"), MetadataMetrics.nameSet(List.of("By Jane Doe"), false));
        assertEquals(Set.of("kingbeyoncestan"), MetadataMetrics.nameSet(List.of("@KingBeyonceStan"), false));
    }

    @Test
    void authorF1IsSetF1AndPagesWithoutGoldAreLeftOut() {
        // gold {a, b}; predicted {a, c}: tp 1 -> 2*1/(2+2)
        assertEquals(0.5, MetadataMetrics.authorF1(List.of("Ann Lee", "Carl Obi"), "Ann Lee & Bo Ek"), 1e-12);
        // a predicted list is not split: "Ann Lee and Bo Ek" is one (wrong) name
        assertEquals(0.0, MetadataMetrics.authorF1(List.of("Ann Lee and Bo Ek"), "Ann Lee & Bo Ek"), 1e-12);
        assertEquals(0.0, MetadataMetrics.authorF1(List.of(), "Ann Lee"), 1e-12);
        assertTrue(Double.isNaN(MetadataMetrics.authorF1(List.of("Ann Lee"), null)));
        assertTrue(Double.isNaN(MetadataMetrics.authorF1(List.of("Ann Lee"), "PhD")));
    }
}
