package io.gazette.extract.outlet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutletsTest {

    @Test
    void registrableDomainFollowsThePublicSuffixList() {
        assertEquals("indianexpress.com", Outlets.fromUrl("https://indianexpress.com/article/india/x-123/"));
        assertEquals("bbc.co.uk", Outlets.fromUrl("https://news.bbc.co.uk/2/hi/uk_news/123.stm"));
        assertEquals("abc.net.au", Outlets.fromUrl("http://www.abc.net.au/news/2020-01-01/x/123"));
        assertEquals("asahi.com", Outlets.fromUrl("https://WWW.Asahi.COM/articles/ASP1.html"));
        // a private suffix: each blog is its own outlet
        assertEquals("someone.blogspot.com", Outlets.fromUrl("https://someone.blogspot.com/2020/01/post.html"));
    }

    @Test
    void notAWebUrlHasNoOutlet() {
        assertNull(Outlets.fromUrl(null));
        assertNull(Outlets.fromUrl("file:///tmp/page.html"));
        assertNull(Outlets.fromUrl("not a url"));
        assertEquals("192.168.1.10", Outlets.fromUrl("http://192.168.1.10/news"));
    }

    @Test
    void textWithoutUrlNamesItsOutlet() {
        String text = "Some story.\n* The moderation of comments is automated and not cleared manually by "
                + "indianexpress.com.\nShare on example.invalid and www.indianexpress.com";
        assertEquals("indianexpress.com", Outlets.mentionedInText(text));
        assertNull(Outlets.mentionedInText("No domains here. Version 2.5 was released."));
    }

    @Test
    void articleIdIgnoresSchemeWwwTrackingAndParameterOrder() {
        String id = ArticleIds.forUrl("https://www.example.com/news/a-story/?b=2&a=1");
        assertEquals(id, ArticleIds.forUrl("http://example.com/news/a-story?a=1&b=2&utm_source=rss#comments"));
        assertEquals(id, ArticleIds.forUrl("https://EXAMPLE.com/news/a-story?fbclid=xyz&a=1&b=2"));
        assertNotEquals(id, ArticleIds.forUrl("https://example.com/news/another-story?a=1&b=2"));
        assertEquals(32, id.length());
    }
}
