package io.gazette.extract.text;

import io.gazette.extract.Attrs;
import io.gazette.extract.Chars;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A page linearised once into text blocks, with per-element statistics, without touching the DOM.
 *
 * <p>A block is a run of inline text between two block-level boundaries (a paragraph, a heading, a
 * list item, the text of a div before its first child block, one line of a {@code <br>}-separated
 * div). Each block knows its owner (the nearest block-level element) and, through the owner's chain
 * of {@link Box}es, every ancestor. Element statistics (text, prose and link characters of the
 * subtree) are summed in a single walk up from each block, so nothing here calls
 * {@code Element.text()} (which is linear per call and quadratic over a page).
 *
 * <p>Subtrees that can never hold article text (scripts, forms controls, hidden elements) are not
 * linearised at all; subtrees that usually hold boilerplate (nav, aside, footer, a class or id such
 * as "related" or "share") are linearised but flagged, and the flag is withdrawn when the flagged
 * element holds most of the page's prose (a layout wrapper called "has-sidebar" is not a sidebar).
 */
final class PageBlocks {

    /** One element that owns blocks or has blocks below it. */
    static final class Box {
        final Element el;
        final Box parent;
        final String tag;
        /** Tag tests asked again and again in the passes after the walk, answered once. */
        final boolean block;
        final boolean paragraph;
        final int depth;
        /** Pre-order index; a box is a descendant of this one iff its ord lies in (ord, end]. */
        final int ord;
        int end;
        /** Why the element looks like boilerplate (tag, role or class/id word), or null. */
        String flag;
        /** Items seen so far, when this is an ordered list. */
        int items;
        boolean numbered;
        /** The flag comes from a class or id word (not from the tag or role). */
        boolean classFlag;
        /** Prose blocks owned by this element's direct paragraph children (p, h*, blockquote). */
        int childProse;
        /** The flag is never withdrawn: comments can outweigh the article, so can a teaser section. */
        boolean commentFlag;
        /** The element names itself as the article body (itemprop=articleBody, "article-body", ...). */
        boolean bodyHint;
        int chars;
        int proseChars;
        int linkChars;
        int headings;
        int h1s;
        /** The first block inside the element, in document order. */
        Block firstBlock;
        int proseBlocks;
        /** Blocks that are a link of some length (a teaser title, a menu entry). */
        int linkBlocks;
        List<Box> children;
        /** Effective boilerplate verdict after the size check. */
        boolean boiler;
        double score;

        /** @param block whether the tag is one of {@link TextSelectors#BLOCK_TAGS} (the walk has asked already) */
        Box(Element el, Box parent, int ord, boolean block) {
            this.el = el;
            this.parent = parent;
            this.tag = el.normalName();
            this.block = block;
            this.paragraph = TextSelectors.PARAGRAPH_TAGS.contains(tag);
            this.depth = parent == null ? 0 : parent.depth + 1;
            this.ord = ord;
            this.end = ord;
        }

        boolean contains(Box other) {
            return other.ord > ord && other.ord <= end;
        }

        boolean containsOrIs(Box other) {
            return other == this || contains(other);
        }
    }

    /** A paragraph-like run of text. */
    static final class Block {
        final Box owner;
        final int index;
        final String text;
        final int linkChars;
        /** Link characters before the first character outside a link: a teaser starts with its title link. */
        final int leadLinkChars;
        /** Characters other than whitespace: the base of the link density. */
        final int visible;
        /** The nearest ancestor (or owner) that is boilerplate after the size check, or null. */
        Box boiler;
        double weight;

        Block(Box owner, int index, String text, int linkChars, int leadLinkChars) {
            this.owner = owner;
            this.index = index;
            this.text = text;
            this.leadLinkChars = leadLinkChars;
            this.visible = Chars.nonSpace(text);
            this.linkChars = Math.min(linkChars, visible);
        }

        int chars() {
            return text.length();
        }

        double linkDensity() {
            return visible == 0 ? 0 : (double) linkChars / visible;
        }

        String tag() {
            return owner.tag;
        }

        boolean isHeading() {
            String t = owner.tag;
            return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
        }

        /** Sentence-like text: long enough, or ends like a sentence, and not mostly link text. */
        boolean isProse() {
            int n = text.length();
            if (linkDensity() > 0.5) {
                return false;
            }
            if (n >= TextSelectors.PROSE_MIN_CHARS) {
                return true;
            }
            return n >= TextSelectors.SENTENCE_MIN_CHARS && endsLikeSentence(text);
        }
    }

    final Box root;
    final List<Box> boxes = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    int totalProse;

    private PageBlocks(Element root) {
        this.root = new Box(root, null, 0, TextSelectors.BLOCK_TAGS.contains(root.normalName()));
        boxes.add(this.root);
    }

    /** Linearises {@code root} (normally the body). */
    static PageBlocks of(Element root) {
        PageBlocks p = new PageBlocks(root);
        p.walk();
        p.sum();
        p.decideBoilerplate();
        return p;
    }

    // ------------------------------------------------------------------ walk

    private void walk() {
        final Box[] current = {root};
        final BlockText text = new BlockText();
        final int[] linkChars = {0};
        // link characters seen before any non-space character outside a link; -1 once text outside came
        final int[] leadLink = {0};
        final int[] inLink = {0};
        final Box[] owner = {root};
        root.flag = null;
        root.bodyHint = false;

        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    int visible = text.append(tn.getWholeText());
                    if (inLink[0] > 0) {
                        linkChars[0] += visible;
                        if (leadLink[0] >= 0) {
                            leadLink[0] += visible;
                        }
                    } else if (visible > 0) {
                        leadLink[0] = -1 - Math.max(leadLink[0], 0);
                    }
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element el)) {
                    return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
                }
                if (el == root.el) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (TextSelectors.SKIP_TAGS.contains(tag) || isHidden(el)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (tag.equals("br")) {
                    // a div of <br>-separated lines is paragraphs; a <br> inside a paragraph is a
                    // line wrap (text pasted from a word processor), not a paragraph break
                    if (TextSelectors.INLINE_BREAK_OWNERS.contains(owner[0].tag)) {
                        text.space();
                    } else {
                        flush(text, linkChars, leadLink, owner[0]);
                    }
                    return FilterResult.CONTINUE;
                }
                if (TextSelectors.CELL_TAGS.contains(tag)) {
                    text.space(); // cells of a row are one line of text
                }
                boolean block = TextSelectors.BLOCK_TAGS.contains(tag);
                boolean marked = !block && needsBox(el);
                if (block || marked) {
                    if (block) {
                        flush(text, linkChars, leadLink, owner[0]);
                    }
                    Box parent = current[0];
                    Box b = new Box(el, parent, boxes.size(), block);
                    classify(b);
                    boxes.add(b);
                    current[0] = b;
                    if (block) {
                        owner[0] = b;
                    }
                    if (tag.equals("li") && parent.tag.equals("ol") && parent.el == el.parent()) {
                        // the numbers of an ordered list are part of what it says (steps, rankings)
                        text.append(listNumber(parent) + ".");
                        text.space();
                    }
                }
                if (tag.equals("a")) {
                    inLink[0]++;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element el) || el == root.el) {
                    return FilterResult.CONTINUE;
                }
                String tag = el.normalName();
                if (tag.equals("a")) {
                    inLink[0]--;
                }
                Box cur = current[0];
                if (cur.el == el) {
                    if (cur.block) {
                        flush(text, linkChars, leadLink, owner[0]);
                        owner[0] = nearestBlockOwner(cur.parent);
                    }
                    cur.end = boxes.size() - 1;
                    current[0] = cur.parent;
                }
                return FilterResult.CONTINUE;
            }
        }, root.el);
        flush(text, linkChars, leadLink, owner[0]);
        root.end = boxes.size() - 1;
    }

    private static int listNumber(Box ol) {
        if (!ol.numbered) {
            ol.numbered = true;
            String start = Attrs.get(ol.el, "start");
            int first = 1;
            if (!start.isEmpty()) {
                try {
                    first = Integer.parseInt(start.trim());
                } catch (NumberFormatException ignored) {
                    first = 1;
                }
            }
            ol.items = first - 1;
        }
        return ++ol.items;
    }

    private Box nearestBlockOwner(Box b) {
        while (b != null && b != root && !b.block) {
            b = b.parent;
        }
        return b == null ? root : b;
    }

    /**
     * An inline element gets a box when it can flag or name a subtree (a span with class "share",
     * an "a" wrapping a whole teaser), so that flags on inline wrappers are not lost.
     */
    private static boolean needsBox(Element el) {
        return Attrs.has(el, "class") || Attrs.has(el, "id") || Attrs.has(el, "role") || Attrs.has(el, "itemprop");
    }

    private void flush(BlockText text, int[] linkChars, int[] leadLink, Box owner) {
        if (!text.any) {
            return;
        }
        String t = text.take();
        if (!t.isEmpty()) {
            int lead = leadLink[0] >= 0 ? leadLink[0] : -1 - leadLink[0];
            blocks.add(new Block(owner, blocks.size(), t, linkChars[0], lead));
        }
        linkChars[0] = 0;
        leadLink[0] = 0;
    }

    // ------------------------------------------------------------------ classification

    private static void classify(Box b) {
        Element el = b.el;
        String tag = b.tag;
        if (TextSelectors.BOILERPLATE_TAGS.contains(tag)) {
            b.flag = tag;
        }
        if (el.attributesSize() == 0) {
            return; // what follows reads attributes only
        }
        String role = Attrs.get(el, "role");
        if (!role.isEmpty() && TextSelectors.BOILERPLATE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            b.flag = "role=" + role;
        }
        if ("true".equalsIgnoreCase(Attrs.get(el, "aria-hidden"))) {
            b.flag = "aria-hidden";
        }
        String itemprop = Attrs.get(el, "itemprop");
        if (!itemprop.isEmpty() && TextSelectors.BODY_ITEMPROP.matcher(itemprop).matches()) {
            b.bodyHint = true;
        }
        String cls = Attrs.className(el);
        String id = Attrs.id(el);
        if (cls.isEmpty() && id.isEmpty()) {
            return;
        }
        WordsVerdict c = WordsVerdict.of(cls);
        if (b.flag == null && c.hidden()) {
            // hidden by a utility class: screen-reader labels, but also whole pages that a script
            // reveals after loading ("root hide"), so a flag that the size check can withdraw
            b.flag = "hidden-class";
        }
        WordsVerdict i = WordsVerdict.of(id);
        if (c.body() || i.body()) {
            b.bodyHint = true;
        }
        // the class's tokens come before the id's: the first flagging token of either names the flag
        WordsVerdict flagging = c.flagToken() != null ? c : i.flagToken() != null ? i : null;
        if (flagging != null && b.flag == null && !TextSelectors.NEVER_FLAGGED_TAGS.contains(tag)) {
            b.flag = flagging.flagToken();
            b.commentFlag = flagging.comment();
            b.classFlag = !b.commentFlag;
        }
    }

    /**
     * What a class or id value says, token by token: a body hint, the first token that flags the
     * element (comment or negative) and whether it names comments, a utility class that hides it.
     * Cached per value (templates repeat theirs on every page), bounded like the token cache.
     */
    record WordsVerdict(boolean body, String flagToken, boolean comment, boolean hidden) {
        private static final WordsVerdict NONE = new WordsVerdict(false, null, false, false);
        private static final java.util.concurrent.ConcurrentHashMap<String, WordsVerdict> CACHE =
                new java.util.concurrent.ConcurrentHashMap<>();

        static WordsVerdict of(String words) {
            if (words.isEmpty()) {
                return NONE;
            }
            WordsVerdict known = CACHE.get(words);
            if (known != null) {
                return known;
            }
            boolean body = false;
            String flag = null;
            boolean comment = false;
            int start = -1;
            for (int i = 0; i <= words.length(); i++) {
                boolean space = i == words.length() || Character.isWhitespace(words.charAt(i));
                if (!space && start < 0) {
                    start = i;
                } else if (space && start >= 0) {
                    String token = words.substring(start, i);
                    start = -1;
                    int v = tokenVerdict(token);
                    body |= (v & BODY) != 0;
                    if (flag == null && (v & (COMMENT | NEGATIVE)) != 0) {
                        flag = token;
                        comment = (v & COMMENT) != 0;
                    }
                }
            }
            WordsVerdict verdict = new WordsVerdict(body, flag, comment, TextSelectors.hiddenClass(words));
            if (CACHE.size() > CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(words, verdict);
            return verdict;
        }
    }

    private static final int COMMENT = 1;
    private static final int NEGATIVE = 2;
    private static final int BODY = 4;
    private static final int CACHE_LIMIT = 100_000;
    /**
     * Verdicts per class/id token. Class vocabularies repeat within a page and across a site's
     * pages, and the regexes are the costly part of the walk; the cache is bounded and shared by
     * threads (a verdict depends on the token only).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> VERDICTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static int tokenVerdict(String token) {
        Integer cached = VERDICTS.get(token);
        if (cached != null) {
            return cached;
        }
        String t = token.toLowerCase(Locale.ROOT);
        int v = 0;
        boolean state = TextSelectors.STATE_PREFIX_CAMEL.matcher(token).find();
        if (TextSelectors.BODY_CLASS.matcher(t).find()) {
            v |= BODY;
        }
        if (!state && !TextSelectors.STRONG_POSITIVE.matcher(t).matches() && !TextSelectors.STATE_PREFIX.matcher(t).find()) {
            if (TextSelectors.COMMENTS.matcher(t).find()) {
                v |= COMMENT;
            } else if (TextSelectors.NEGATIVE.matcher(t).find() || TextSelectors.NEGATIVE_INSIDE.matcher(t).find()) {
                v |= NEGATIVE;
            }
        }
        if (VERDICTS.size() > CACHE_LIMIT) {
            VERDICTS.clear();
        }
        VERDICTS.put(token, v);
        return v;
    }

    static boolean isHidden(Element el) {
        if (el.attributesSize() == 0) {
            return false; // most elements: no attribute to look up
        }
        if (Attrs.has(el, "hidden")) {
            // React's streaming renderer parks later chunks of the page in <div hidden id="S:n">
            // and moves them into place with script: that is content, not hidden text.
            return !TextSelectors.STREAMED_CHUNK_ID.matcher(Attrs.id(el)).matches();
        }
        String style = Attrs.get(el, "style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT);
            if (s.contains("display") || s.contains("visibility")) {
                String compact = s.replace(" ", "");
                if (compact.contains("display:none") || compact.contains("visibility:hidden")) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ statistics

    private void sum() {
        for (Block b : blocks) {
            int chars = b.chars();
            int prose = b.isProse() ? chars : 0;
            boolean heading = b.isHeading();
            boolean h1 = b.owner.tag.equals("h1");
            boolean link = (b.linkDensity() > TextSelectors.LINK_BLOCK_DENSITY && chars >= TextSelectors.CARD_LINK_MIN_CHARS)
                    || b.leadLinkChars >= TextSelectors.TEASER_LEAD_LINK_CHARS;
            totalProse += prose;
            for (Box x = b.owner; x != null; x = x.parent) {
                x.chars += chars;
                x.proseChars += prose;
                x.linkChars += b.linkChars;
                if (heading) {
                    x.headings++;
                }
                if (h1) {
                    x.h1s++;
                }
                if (x.firstBlock == null) {
                    x.firstBlock = b;
                }
                if (prose > 0) {
                    x.proseBlocks++;
                }
                if (link) {
                    x.linkBlocks++;
                }
            }
            if (prose > 0 && b.owner.parent != null && b.owner.paragraph) {
                b.owner.parent.childProse++;
            }
        }
        for (Box x : boxes) {
            if (x.parent != null && x.chars > 0) {
                if (x.parent.children == null) {
                    x.parent.children = new ArrayList<>();
                }
                x.parent.children.add(x);
            }
        }
    }

    /**
     * A flagged element is boilerplate unless it holds most of the page's prose: then the flag is
     * a layout word on a wrapper ("no-sidebar", "nav-open"), not a description of its content.
     */
    private void decideBoilerplate() {
        for (Box x : boxes) {
            if (x.flag == null && x.firstBlock != null && x.h1s == 0 && x != root
                    && x.firstBlock.chars() <= TextSelectors.RELATED_HEADING_MAX_CHARS
                    && TextSelectors.RELATED_HEADING.matcher(x.firstBlock.text).matches()) {
                // a section that announces other stories ("More from ...", "Related") is furniture
                // whatever its size; the headline's own container is not
                x.flag = "related-heading";
                x.commentFlag = true;
            }
            if (x.flag == null && isCardList(x)) {
                x.flag = CARD_LIST;
            }
            if (x.flag == null) {
                continue;
            }
            boolean wrapper = totalProse > 0 && x.proseChars >= TextSelectors.WRAPPER_PROSE_SHARE * totalProse;
            // prose under a cookie notice or a newsletter box is still not the article
            boolean textLike = x.classFlag && looksLikeText(x) && !TextSelectors.NEVER_TEXT.matcher(x.flag).find();
            x.boiler = x.commentFlag || !(wrapper || textLike);
        }
        for (Block b : blocks) {
            for (Box x = b.owner; x != null; x = x.parent) {
                if (x.boiler) {
                    b.boiler = x;
                    break;
                }
            }
        }
    }

    /**
     * Several paragraphs of unlinked prose: what an article looks like, whatever its class says
     * ("content-nav-section" is a text with a table of contents beside it, not a menu).
     */
    static final String CARD_LIST = "card-list";

    private static boolean looksLikeText(Box x) {
        return x.proseChars >= TextSelectors.TEXT_LIKE_MIN_CHARS && x.proseBlocks >= 3
                && x.proseChars >= 0.6 * x.chars && x.linkChars <= 0.15 * x.chars;
    }

    /**
     * A list of teasers for other pages: at least three children that each hold a link of some
     * length (the teaser's title) and at most a short summary. Recirculation modules ("More from",
     * "Top stories") look like this whatever their class names; an article does not.
     */
    private static boolean isCardList(Box x) {
        if (x.children == null || x.children.size() < TextSelectors.CARD_LIST_MIN) {
            return false;
        }
        if (x.parent != null && x.parent.childProse >= 2) {
            return false; // a list between the paragraphs of a text is part of the text
        }
        int cards = 0;
        for (Box c : x.children) {
            if (c.linkBlocks >= 1 && c.linkBlocks <= 3 && c.proseBlocks <= 2
                    && c.proseChars <= TextSelectors.CARD_MAX_PROSE_CHARS) {
                cards++;
            }
        }
        return cards >= TextSelectors.CARD_LIST_MIN && cards >= TextSelectors.CARD_LIST_SHARE * x.children.size();
    }

    // ------------------------------------------------------------------ text helpers

    /**
     * The text of the block being read, normalised as it is appended: what {@link #normalise} makes
     * of everything appended since the last {@link #take}, without a second pass and copy.
     */
    static final class BlockText {
        private final StringBuilder out;
        /** A space was seen after some text and is written only if more text follows. */
        private boolean pending;
        /** Anything was appended since the last take, spaces included. */
        boolean any;

        BlockText() {
            this(16);
        }

        BlockText(int capacity) {
            out = new StringBuilder(capacity);
        }

        /**
         * Appends {@code s} normalised; returns its count of chars that are not whitespace as
         * {@link #nonSpace} counts them (nbsp and zero-width characters count).
         */
        int append(CharSequence s) {
            int n = s.length();
            if (n > 0) {
                any = true;
            }
            int visible = 0;
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\u200b' || c == '\u00ad' || c == '\ufeff') {
                    visible++;
                    i++;
                    continue;
                }
                if (isSpace(c)) {
                    if (c >= 128 && !Character.isWhitespace(c)) {
                        visible++;
                    }
                    pending = out.length() > 0;
                    i++;
                    continue;
                }
                if (pending) {
                    out.append(' ');
                    pending = false;
                }
                // the run of kept characters up to the next space or dropped one, appended at once
                int from = i++;
                while (i < n && !isSpace(c = s.charAt(i)) && c != '\u200b' && c != '\u00ad' && c != '\ufeff') {
                    i++;
                }
                out.append(s, from, i);
                visible += i - from;
            }
            return visible;
        }

        /** Appends one space (between table cells, for a line wrap). */
        void space() {
            any = true;
            pending = out.length() > 0;
        }

        /** The block's text, normalised; empties this for the next block. */
        String take() {
            String t = out.toString();
            out.setLength(0);
            pending = false;
            any = false;
            return t;
        }
    }

    /** Collapses whitespace (including nbsp and zero-width space) to single spaces and trims. */
    static String normalise(CharSequence s) {
        BlockText t = new BlockText(s.length());
        t.append(s);
        return t.take();
    }

    /**
     * {@code Character.isWhitespace(c) || Character.isSpaceChar(c)}, without the Unicode lookups for
     * ASCII, which is most of every page (PageBlocksTest compares the two on every char).
     */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        // the Unicode spaces, listed (PageBlocksTest checks every char against Character): quotes,
        // dashes and CJK, frequent in text, pass without a lookup in Character's tables
        return c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a') || c == '\u2028'
                || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000';
    }

    static boolean endsLikeSentence(String t) {
        int i = t.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019)]\u00bb ".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = t.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '\u3002' || c == '\uff01' || c == '\uff1f'
                || c == '\u2026';
    }
}
