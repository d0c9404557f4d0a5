package io.gazette.extract;

import io.gazette.config.GazetteOptions;
import io.gazette.model.Article;
import io.gazette.model.InputFormat;
import io.gazette.model.Outcome;
import io.gazette.model.RawPage;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page Gazette started from: a scraped Indian Express article as plain text. */
class SeedPageTest {
    static final Path SEED = Path.of("sample-data/text/indianexpress-2022-09-08-scraped.txt");

    static Article seedArticle() throws Exception {
        RawPage raw = RawPage.builder(SEED.toString(), 0, InputFormat.TEXT)
                .body(Files.readAllBytes(SEED)).build();
        Outcome out = new Pipeline(GazetteOptions.defaults()).process(raw);
        return assertInstanceOf(Article.class, out, () -> "rejected: " + out);
    }

    @Test
    void headlineAndDate() throws Exception {
        Article a = seedArticle();
        assertEquals("Rajnath Singh in Japan: \u2018Should expand scope of partnership in defence equipment, tech\u2019",
                a.title());
        assertEquals(LocalDate.of(2022, 9, 8), a.publishDate());
        assertEquals("indianexpress.com", a.outlet());
        assertEquals("en", a.language());
    }

    @Test
    void bodyKeepsTheArticleAndDropsTheBlocksAroundIt() throws Exception {
        String text = seedArticle().text();
        assertTrue(text.startsWith("During bilateral talks"), text);
        assertTrue(text.contains("During bilateral talks with his Japanese counterpart Yasukazu Hamada"));
        assertTrue(text.contains("Fumio Kishida visited India for the annual India-Japan summit."));
        // blocks around the article
        for (String junk : new String[]{"Subscriber Only Stories", "Premium", "Top News", "Advertisement",
                "Next Story", "Grand statue of Netaji", "moderation of comments", "(Image: Twitter"}) {
            assertFalse(text.contains(junk), () -> "kept boilerplate: " + junk);
        }
        // the standfirst is repeated as a paragraph on the page; keep it once
        String standfirst = "The Defence Minister emphasised on the need to expand the scope of partnership";
        assertEquals(text.indexOf(standfirst), text.lastIndexOf(standfirst));
        // paragraph breaks are kept: the seed's body has seven paragraphs after the standfirst and caption
        String[] paragraphs = text.split("\n\n");
        assertEquals(7, paragraphs.length, text);
        assertTrue(paragraphs[0].startsWith("During bilateral talks with his Japanese counterpart Yasukazu Hamada"));
        assertEquals("The \u20182+2\u2019 dialogue is taking place more than five months after Japanese Prime Minister "
                + "Fumio Kishida visited India for the annual India-Japan summit.", paragraphs[6]);
    }

    @Test
    void agencyCreditIsAFieldNotBodyText() throws Exception {
        Article a = seedArticle();
        assertEquals("(With PTI inputs)", a.credit());
        assertFalse(a.text().contains("PTI"), a.text());
    }
}
