package io.gazette.extract.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two pages of one (made-up) outlet's template: the blocks they share are the template. */
class TextBlocksTest {

    static String page(String headline, String... paragraphs) {
        StringBuilder p = new StringBuilder();
        for (String s : paragraphs) {
            p.append("<p>").append(s).append("</p>");
        }
        // the template: a promo box inside the article body that no class name gives away,
        // a "last updated" line whose number changes, and a footer line
        return "<html><body><div class=site>"
                + "<div class=story><h1>" + headline + "</h1>"
                + "<p>Updated 3 hours ago</p>" + p
                + "<div class=box><p>Get the Morning Digest in your inbox every day, it is free and you can "
                + "unsubscribe whenever you like, no questions asked by our friendly team.</p></div>"
                + "</div><div>The Example Times, 1 Example Street, Exampletown</div></div></body></html>";
    }

    static final String PAGE_A = page("Harbour bridge reopens after repairs",
            "The harbour bridge reopened to traffic on Monday after eight months of repairs to its steel deck, "
                    + "the city council said in a statement.",
            "Engineers replaced more than four hundred bolts and repainted the whole structure, which carries "
                    + "about twenty thousand vehicles a day between the two halves of the town.");
    static final String PAGE_B = page("Library extends its opening hours",
            "The central library will stay open until nine in the evening from next month, after a survey of "
                    + "readers asked for later hours on weekdays.",
            "The council said the longer hours would be paid for by moving two part-time posts from the mobile "
                    + "library service, which will keep its current timetable.");

    @Test
    void hashesIgnoreCaseDigitsPunctuationAndSpacing() {
        assertEquals(TextBlocks.hash("Updated 3 hours ago"), TextBlocks.hash("updated  5 hours ago!"));
        assertNotEquals(TextBlocks.hash("Updated 3 hours ago"), TextBlocks.hash("Updated 3 days ago"));
        assertEquals(0L, TextBlocks.hash(" -- "));
        // stable across runs and JVMs: FNV-1a 64 of "a" is a published constant
        assertEquals(0xaf63dc4c8601ec8cL, TextBlocks.hash("a"));
    }

    @Test
    void blocksSharedByTwoPagesOfATemplateAreDroppedFromTheText() {
        Document a = Jsoup.parse(PAGE_A);
        Document b = Jsoup.parse(PAGE_B);
        // what the Spark pass does per outlet: count on how many pages each block hash occurs
        Map<Long, Integer> pages = new HashMap<>();
        for (Document d : List.of(a, b)) {
            Set<Long> once = new HashSet<>();
            for (TextBlocks.TextBlock block : TextBlocks.of(d)) {
                once.add(block.hash());
            }
            once.forEach(h -> pages.merge(h, 1, Integer::sum));
        }
        Set<Long> template = new HashSet<>();
        pages.forEach((h, n) -> {
            if (n == 2) {
                template.add(h);
            }
        });
        assertEquals(3, template.size(), "updated line, promo box and footer");

        MainTextExtractor x = new MainTextExtractor();
        String without = x.extract(a, null, "Harbour bridge reopens after repairs", Set.of()).text();
        String with = x.extract(a, null, "Harbour bridge reopens after repairs", template).text();
        assertTrue(without.contains("Morning Digest"), "no class name tells the promo apart: " + without);
        assertFalse(with.contains("Morning Digest"), with);
        assertFalse(with.contains("Updated"), with);
        assertTrue(with.startsWith("The harbour bridge reopened"), with);
        assertTrue(with.endsWith("between the two halves of the town."), with);
        assertEquals(2, with.split("\n\n").length);
    }

    @Test
    void plainTextPagesAreLines() {
        List<TextBlocks.TextBlock> lines = TextBlocks.ofPlainText("Top News\n\n  Latest   News \r\nA line.");
        assertEquals(List.of("Top News", "Latest News", "A line."), lines.stream().map(TextBlocks.TextBlock::text).toList());
        assertEquals(TextBlocks.hash("Top News"), lines.get(0).hash());
    }
}
