package io.gazette.extract.date;

import io.gazette.extract.Attrs;
import io.gazette.extract.Chars;
import io.gazette.extract.Teasers;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.Selector;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The visible text of a page as one string, with, for every stretch of it, where it stood: inside a
 * comment/related/sidebar container (never the article's date), inside a date-ish element (class
 * "date", "byline", "meta", ...), inside the article's own region. Built in one walk of the DOM, which
 * also notes the machine-readable date markup ({@code <time datetime>}, itemprop) at its position and
 * where the headline starts, so that dates can be judged by their distance from it.
 */
final class PageText {

    /** Flags of a text stretch or a markup element. */
    /** Inside comments, reader letters, related or recommended stories, navigation, a caption. */
    static final int EXCLUDED = 1;
    /** Inside page furniture: site header, footer, sidebar, aside, archive lists (outside the article). */
    static final int FURNITURE = 8;
    static final int ANY_EXCLUSION = EXCLUDED | FURNITURE;
    static final int DATEISH = 2;
    static final int IN_REGION = 4;

    /** A run of text from one text node: [start, end) in {@link #text}, with its flags. */
    record Segment(int start, int end, int flags, Element parent) {
    }

    /**
     * Date markup: the element, its machine value (datetime, content, title), its position in the text
     * and its flags; {@code kind} from itemprop/class/pubdate: "published", "modified" or "".
     */
    record Markup(Element element, String value, String kind, int offset, int flags) {
    }


    /** The text, built in {@link #buf} during the walk. */
    String text = "";
    private final StringBuilder buf = new StringBuilder(capacityHint());
    final List<Segment> segments = new ArrayList<>();
    final List<Markup> markup = new ArrayList<>();
    /** Where the headline starts and ends in {@link #text}; -1 when the page has none. */
    int headlineStart = -1;
    int headlineEnd = -1;
    /** The page marks an article region that holds the headline (or, without a headline, any). */
    boolean hasRegion;
    /** Length of the body's whole text, to tell layout wrappers from boxes. */
    private Element body;
    private int bodyChars = -1;

    private PageText() {
    }

    /** The body's h1 and headline-like elements, selected once per page (several titles are tried). */
    private List<Element> h1s;
    private List<Element> headlineLike;
    /** Related-story titles among those ({@link Teasers}): never the headline. */
    private Set<Element> h1Teasers;
    private Set<Element> likeTeasers;

    /* CSS queries parsed once (jsoup parses a query string on every select; Evaluators are thread-safe) */
    private static final Evaluator H1 = Selector.evaluatorOf("h1");
    private static final Evaluator HEADLINE_LIKE =
            Selector.evaluatorOf("h2, h3, [itemprop=headline], [class~=(?i)headline|title]");
    private static final Evaluator ARTICLE_REGION = Selector.evaluatorOf(DatePatterns.ARTICLE_REGION);
    private static final Evaluator SITE_NAVIGATION =
            Selector.evaluatorOf("nav, [class~=(?i)menu|navigation|navbar], [id~=(?i)menu|navigation]");

    /** Text length above which the rest of a page is not read: article dates sit near the top. */
    static final int MAX_CHARS = 300_000;

    static PageText of(Document doc, String title) {
        return of(doc, title == null ? List.of() : List.of(title));
    }

    /** @param titles what the page says its title is (metadata title, {@code <title>}), best first */
    static PageText of(Document doc, List<String> titles) {
        PageText p = new PageText();
        Element body = doc.body();
        if (body == null) {
            return p;
        }
        p.body = body;
        Element headline = null;
        for (String title : titles) {
            headline = p.headline(body, title);
            if (headline != null && (title == null || matchesTitle(headline, title))) {
                break;
            }
        }
        if (headline == null) {
            headline = p.headline(body, null);
        }
        Element region = region(body, headline);
        p.hasRegion = region != null;
        Set<Element> keep = new HashSet<>();
        for (Element a = headline; a != null; a = a.parent()) {
            keep.add(a); // whatever their classes say, the headline's containers are not boilerplate
        }
        for (Element a = region; a != null; a = a.parent()) {
            keep.add(a); // nor are the article region's ("#navigation-container" wrapping a whole page)
        }
        p.walk(body, headline, region, keep);
        p.text = p.buf.toString();
        recentChars = Math.max(p.text.length(), recentChars - (recentChars >> 3));
        return p;
    }

    /**
     * A decaying maximum of recent pages' text lengths (shared by all threads; a lost update only
     * changes a first guess): the buffer starts at about that size instead of growing by doubling,
     * which copied a page's text once more on every big page.
     */
    private static volatile int recentChars = 16 * 1024;

    private static int capacityHint() {
        return Math.min(Math.max(16 * 1024, recentChars + (recentChars >> 3)), MAX_CHARS + 16 * 1024);
    }

    /**
     * The headline: the h1 that matches the page's declared title, else another heading that does
     * (pages whose h1 is the site's logo), else the first h1 outside boilerplate.
     */
    private Element headline(Element body, String title) {
        Element first = null;
        String want = title == null ? null : norm(title);
        boolean canMatch = want != null && want.length() >= 8;
        if (h1s == null) {
            h1s = body.select(H1); // one walk for every title tried
            h1Teasers = Teasers.among(h1s, body.ownerDocument());
        }
        for (Element h : h1s) {
            if (excludedAncestor(h) || hidden(h)) {
                continue;
            }
            String t = norm(h.text());
            if (t.length() < 4 || h1Teasers.contains(h)) {
                continue;
            }
            if (first == null) {
                first = h;
            }
            if (canMatch && sameTitle(t, want) && t.length() >= 8) {
                return h;
            }
        }
        if (canMatch) {
            if (headlineLike == null) {
                headlineLike = body.select(HEADLINE_LIKE);
                likeTeasers = Teasers.among(headlineLike, body.ownerDocument());
            }
            for (Element h : headlineLike) {
                String t = norm(h.ownText().isEmpty() ? h.text() : h.ownText());
                if (t.length() >= 12 && t.length() <= 400 && sameTitle(t, want)
                        && !excludedAncestor(h) && !likeTeasers.contains(h)) {
                    return h;
                }
            }
        }
        return first;
    }

    private static boolean matchesTitle(Element h, String title) {
        String t = norm(h.text());
        String want = norm(title);
        return t.length() >= 8 && sameTitle(t, want);
    }

    /**
     * A heading is the title when one contains the other and the heading is not just a small part of
     * the title (the site's name in "Headline – Site" is not the headline).
     */
    static boolean sameTitle(String heading, String title) {
        return heading.contains(title) || (title.contains(heading) && heading.length() * 2 >= title.length());
    }

    private static Element region(Element body, Element headline) {
        if (headline != null) {
            for (Element a = headline; a != null && a != body; a = a.parent()) {
                if (a.is(ARTICLE_REGION)) {
                    return a;
                }
            }
            return null;
        }
        return body.selectFirst(ARTICLE_REGION);
    }

    private void walk(Element body, Element headline, Element region, Set<Element> keep) {
        // flags per depth, so that a node's flags are its ancestors' plus its own
        int[] flagStack = new int[512];
        int[] depthHolder = {0};
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (buf.length() > MAX_CHARS) {
                    return FilterResult.STOP;
                }
                int parentFlags = depth == 0 ? 0 : flagStack[Math.min(depth - 1, flagStack.length - 1)];
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (DatePatterns.SKIP_TAGS.contains(tag)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    int own = e == body || keep.contains(e) ? ownFlags(e, false) & ~ANY_EXCLUSION
                            : ownFlags(e, (parentFlags & IN_REGION) != 0);
                    if ((own & ANY_EXCLUSION) != 0 && !DatePatterns.EXCLUDED_TAGS_IN_REGION.contains(tag) && isWrapper(e)) {
                        own &= ~ANY_EXCLUSION;
                    }
                    int f = parentFlags | own;
                    if (e == region) {
                        f |= IN_REGION;
                    }
                    flagStack[Math.min(depth, flagStack.length - 1)] = f;
                    if (e == headline) {
                        headlineStart = buf.length();
                    }
                    if (DatePatterns.BLOCK_TAGS.contains(tag) && buf.length() > 0 && buf.charAt(buf.length() - 1) != '\n') {
                        buf.append('\n');
                    }
                    markup(e, f);
                } else if (node instanceof TextNode t) {
                    // the node's text() (whitespace runs as one space, invisible characters dropped)
                    // stripped, written straight into the buffer; nothing when it is blank
                    int mark = buf.length();
                    if (mark > 0 && !Character.isWhitespace(buf.charAt(mark - 1))) {
                        buf.append(' ');
                    }
                    int start = buf.length();
                    appendNormalised(buf, t.getWholeText());
                    int end = buf.length();
                    while (end > start && Character.isWhitespace(buf.charAt(end - 1))) {
                        end--;
                    }
                    int first = start;
                    while (first < end && Character.isWhitespace(buf.charAt(first))) {
                        first++;
                    }
                    if (first == end) {
                        buf.setLength(mark);
                    } else {
                        buf.setLength(end);
                        if (first > start) {
                            buf.delete(start, first);
                        }
                        segments.add(new Segment(start, buf.length(), parentFlags, t.parent()));
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node == headline) {
                    headlineEnd = buf.length();
                }
                if (node instanceof Element e && DatePatterns.BLOCK_TAGS.contains(e.normalName())
                        && buf.length() > 0 && buf.charAt(buf.length() - 1) != '\n') {
                    buf.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        });
        if (headlineStart >= 0 && headlineEnd < headlineStart) {
            headlineEnd = headlineStart;
        }
    }

    /**
     * What jsoup's {@code StringUtil.appendNormalisedWhitespace(out, s, true)} appends, with each run
     * of kept characters appended at once (PageTextCharsTest compares the two): its whitespace (space,
     * tab, line feed, form feed, carriage return, nbsp) collapsed to one space and none leading,
     * zero-width space and soft hyphen dropped.
     */
    static void appendNormalised(StringBuilder out, String s) {
        boolean lastWasWhite = false;
        boolean reached = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (isJsoupSpace(c)) {
                if (reached && !lastWasWhite) {
                    out.append(' ');
                    lastWasWhite = true;
                }
                i++;
            } else if (c == '\u200b' || c == '\u00ad') {
                i++;
            } else {
                int from = i++;
                while (i < n && !isJsoupSpace(c = s.charAt(i)) && c != '\u200b' && c != '\u00ad') {
                    i++;
                }
                out.append(s, from, i);
                lastWasWhite = false;
                reached = true;
            }
        }
    }

    private static boolean isJsoupSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0';
    }

    private void markup(Element e, int flags) {
        String itemprop = Attrs.get(e, "itemprop").toLowerCase(Locale.ROOT);
        String kind = null;
        String value = null;
        if (itemprop.contains("datepublished") || itemprop.contains("datecreated")) {
            kind = "published";
        } else if (itemprop.contains("datemodified")) {
            kind = "modified";
        }
        if (kind != null) {
            value = firstAttr(e, "datetime", "content", "title");
            if (value == null) {
                value = e.text();
            }
        } else if (e.normalName().equals("time") && (Attrs.has(e, "datetime") || Attrs.has(e, "pubdate"))) {
            value = Attrs.has(e, "datetime") ? Attrs.get(e, "datetime") : e.text();
            kind = kindOf(e);
        } else if (e.normalName().equals("abbr") && Attrs.has(e, "title")) {
            String k = kindOf(e);
            if (!k.isEmpty()) {
                value = Attrs.get(e, "title");
                kind = k;
            }
        }
        if (value != null && !value.isBlank()) {
            markup.add(new Markup(e, value.trim(), kind, buf.length(), flags));
        }
    }

    /** "published"/"modified" from pubdate, class and id of an element and its parent; else "". */
    static String kindOf(Element e) {
        if (Attrs.has(e, "pubdate")) {
            return "published";
        }
        String cls = (Attrs.className(e) + " " + Attrs.id(e) + " "
                + (e.parent() == null ? "" : Attrs.className(e.parent()))).toLowerCase(Locale.ROOT);
        if (cls.matches(".*(updated|modified|update|changed|edit).*")) {
            return "modified";
        }
        if (cls.matches(".*(publish|posted|pubdate|created|entry-date|post-date|article-date|date-pub).*")) {
            return "published";
        }
        return "";
    }

    private static String firstAttr(Element e, String... names) {
        for (String n : names) {
            if (e.hasAttr(n) && !e.attr(n).isBlank()) {
                return e.attr(n);
            }
        }
        return null;
    }

    static int ownFlags(Element e) {
        return ownFlags(e, false);
    }

    /**
     * Flags an element adds. Inside the article's region an aside or footer tag is the article's own
     * (its meta box, its "Posted on" line) and only comment/related containers are excluded.
     */
    static int ownFlags(Element e, boolean insideRegion) {
        int f = 0;
        String tag = e.normalName();
        boolean bare = e.attributesSize() == 0; // no class, id or itemprop to look up
        int w = bare ? 0 : wordClass(Attrs.className(e)) | wordClass(Attrs.id(e));
        if (DatePatterns.EXCLUDED_TAGS_IN_REGION.contains(tag) || (w & W_HARD) != 0) {
            f |= EXCLUDED;
        } else if (!insideRegion && ((DatePatterns.EXCLUDED_TAGS.contains(tag) && (!tag.equals("header") || isSiteHeader(e)))
                || (w & W_FURNITURE) != 0)) {
            f |= FURNITURE;
        }
        if (tag.equals("time") || (w & W_DATEISH) != 0 || (!bare && (wordClass(Attrs.get(e, "itemprop")) & W_DATEISH) != 0)) {
            f |= DATEISH;
        }
        return f;
    }

    /**
     * An element holding a large share of the page's text is a layout wrapper whatever its class
     * says ("layoutTwoColumnsRightSidebar", "zen-one-sidebar-second", "section under-menu").
     */
    private boolean isWrapper(Element e) {
        if (bodyChars < 0) {
            bodyChars = textChars(body);
        }
        return bodyChars > 0 && textChars(e) * 10L >= bodyChars * 4L;
    }

    /** Text sizes already counted (a wrapper test runs for nested elements, top down). */
    private java.util.IdentityHashMap<Element, Integer> textChars; // made by the first wrapper test

    /**
     * Non-space characters of an element's text: its share of the page without building the text.
     * Counted once per element and page: counting an element counts and keeps all its descendants.
     */
    int textChars(Element e) {
        if (textChars == null) {
            textChars = new java.util.IdentityHashMap<>(1024);
        }
        Integer known = textChars.get(e);
        if (known != null) {
            return known;
        }
        NodeTraversor.filter(new NodeFilter() {
            /* the running count of each open element, innermost last */
            private int[] open = new int[64];
            private int top = -1;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    Integer k = textChars.get(el);
                    if (k != null && top >= 0) {
                        open[top] += k;
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (++top == open.length) {
                        open = java.util.Arrays.copyOf(open, open.length * 2);
                    }
                    open[top] = 0;
                } else if (node instanceof TextNode t && top >= 0) {
                    open[top] += Chars.nonSpace(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el) {
                    int v = open[top--];
                    textChars.put(el, v);
                    if (top >= 0) {
                        open[top] += v;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return textChars.get(e);
    }

    /** A page header with the site's navigation (not an article header with its byline). */
    private static boolean isSiteHeader(Element header) {
        return header.selectFirst(SITE_NAVIGATION) != null;
    }

    /**
     * Whether a class/id names a boilerplate container. Tokens that describe the page rather than the
     * element ("has-sidebar", "category-related", "with-comments") are skipped.
     */
    static boolean excludedWords(String words) {
        return excludedWords(words, false);
    }

    /**
     * @param insideRegion true for elements inside the article's region, where only comment and
     *                     related-story containers count (see {@link DatePatterns})
     */
    static boolean excludedWords(String words, boolean insideRegion) {
        int w = wordClass(words);
        return (w & W_HARD) != 0 || (!insideRegion && (w & W_FURNITURE) != 0);
    }

    /** Comment, related-story and caption containers: excluded wherever they are. */
    static boolean hardExcludedWords(String words) {
        return (wordClass(words) & W_HARD) != 0;
    }

    /* What class/id words say about an element, as bits; cached, as templates repeat them endlessly. */
    static final int W_HARD = 1;
    static final int W_FURNITURE = 2;
    static final int W_DATEISH = 4;
    private static final java.util.concurrent.ConcurrentHashMap<String, Integer> WORD_CLASS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static int wordClass(String words) {
        if (words == null || words.isBlank()) {
            return 0;
        }
        Integer cached = WORD_CLASS.get(words);
        if (cached != null) {
            return cached;
        }
        int v = computeWordClass(words.toLowerCase(Locale.ROOT));
        if (WORD_CLASS.size() > 200_000) {
            WORD_CLASS.clear(); // unique ids on some sites; the cache is only worth it for template classes
        }
        WORD_CLASS.put(words, v);
        return v;
    }

    private static int computeWordClass(String w) {
        int v = 0;
        for (String d : DatePatterns.DATEISH_WORDS) {
            if (w.contains(d)) {
                v |= W_DATEISH;
                break;
            }
        }
        int i = 0;
        int n = w.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(w.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(w.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = w.substring(start, i);
                if (descriptive(token)) {
                    continue;
                }
                if (matches(token, DatePatterns.ALWAYS_EXCLUDED_PARTS, DatePatterns.ALWAYS_EXCLUDED_STEMS,
                        DatePatterns.ALWAYS_EXCLUDED_JOINED)) {
                    v |= W_HARD;
                }
                if (matches(token, DatePatterns.OUTSIDE_EXCLUDED_PARTS, DatePatterns.OUTSIDE_EXCLUDED_STEMS,
                        DatePatterns.OUTSIDE_EXCLUDED_JOINED)) {
                    v |= W_FURNITURE;
                }
            }
        }
        return v;
    }

    private static boolean descriptive(String token) {
        for (String prefix : DatePatterns.DESCRIPTIVE_PREFIXES) {
            if (token.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String token, Set<String> parts, List<String> stems, List<String> joinedWords) {
        int start = 0;
        int n = token.length();
        StringBuilder joined = new StringBuilder(n);
        for (int i = 0; i <= n; i++) {
            char c = i < n ? token.charAt(i) : '-';
            if (c == '-' || c == '_') {
                if (i > start) {
                    String part = token.substring(start, i);
                    if (parts.contains(part)) {
                        return true;
                    }
                    for (String stem : stems) {
                        if (part.startsWith(stem)) {
                            return true;
                        }
                    }
                }
                start = i + 1;
            } else {
                joined.append(c);
            }
        }
        for (String j : joinedWords) {
            if (joined.indexOf(j) >= 0) {
                return true;
            }
        }
        return false;
    }


    /** Screen-reader-only headings (a site repeats its title there) are not where the eye finds the date. */
    private static boolean hidden(Element h) {
        for (Element a = h; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String c = Attrs.className(a).toLowerCase(Locale.ROOT);
            if (c.contains("visuallyhidden") || c.contains("visually-hidden") || c.contains("sr-only")
                    || c.contains("screen-reader") || c.contains("element-invisible") || c.contains("offscreen")) {
                return true;
            }
        }
        return false;
    }

    /** A heading inside comments, related stories, navigation or a sidebar is not the article's headline. */
    private boolean excludedAncestor(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if ((tag.equals("nav") || tag.equals("aside") || tag.equals("footer")
                    || excludedWords(Attrs.className(a) + " " + Attrs.id(a), false)) && !isWrapper(a)) {
                return true;
            }
        }
        return false;
    }

    /** The flags at a position of the text (of the segment that holds it). */
    int flagsAt(int offset) {
        int lo = 0, hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s.flags();
            }
        }
        return lo < segments.size() ? segments.get(lo).flags() : 0;
    }

    /**
     * Distance of a position from the headline in characters: after the headline as is, before it
     * doubled (a dateline above the headline is common but less so than below); MAX_VALUE without one.
     */
    int distance(int offset) {
        if (headlineStart < 0) {
            return Integer.MAX_VALUE;
        }
        if (offset >= headlineEnd) {
            return offset - headlineEnd;
        }
        if (offset >= headlineStart) {
            return 0;
        }
        return 2 * (headlineStart - offset);
    }

    static String norm(String s) {
        return Chars.words(s);
    }
}
