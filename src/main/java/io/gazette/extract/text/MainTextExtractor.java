package io.gazette.extract.text;

import io.gazette.extract.text.PageBlocks.Block;
import io.gazette.extract.text.PageBlocks.Box;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article text of an HTML page without changing the document (later steps still read
 * bylines and dates from it).
 *
 * <p>The page is linearised once into text blocks ({@link PageBlocks}). Then:
 * <ol>
 *   <li><b>container</b>: every block gets a weight (prose counts for its length; link text,
 *       short labels and flagged boilerplate count against), every element the sum of the weights
 *       below it, and the element with the highest sum is the article container. This is a
 *       maximum-sum subtree: an article split over several divs is found through their common
 *       parent as long as what lies between them weighs less than the text it adds;</li>
 *   <li><b>pruning</b>: inside the container, blocks under boilerplate (nav, share bars, related
 *       lists, captions...), runs of links, label blocks ("Advertisement") and the headline are
 *       dropped, repeats kept once;</li>
 *   <li><b>cascade</b>: when the result is clearly short of the publisher's JSON-LD
 *       {@code articleBody}, that text is used; when nothing is found, the whole body minus
 *       boilerplate.</li>
 * </ol>
 */
public final class MainTextExtractor {

    public MainText extract(Document doc, String jsonLdArticleBody) {
        return extract(doc, jsonLdArticleBody, null, Set.of());
    }

    /**
     * @param title          the headline found by the metadata step (dropped from the text), or null
     * @param templateBlocks hashes ({@link TextBlocks#hash}) of blocks known to recur across this
     *                       outlet's pages; such blocks are dropped. Empty when unknown.
     */
    public MainText extract(Document doc, String jsonLdArticleBody, String title, Set<Long> templateBlocks) {
        Element body = doc.body();
        if (body == null) {
            return MainText.NONE;
        }
        PageBlocks page = PageBlocks.of(body);
        MainText dom = fromBlocks(page, title, templateBlocks);
        String ld = jsonLdArticleBody == null ? null : jsonLdArticleBody.strip();
        if (ld != null && ld.length() > 200 && (dom.text().length() < ld.length() * 0.5
                || coverage(ld, dom.text()) < TextSelectors.JSON_LD_MIN_AGREEMENT)) {
            // the publisher's own statement of the body, when the DOM pass clearly missed it:
            // much shorter, or sharing few of its words (a wrong container)
            return withCredit(new MainText(normaliseParagraphs(ld), "json-ld"));
        }
        if (dom.isEmpty()) {
            String all = render(page, page.root, title, templateBlocks, false);
            return all.isBlank() ? MainText.NONE : withCredit(new MainText(all, "whole-body"));
        }
        return withCredit(dom);
    }

    /** Share of the distinct words of {@code reference} that occur in {@code text}. */
    static double coverage(String reference, String text) {
        java.util.Set<String> ref = wordSet(reference);
        if (ref.isEmpty()) {
            return 1;
        }
        java.util.Set<String> got = wordSet(text);
        int hit = 0;
        for (String w : ref) {
            if (got.contains(w)) {
                hit++;
            }
        }
        return (double) hit / ref.size();
    }

    private static java.util.Set<String> wordSet(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    /**
     * An agency credit closing the text ("(With inputs from Reuters)", "(With PTI inputs)") is a
     * field of its own, not a paragraph of the article.
     */
    static MainText withCredit(MainText t) {
        String text = t.text();
        int cut = text.lastIndexOf("\n\n");
        String last = cut < 0 ? text : text.substring(cut + 2);
        if (cut < 0 || last.length() > 80 || !TextSelectors.AGENCY_CREDIT.matcher(last).matches()) {
            return t;
        }
        return new MainText(text.substring(0, cut), t.method(), last);
    }

    private MainText fromBlocks(PageBlocks page, String title, Set<Long> template) {
        Box best = container(page);
        if (best == null) {
            return MainText.NONE;
        }
        Box hinted = hinted(page, best);
        if (hinted != null) {
            return new MainText(render(page, hinted, title, template, true), "dom-marked");
        }
        return new MainText(render(page, best, title, template, true), "dom");
    }

    /**
     * The element inside the chosen container that names itself the article body
     * (itemprop=articleBody, "article-body", "entry-content") when it holds nearly all of the
     * container's prose: the publisher's own boundary is tighter than the one the weights found
     * (it leaves out the teaser or the bio that happened to weigh in).
     */
    static Box hinted(PageBlocks page, Box container) {
        Box best = null;
        for (Box x : page.boxes) {
            if (x.bodyHint && container.contains(x) && !x.boiler
                    && (best == null || x.proseChars > best.proseChars)) {
                best = x;
            }
        }
        if (best == null || container.proseChars == 0) {
            return null;
        }
        return best.proseChars >= TextSelectors.BODY_HINT_SHARE * container.proseChars ? best : null;
    }

    /** The element whose subtree has the highest total block weight. */
    static Box container(PageBlocks page) {
        for (Block b : page.blocks) {
            b.weight = weight(b);
            for (Box x = b.owner; x != null; x = x.parent) {
                x.score += b.weight;
            }
        }
        Box best = null;
        for (Box x : page.boxes) {
            if (x.score <= 0) {
                continue;
            }
            if (best == null || x.score > best.score || (x.score == best.score && best.contains(x))) {
                best = x;
            }
        }
        return best;
    }

    static double weight(Block b) {
        int n = b.chars();
        if (b.boiler != null) {
            return -0.25 * n;
        }
        double ld = b.linkDensity();
        if (ld > TextSelectors.LINK_BLOCK_DENSITY) {
            return -0.5 * n;
        }
        if (b.isProse()) {
            return n * (1 - ld);
        }
        if (b.tag().equals("tr")) {
            return 0.1 * n; // a data table row: short, but not furniture; it tips a tie towards the table
        }
        return -0.3 * n;
    }

    /**
     * The text of the blocks under {@code container}, pruned.
     *
     * @param strict false for the whole-body fallback, where only flagged boilerplate is dropped
     */
    static String render(PageBlocks page, Box container, String title, Set<Long> template, boolean strict) {
        String text = renderBlocks(page, container, title, template, strict);
        if (template.isEmpty()) {
            return text;
        }
        // Template that would take most of the text is no template: the page is one of many copies of
        // one story in the dump (2,000 URLs for one article), whose paragraphs recur for that reason.
        String all = renderBlocks(page, container, title, Set.of(), strict);
        return text.length() * 2 < all.length() ? all : text;
    }

    private static String renderBlocks(PageBlocks page, Box container, String title, Set<Long> template,
                                       boolean strict) {
        List<Block> kept = new ArrayList<>();
        String titleKey = title == null ? null : key(title);
        boolean seenProse = false;
        for (Block b : page.blocks) {
            if (!container.containsOrIs(b.owner)) {
                continue;
            }
            if (b.boiler != null && container.contains(b.boiler)) {
                continue;
            }
            if ((b.chars() <= TextSelectors.JUNK_MAX_CHARS && TextSelectors.JUNK_BLOCK.matcher(b.text).matches())
                    || ((b.text.charAt(0) == '<' || b.text.charAt(0) == '[' || b.text.charAt(0) == 'L'
                    || b.text.charAt(0) == 'l')
                    && TextSelectors.MARKUP_TEXT.matcher(b.text).matches())) {
                continue;
            }
            if (!template.isEmpty() && template.contains(TextBlocks.hash(b.text))) {
                continue;
            }
            if (b.tag().equals("h1") && (!seenProse || (titleKey != null && key(b.text).equals(titleKey)))) {
                continue; // the headline is a field of its own
            }
            if (b.chars() <= 80 && TextSelectors.BYLINE_BLOCK.matcher(b.text).matches()) {
                continue; // so is the byline
            }
            if (b.chars() <= 300 && TextSelectors.TAG_LINE.matcher(b.text).matches()) {
                continue; // tags are a field of their own
            }
            if (b.linkDensity() > TextSelectors.LINK_BLOCK_DENSITY
                    && TextSelectors.LINK_LEAD_IN.matcher(b.text).find()) {
                continue;
            }
            seenProse |= b.isProse();
            kept.add(b);
        }
        // runs of link blocks are lists of other pages; a single link inside prose is kept
        List<Block> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Block b = kept.get(i);
            if (isLink(b) && ((i > 0 && isLink(kept.get(i - 1))) || (i + 1 < kept.size() && isLink(kept.get(i + 1))))) {
                continue;
            }
            out.add(b);
        }
        Set<String> seen = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (Block b : out) {
            if (b.chars() >= TextSelectors.DEDUP_MIN_CHARS && !seen.add(b.text)) {
                continue; // a standfirst repeated as first paragraph, mobile and desktop copies
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            text.append(b.text);
        }
        return text.toString();
    }

    private static boolean isLink(Block b) {
        return b.linkDensity() > TextSelectors.LINK_BLOCK_DENSITY;
    }

    private static String key(String s) {
        return PageBlocks.normalise(s).toLowerCase(Locale.ROOT);
    }

    /** JSON-LD bodies come with arbitrary whitespace; keep their paragraph breaks only. */
    static String normaliseParagraphs(String s) {
        StringBuilder out = new StringBuilder();
        for (String p : s.split("\\r?\\n")) {
            String t = PageBlocks.normalise(p);
            if (!t.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(t);
            }
        }
        return out.toString();
    }
}
