package io.gazette.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The visible byline read line by line: a name card's role, outlet or greeting is not part of the name. */
class BylineLinesTest {

    private static List<String> authors(String body) {
        return new MetadataExtractor().extract(Jsoup.parse("<html><head><title>Bridge reopens</title></head><body>"
                + "<h1>Bridge reopens after two years</h1>" + body
                + "<p>The old bridge over the river opened again on Monday after two years of repairs.</p>"
                + "</body></html>", "https://news.example.com/2024/05/bridge")).authors();
    }

    @Test
    void theOutletUnderTheNameIsNotPartOfIt() {
        assertEquals(List.of("Joe Davidson"), authors("<div class=\"article_byline\"><div>By <span>Joe Davidson</span>"
                + "</div><div class=\"flex\"><div>Washington Post</div><time>Dec 13, 2016 at 3:45 pm</time></div></div>"));
    }

    @Test
    void aNameCardGivesTheNameNotTheRoleOrTheGreeting() {
        assertEquals(List.of("Joakim Edin"), authors("<div class=\"post_author\"><div class=\"post_author-name\">"
                + "Joakim Edin</div><div class=\"post_author-title\">Research &amp; Development</div></div>"));
        assertEquals(List.of("Jack Shepherd"), authors("<div class=\"author-card\"><div class=\"big\">Jack Shepherd"
                + "</div><div class=\"small\">Hi! I'm Jack, I write about films.</div></div>"));
    }

    @Test
    void coAuthorsInTheSameKindOfBlockAreAllKept() {
        assertEquals(List.of("Jane Doe", "John Roe"), authors("<div class=\"byline\"><div class=\"name\">Jane Doe"
                + "</div><div class=\"name\">John Roe</div><div class=\"role\">Staff Writers</div></div>"));
    }

    @Test
    void aLabelOnItsOwnLineOrEndingTheLineBeforeTheNameIsSkipped() {
        assertEquals(List.of("Ernst Lohoff"), authors("<div class=\"autor-wrapper\"><span>Disko</span> "
                + "<span>Von</span><span><div>Ernst Lohoff</div></span></div>"));
        assertEquals(List.of("Jane Doe"), authors("<div class=\"byline\"><div>Written by</div><div>Jane Doe</div></div>"));
    }

    @Test
    void articleByIsALabelToo() {
        assertEquals(List.of("Matias Heikkilä"), authors("<section><h2>Article by</h2><div class=\"lead\">Matias Heikkilä"
                + "</div><button>Share</button></section>"));
    }

    @Test
    void anAuthorCardWithABioGivesTheNameAboveTheBio() {
        String bio = " is a growth-focused marketing professional who has written about clinics, hospitals and the"
                + " software they buy for ten years, and who lives in Denver with two dogs and far too many plants.";
        assertEquals(List.of("Lauren Vetter"), authors("<div class=\"blog_author-text\"><div class=\"small\">Lauren"
                + " Vetter</div><div class=\"rich\"><p>Lauren Vetter" + bio + "</p></div></div>"));
        // a heading in another language is not the name; the post itself is no author card
        List<String> box = authors("<div class=\"author-box\"><h4>Über Steffi</h4><p>Steffi" + bio + "</p></div>");
        assertFalse(box.contains("Über Steffi"), box.toString());
        List<String> post = authors("<main><div class=\"hentry author-jane-doe\"><h1>Yellow Vests and I</h1><p>"
                + bio + bio + "</p></div></main>");
        assertFalse(post.contains("Yellow Vests"), post.toString());
    }

    @Test
    void aFollowButtonGluedToTheNameIsNotPartOfIt() {
        assertEquals(List.of("Inga Hoeltmann"), Names.clean(List.of("Inga HoeltmannFollow")));
        assertEquals(List.of("Caleb Followill"), Names.clean(List.of("Caleb Followill")));
    }

    @Test
    void aTwitterDataPairLabelledWrittenByNamesTheAuthor() {
        String head = "<html><head><title>Bridge reopens</title><meta name=\"twitter:label1\" content=\"Written by\">"
                + "<meta name=\"twitter:data1\" content=\"Nawaz Dhandala\"><meta name=\"twitter:label2\" "
                + "content=\"Est. reading time\"><meta name=\"twitter:data2\" content=\"4 minutes\"></head>";
        String body = "<body><h1>Bridge reopens</h1><p>The old bridge opened again on Monday.</p></body></html>";
        assertEquals(List.of("Nawaz Dhandala"), new MetadataExtractor().extract(Jsoup.parse(head + body)).authors());
        // a pair with another label names no author
        String other = head.replace("Written by", "Reading time");
        assertEquals(List.of(), new MetadataExtractor().extract(Jsoup.parse(other + body)).authors());
    }

    @Test
    void aHandleFirstIsTheNameAndTheTaglineUnderItIsNot() {
        assertEquals(List.of("linksc"), authors("<div class=\"author\"><a href=\"/@x\"><strong>linksc</strong></a>"
                + "<p>Creating Search Engine API</p></div>"));
    }

    @Test
    void aNameShownTwiceInARowIsOneName() {
        assertEquals(List.of("Andrea Wong"), authors("<span class=\"byline\">By Andrea Wong Andrea Wong</span>"));
    }

    @Test
    void buttonsOfAnAuthorCardAreNotNames() {
        List<String> a = authors("<div class=\"author-box\"><a href=\"/author/jg\">View Full Profile</a></div>");
        assertFalse(a.contains("View Full Profile"), a.toString());
        assertEquals(List.of(), authors("<div class=\"byline\"><div>Learn More</div><div>Friday</div></div>"));
    }
}
