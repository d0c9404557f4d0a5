package io.gazette.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.gazette.extract.outlet.ArticleIds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * Headings that are links to other pages of the site: the titles of a "Next in your guide",
 * "Related" or "More stories" list, which many templates mark up as h1 like the headline itself.
 * Such a heading names another article, so it is never this page's headline, even when it shares
 * words with this page's declared title (two guides of one series: "Where to Bike in Houston",
 * "Where to Kayak in Houston"). A heading counts as a teaser only when it is one of a list: another
 * heading of the same tag and class is also a whole-text link to another page of the same site. A
 * single linked heading is left alone: blog themes wrap the headline in its permalink, journals
 * link it to the full-text version of the same article, and a site's logo h1 links home; a heading
 * that links off the site is a section heading citing its source. The title step also passes over
 * a heading that links to the site's home page ({@link #linksHome}): a blog's name above the post.
 */
public final class Teasers {
    private Teasers() {
    }

    /** How many levels up a card link wrapping a heading ({@code <a><h3>..</h3></a>}) is looked for. */
    private static final int WRAPPING_LINK_LEVELS = 3;

    private static final Evaluator LINK = Selector.evaluatorOf("a[href]");

    /**
     * The teasers among {@code headings} (one kind of candidate: all h1s, or all headline-like
     * elements), as an identity set; empty when the page's own address is unknown (or {@code doc} null).
     */
    public static Set<Element> among(List<Element> headings, Document doc) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (doc == null) {
            return out;
        }
        Set<String> own = null;
        Map<String, List<Element>> byKind = null;
        for (Element h : headings) {
            if (h.selectFirst(LINK) == null && h.closest(LINK) == null) {
                continue; // most headings: no link at all
            }
            if (own == null) {
                own = ownAddresses(doc);
                if (own.isEmpty()) {
                    return out;
                }
                byKind = new HashMap<>();
            }
            if (linksElsewhereOnSite(h, own)) {
                byKind.computeIfAbsent(h.normalName() + "." + Attrs.className(h), k -> new ArrayList<>()).add(h);
            }
        }
        if (byKind != null) {
            for (List<Element> kind : byKind.values()) {
                if (kind.size() >= 2) {
                    out.addAll(kind);
                }
            }
        }
        return out;
    }

    /** The page's own addresses (its URL, canonical link, og:url) as host + path; empty when none is known. */
    static Set<String> ownAddresses(Document doc) {
        Set<String> own = new HashSet<>();
        add(own, doc.location());
        Element canonical = doc.head() == null ? null : doc.head().selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            add(own, canonical.absUrl("href"));
        }
        Element ogUrl = doc.head() == null ? null : doc.head().selectFirst("meta[property=og:url][content]");
        if (ogUrl != null) {
            add(own, ogUrl.absUrl("content"));
        }
        own.remove(null);
        return own;
    }

    /**
     * Whether the heading's whole text links to the home page of the site the page is on (and the
     * page is not that home page): a blog's name in an h1 above every post, not the post's headline.
     */
    public static boolean linksHome(Element heading, Document doc) {
        Element link = wholeTextLink(heading);
        if (link == null) {
            return false;
        }
        String target = address(link.absUrl("href"));
        if (target == null || target.indexOf('/') >= 0) {
            return false; // not a bare host: a page of the site
        }
        Set<String> own = ownAddresses(doc);
        return !own.isEmpty() && !own.contains(target) && own.stream().anyMatch(o -> o.startsWith(target + "/"));
    }

    /** The link that makes up the heading's whole text (inside it, or a card link around it), or null. */
    private static Element wholeTextLink(Element heading) {
        Element link = null;
        Element up = heading.parent();
        for (int i = 0; i < WRAPPING_LINK_LEVELS && up != null && link == null; i++, up = up.parent()) {
            if (up.normalName().equals("a") && Attrs.has(up, "href")) {
                link = up;
            }
        }
        if (link == null) {
            Element only = heading.selectFirst(LINK);
            if (only == null || !only.text().trim().equals(heading.text().trim())) {
                return null;
            }
            link = only;
        }
        String href = Attrs.get(link, "href").trim();
        return href.isEmpty() || href.startsWith("#") || href.startsWith("javascript:") ? null : link;
    }

    /** Whether the heading's whole text is one link to another page of the site the page is on. */
    static boolean linksElsewhereOnSite(Element heading, Set<String> own) {
        Element link = wholeTextLink(heading);
        if (link == null) {
            return false;
        }
        String target = address(link.absUrl("href"));
        if (target == null || own.contains(target)) {
            return false;
        }
        String host = target.substring(0, target.indexOf('/') < 0 ? target.length() : target.indexOf('/'));
        for (String o : own) {
            if (o.startsWith(host) && (o.length() == host.length() || o.charAt(host.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static void add(Set<String> own, String url) {
        own.add(address(url));
    }

    /** The URL as {@link ArticleIds#normaliseUrl} gives it (host without "www.", path, kept query); null without a host. */
    static String address(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String a = ArticleIds.normaliseUrl(url);
        return a.isEmpty() || a.startsWith("/") || !url.contains("://") ? null : a;
    }
}
