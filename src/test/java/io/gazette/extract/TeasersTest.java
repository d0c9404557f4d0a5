package io.gazette.extract;

import io.gazette.extract.meta.MetadataExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class TeasersTest {
    public static final String URL = "https://www.houstonmag.example/outdoors/best-biking-trails";

    /** A guide page whose template marks the headline and the titles of the series' other guides as h1. */
    public static final String GUIDE = "<html><head><title>Where to Bike in Houston | Houston Mag</title>"
            + "<meta property=og:title content='Our Favorite Biking Spots in Houston'>"
            + "<meta property=og:site_name content='Houston Mag'></head><body>"
            + "<header><h1 class=logo><a href=/>Houston Mag</a></h1></header>"
            + "<article><h1 class=headline>The Best Trails and Neighborhoods in Houston for Biking</h1>"
            + "<p><span>By Dan Reed</span> <span class=date>April 12, 2024</span></p>"
            + ("<p>Cycling is increasingly becoming one of the best ways to explore the city, and bike lanes have"
            + " been inching their way across town for years now.</p>").repeat(20)
            + "</article><section><h1 class=widget>Next in Your Guide</h1>"
            + "<div><h1 class=item__title><a href=/outdoors/kayak>Here's Where to Kayak and Paddle in Houston</a></h1>"
            + "<p>April 9, 2024</p></div>"
            + "<div><h1 class=item__title><a href=/outdoors/farmers-markets>The Best Farmers Markets in Houston</a></h1>"
            + "<p>April 2, 2024</p></div></section></body></html>";

    @Test
    void linkedHeadingsOfOneKindAreTeasersAndTheHeadlineIsNot() {
        Document doc = Jsoup.parse(GUIDE, URL);
        List<Element> h1s = doc.select("h1");
        Set<Element> teasers = Teasers.among(h1s, doc);
        assertEquals(List.of("Here's Where to Kayak and Paddle in Houston", "The Best Farmers Markets in Houston"),
                h1s.stream().filter(teasers::contains).map(Element::text).toList());
    }

    @Test
    void theHeadlineIsNotARelatedGuideThatSharesTheDeclaredTitlesWords() {
        Document doc = Jsoup.parse(GUIDE, URL);
        assertEquals("The Best Trails and Neighborhoods in Houston for Biking", new MetadataExtractor().extract(doc).title());
    }

    @Test
    void aSingleLinkedHeadlineAnOffSiteLinkAndAPageWithoutAddressAreNoTeasers() {
        // a blog headline wrapped in its permalink, a journal's title linked to its full text, section
        // headings that cite another site
        String html = "<h1 class=t><a href=/2024/04/post>Post</a></h1><h1 class=t><a href=/doi/full/1>Study</a></h1>"
                + "<h2><a href=https://other.example/day/7>Day 7</a></h2><h2><a href=https://other.example/day/8>Day 8</a></h2>";
        Document doc = Jsoup.parse(html, "https://blog.example/2024/04/post/");
        assertTrue(Teasers.among(doc.select("h1"), doc).isEmpty(), "self link + one other: not a list of teasers");
        assertTrue(Teasers.among(doc.select("h2"), doc).isEmpty(), "links off the site");
        Document noUrl = Jsoup.parse(GUIDE);
        assertTrue(Teasers.among(noUrl.select("h1"), noUrl).isEmpty());
        // a card link around the heading counts as well
        Document cards = Jsoup.parse("<a href=/a><h3 class=c>First story</h3></a><a href=/b><h3 class=c>Second</h3></a>", URL);
        assertEquals(2, Teasers.among(cards.select("h3"), cards).size());
        assertFalse(Teasers.linksElsewhereOnSite(cards.selectFirst("h3"), Set.of("houstonmag.example/a")));
    }

    @Test
    void aBlogsNameLinkedHomeAboveThePostIsNotItsTitle() {
        String post = "<html><head><title>Harbour Notes: Small adventures with small language models</title>"
                + "<meta property=og:title content='Small adventures with small language models'></head><body>"
                + "<header><h1><a href=https://blog.example/>Harbour Notes</a></h1></header>"
                + "<div class=post><h3 class=post-title>Small adventures with small language models</h3>"
                + "<p>I have been running small models on an old laptop to see what they can and cannot do.</p></div>"
                + "</body></html>";
        Document doc = Jsoup.parse(post, "https://blog.example/2025/12/small-adventures.html");
        assertTrue(Teasers.linksHome(doc.selectFirst("h1"), doc));
        assertEquals("Small adventures with small language models", new MetadataExtractor().extract(doc).title());
        // on the home page itself the link is to the page: the name is its title
        Document home = Jsoup.parse(post, "https://blog.example/");
        assertFalse(Teasers.linksHome(home.selectFirst("h1"), home));
    }
}
