package io.gazette.extract;

import io.gazette.config.GazetteOptions;
import io.gazette.extract.date.DayMonthOrder;
import io.gazette.extract.date.OutletHints;
import io.gazette.extract.text.TextBlocks;
import io.gazette.model.Article;
import io.gazette.model.InputFormat;
import io.gazette.model.RawPage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learning pass's view of a page, and what the pipeline does with what was learned. */
class OutletKnowledgeTest {
    static final String PROMO = "Follow The Harbour Gazette on WhatsApp to get the most important stories of the "
            + "day delivered to your phone every single morning.";
    static final GazetteOptions OPTIONS = GazetteOptions.load(null, Map.of("entities.enabled", "false"));

    static RawPage page(String date) {
        String html = "<html lang=en><body><article><h1>Council backs the breakwater plan</h1>"
                + "<p class=dateline>Published " + date + "</p>"
                + "<p>Councillors in Port Ellery voted nine to two on Tuesday to spend four hundred thousand pounds "
                + "on the breakwater, ending a debate that began six years ago after the winter storms.</p>"
                + "<p>" + PROMO + "</p>"
                + "<p>The chair of the harbour committee said work would start in the spring and take two years, "
                + "with the quay closed to visitors while the repairs go on.</p></article></body></html>";
        return RawPage.builder("f.jsonl", 1, InputFormat.JSONL).url("https://www.harbour-gazette-news.com/news/a")
                .fetchedAt(Instant.parse("2022-09-20T10:00:00Z")).httpStatus(200).contentType("text/html")
                .body(html.getBytes(StandardCharsets.UTF_8)).build();
    }

    @Test
    void evidenceNamesTheOutletItsBlocksAndItsDateOrder() {
        PageEvidence e = new Pipeline(OPTIONS).evidence(page("21/08/2022"));
        assertEquals("harbour-gazette-news.com", e.outlet());
        assertEquals("https://www.harbour-gazette-news.com/news/a", e.pageKey());
        long promo = TextBlocks.hash(PROMO);
        assertTrue(Arrays.stream(e.blocks()).anyMatch(h -> h == promo), "the promo paragraph is one block");
        assertEquals(Arrays.stream(e.blocks()).distinct().count(), e.blocks().length, "each block once");
        assertEquals(1, e.order().dayFirst());
        assertEquals(0, e.order().monthFirst());
        assertNull(e.zone(), "no offset stated");
    }

    @Test
    void recordsThatAreNoPageGiveNoEvidence() {
        RawPage notFound = RawPage.builder("f.jsonl", 2, InputFormat.JSONL).url("https://x.com/a").httpStatus(404)
                .contentType("text/html").body("<html>gone</html>".getBytes(StandardCharsets.UTF_8)).build();
        assertNull(new Pipeline(OPTIONS).evidence(notFound));
    }

    @Test
    void learnedTemplateAndOrderChangeTheArticle() {
        String outlet = "harbour-gazette-news.com";
        OutletKnowledge k = new OutletKnowledge(Map.of(outlet, Set.of(TextBlocks.hash(PROMO))),
                Map.of(outlet, new OutletHints(DayMonthOrder.DMY, null)));
        Article plain = assertInstanceOf(Article.class, new Pipeline(OPTIONS).process(page("08/09/2022")));
        Article learned = assertInstanceOf(Article.class, new Pipeline(OPTIONS, k).process(page("08/09/2022")));
        assertTrue(plain.text().contains("WhatsApp"));
        assertFalse(learned.text().contains("WhatsApp"), learned.text());
        assertTrue(learned.text().contains("Councillors in Port Ellery"));
        assertEquals(LocalDate.of(2022, 8, 9), plain.publishDate(), "English: month first");
        assertEquals(LocalDate.of(2022, 9, 8), learned.publishDate(), "learned: day first");
        // another outlet is not touched by this outlet's knowledge
        OutletKnowledge other = new OutletKnowledge(Map.of("elsewhere.com", Set.of(TextBlocks.hash(PROMO))), Map.of());
        assertTrue(((Article) new Pipeline(OPTIONS, other).process(page("08/09/2022"))).text().contains("WhatsApp"));
    }

    /** 2,000 URLs for one story: its paragraphs recur on many pages, and still are the article. */
    @Test
    void aStoryCopiedAcrossTheDumpKeepsItsText() {
        String outlet = "harbour-gazette-news.com";
        Article plain = assertInstanceOf(Article.class, new Pipeline(OPTIONS).process(page("21/08/2022")));
        Set<Long> everyParagraph = new java.util.HashSet<>();
        for (String p : plain.text().split("\n\n")) {
            everyParagraph.add(TextBlocks.hash(p));
        }
        OutletKnowledge k = new OutletKnowledge(Map.of(outlet, everyParagraph), Map.of());
        Article copied = assertInstanceOf(Article.class, new Pipeline(OPTIONS, k).process(page("21/08/2022")));
        assertEquals(plain.text(), copied.text());
    }

    /** conf/outlets.conf: a person's date order and selectors for an outlet win over inference. */
    @Test
    void configuredOutletOverridesApply(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path conf = tmp.resolve("outlets.conf");
        java.nio.file.Files.writeString(conf, """
                "harbour-gazette-news.com" {
                  date-order = DMY
                  drop-selectors = ["p:contains(WhatsApp)"]
                }
                """);
        GazetteOptions withConf = GazetteOptions.load(null, Map.of("entities.enabled", "false",
                "outlets.file", conf.toString()));
        Article a = assertInstanceOf(Article.class, new Pipeline(withConf).process(page("08/09/2022")));
        assertEquals(LocalDate.of(2022, 9, 8), a.publishDate(), "configured: day first");
        assertFalse(a.text().contains("WhatsApp"), a.text());
        assertTrue(a.text().contains("Councillors in Port Ellery"));
        Article other = assertInstanceOf(Article.class, new Pipeline(OPTIONS).process(page("08/09/2022")));
        assertEquals(LocalDate.of(2022, 8, 9), other.publishDate(), "without the file: English month first");
    }
}
