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
}
