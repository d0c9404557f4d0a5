package io.gazette.extract.meta;

import io.gazette.extract.Attrs;
import io.gazette.extract.Teasers;
import io.gazette.extract.text.TextSelectors;
import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the page says about itself. Each field is a cascade, filled only while still empty:
 * JSON-LD first (the most deliberate statement a publisher makes, including {@code @graph} and
 * arrays), then Open Graph and other meta tags, then microdata and what the visible page shows.
 * The headline is the exception: the visible heading that agrees best with the declared titles
 * wins, because declared titles carry the site's name or an SEO variant of the headline.
 */
public final class MetadataExtractor {
    /* CSS queries parsed once (jsoup parses a query string, regexes included, on every select) */
    private static final Evaluator META_TAGS = Selector.evaluatorOf("meta[content], meta[value]");
    private static final Evaluator CANONICAL = Selector.evaluatorOf("link[rel~=(?i)^canonical$][href]");
    private static final Evaluator HEADLINES = Selector.evaluatorOf(MetaSelectors.HEADLINE_SELECTOR);
    private static final Evaluator IMAGE_LINK = Selector.evaluatorOf("link[rel=image_src][href]");

    public PageMetadata extract(Document doc) {
        PageElements els = PageElements.of(doc);
        List<JsonNode> jsonLd = JsonLd.objects(els);
        JsonNode article = JsonLd.article(jsonLd);
        Map<String, List<String>> metaTags = metaTags(els);
        PageMetadata m = new PageMetadata(jsonLd, article, metaTags, null, null, null, null, null, List.of(),
                null, List.of(), null, null);
        String site = siteName(m);
        String htmlLang = blank(els.htmlLang());
        return new PageMetadata(jsonLd, article, metaTags,
                canonicalUrl(els, m),
                htmlLang,
                title(els, m, site),
                description(m),
                site,
                authors(doc, m, site),
                section(m),
                tags(m),
                topImage(els, m),
                language(htmlLang, m));
    }

    /** Meta tags by lower-cased key; {@code value} stands in for {@code content} (saved-page tools write it). */
    static Map<String, List<String>> metaTags(PageElements els) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Element m : els.select(els.metas, META_TAGS)) {
            String key = Attrs.has(m, "property") ? Attrs.get(m, "property")
                    : Attrs.has(m, "name") ? Attrs.get(m, "name")
                    : Attrs.has(m, "itemprop") ? Attrs.get(m, "itemprop")
                    : Attrs.get(m, "http-equiv");
            String value = (Attrs.has(m, "content") ? Attrs.get(m, "content") : Attrs.get(m, "value")).trim();
            if (!key.isBlank() && !value.isEmpty()) {
                out.computeIfAbsent(key.trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
            }
        }
        return out;
    }

    static String canonicalUrl(PageElements els, PageMetadata m) {
        for (Element link : els.select(els.links, CANONICAL)) {
            String abs = link.absUrl("href");
            if (abs.startsWith("http")) {
                return abs;
            }
        }
        String og = m.meta("og:url");
        if (og != null && og.startsWith("http")) {
            return og;
        }
        String ld = JsonLd.text(m.jsonLdArticle(), "url");
        if (ld == null && m.jsonLdArticle() != null) {
            JsonNode main = m.jsonLdArticle().get("mainEntityOfPage");
            ld = main == null ? null : main.isTextual() ? main.asText() : JsonLd.asText(main.get("@id"));
        }
        return ld != null && ld.startsWith("http") ? ld : null;
    }

    // ------------------------------------------------------------------ title

    /**
     * The headline: among the page's h1 headings (and itemprop=headline), the one that agrees best
     * (token F1) with the declared titles (JSON-LD headline, og:title, twitter:title, {@code <title>});
     * without such agreement the declared title minus the site's name; the first heading last.
     */
    static String title(PageElements els, PageMetadata m, String site) {
        Document doc = els.doc;
        List<String> declared = new ArrayList<>();
        for (String s : new String[]{JsonLd.text(m.jsonLdArticle(), "headline"), m.meta("og:title"),
                m.meta("twitter:title"), doc.title(), JsonLd.text(m.jsonLdArticle(), "name")}) {
            String c = clean(s);
            if (c != null) {
                declared.add(c);
            }
        }
        String best = null;
        double bestScore = 0;
        String firstHeading = null;
        int seen = 0;
        List<Element> headings = els.select(els.headings, HEADLINES);
        Set<Element> teasers = Teasers.among(headings, doc);
        for (Element h : headings) {
            if (++seen > MetaSelectors.MAX_HEADLINE_CANDIDATES) {
                break;
            }
            String t = clean(h.text());
            if (t == null || t.length() > 300 || isSiteName(t, site)) {
                continue;
            }
            if (teasers.contains(h)) {
                continue;
            }
            if (firstHeading == null) {
                firstHeading = t;
            }
            if (Teasers.linksHome(h, doc)) {
                continue; // the blog's name above the post; still a last resort, as the first heading
            }
            for (String d : declared) {
                double s = Similarity.tokenF1(t, d);
                if (s > bestScore) {
                    bestScore = s;
                    best = t;
                }
            }
        }
        if (best != null && bestScore >= MetaSelectors.HEADLINE_AGREEMENT) {
            return best;
        }
        for (String d : declared) {
            if (!isSiteName(d, site)) {
                return stripSiteName(d, site);
            }
        }
        return firstHeading;
    }

    private static boolean isSiteName(String t, String site) {
        return site != null && Similarity.normal(t).equals(Similarity.normal(site));
    }

    /** "Headline | Site" -> "Headline": drop segments naming the site, else keep the longest segment. */
    static String stripSiteName(String title, String site) {
        String[] parts = MetaSelectors.TITLE_SEPARATORS.split(title);
        if (parts.length < 2) {
            return title;
        }
        String siteKey = site == null ? null : Similarity.normal(site);
        String best = null;
        for (String p : parts) {
            String key = Similarity.normal(p);
            if (siteKey != null && (key.equals(siteKey) || siteKey.contains(key) && key.length() > 3)) {
                continue;
            }
            if (best == null || p.length() > best.length()) {
                best = p;
            }
        }
        return best == null ? title : best.trim();
    }

    // ------------------------------------------------------------------ simple fields

    static String description(PageMetadata m) {
        String d = m.firstMeta(MetaSelectors.DESCRIPTION_META);
        if (d == null) {
            d = JsonLd.text(m.jsonLdArticle(), "description");
        }
        return clean(d);
    }

    static String siteName(PageMetadata m) {
        String s = m.meta("og:site_name");
        if (s == null && m.jsonLdArticle() != null) {
            s = JsonLd.text(m.jsonLdArticle(), "publisher");
        }
        if (s == null) {
            for (JsonNode o : m.jsonLd()) {
                if (JsonLd.hasType(o, Set.of("website"))) {
                    s = JsonLd.text(o, "name");
                    break;
                }
            }
        }
        if (s == null) {
            s = m.firstMeta(MetaSelectors.SITE_NAME_META);
        }
        s = clean(s);
        return s == null || s.startsWith("@") || s.startsWith("http") ? null : s;
    }

    static String section(PageMetadata m) {
        String s = JsonLd.text(m.jsonLdArticle(), "articleSection");
        if (s == null) {
            s = m.firstMeta(MetaSelectors.SECTION_META);
        }
        s = clean(s);
        return s == null || s.length() > 80 ? null : s;
    }

    static List<String> tags(PageMetadata m) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        JsonNode kw = m.jsonLdArticle() == null ? null : m.jsonLdArticle().get("keywords");
        if (kw != null && kw.isArray()) {
            kw.forEach(k -> raw.add(k.asText()));
        } else if (kw != null && kw.isTextual()) {
            raw.add(kw.asText());
        }
        if (raw.isEmpty()) {
            for (String key : MetaSelectors.TAG_META) {
                List<String> v = m.metaTags().get(key);
                if (v != null) {
                    raw.addAll(v);
                    break;
                }
            }
        }
        for (String r : raw) {
            for (String t : r.split(r.contains(",") || !r.contains(";") ? "," : ";")) {
                String c = clean(t);
                if (c != null && c.length() <= MetaSelectors.MAX_TAG_CHARS && seen.add(c.toLowerCase(Locale.ROOT))) {
                    out.add(c);
                    if (out.size() >= MetaSelectors.MAX_TAGS) {
                        return out;
                    }
                }
            }
        }
        return out;
    }

    static String topImage(PageElements els, PageMetadata m) {
        Document doc = els.doc;
        String s = m.firstMeta(MetaSelectors.IMAGE_META);
        if (s == null && m.jsonLdArticle() != null) {
            JsonNode img = m.jsonLdArticle().get("image");
            if (img != null && img.isArray() && img.size() > 0) {
                img = img.get(0);
            }
            if (img != null) {
                s = img.isTextual() ? img.asText() : JsonLd.asText(img.get("url"));
            }
        }
        if (s == null) {
            Element link = els.selectFirst(els.links, IMAGE_LINK);
            s = link == null ? null : Attrs.get(link, "href");
        }
        if (s == null || s.isBlank()) {
            return null;
        }
        s = s.trim();
        if (s.startsWith("//")) {
            return "https:" + s;
        }
        if (!s.startsWith("http") && !doc.location().isEmpty()) {
            try {
                return java.net.URI.create(doc.location()).resolve(s).toString();
            } catch (IllegalArgumentException bad) {
                return null;
            }
        }
        return s.startsWith("http") ? s : null;
    }

    /** @param htmlLang the html element's lang, null when it has none */
    static String language(String htmlLang, PageMetadata m) {
        String s = htmlLang;
        if (s == null) {
            s = m.firstMeta(MetaSelectors.LANGUAGE_META);
        }
        if (s == null) {
            s = JsonLd.text(m.jsonLdArticle(), "inLanguage");
        }
        return s;
    }

    // ------------------------------------------------------------------ authors

    /**
     * Person names. JSON-LD authors typed or looking like persons come first (the most deliberate
     * statement); then the author meta tags, unless the visible byline names other persons (meta
     * author tags often hold the publisher, "Condé Nast"); then the visible byline. A source that
     * only yields an organisation or a user handle is the last resort, in the same order.
     */
    static List<String> authors(Document doc, PageMetadata m, String site) {
        Map<String, JsonNode> byId = JsonLd.byId(m.jsonLd());
        List<String> ldPersons = new ArrayList<>();
        List<String> ldOrgs = new ArrayList<>();
        String publisher = JsonLd.text(m.jsonLdArticle(), "publisher");
        for (JsonLd.Agent a : JsonLd.agents(m.jsonLdArticle(), "author", byId)) {
            // an untyped author that is the publisher or the site is the organisation, not a person
            boolean org = a.organization() || sameName(a.name(), publisher) || sameName(a.name(), site);
            (org ? ldOrgs : ldPersons).add(a.name());
        }
        List<String> ld = Names.clean(ldPersons);
        if (Names.anyPersonLike(ld)) {
            return ld;
        }
        List<String> meta = List.of();
        for (String key : MetaSelectors.AUTHOR_META) {
            List<String> v = m.metaTags().get(key);
            if (v != null) {
                meta = Names.clean(v);
                if (!meta.isEmpty()) {
                    break;
                }
            }
        }
        if (meta.isEmpty()) {
            meta = labelledTwitterData(m);
        }
        Byline visible = visibleByline(doc);
        if (Names.anyPersonLike(meta)) {
            boolean corroborated = false;
            for (String n : meta) {
                corroborated |= visible.seen().contains(n.toLowerCase(Locale.ROOT));
            }
            return !corroborated && Names.anyPersonLike(visible.names()) ? visible.names() : meta;
        }
        if (Names.anyPersonLike(visible.names())) {
            return visible.names();
        }
        for (List<String> weak : List.of(ld, meta, visible.names(), Names.clean(ldOrgs))) {
            if (!weak.isEmpty()) {
                return weak;
            }
        }
        return List.of();
    }

    /**
     * The author SEO plugins state in Twitter's label/data pairs ({@code twitter:label1} "Written
     * by", {@code twitter:data1} "Jane Doe"; Yoast writes them on millions of WordPress sites), when
     * no author meta tag names one.
     */
    static List<String> labelledTwitterData(PageMetadata m) {
        for (int i = 1; i <= 4; i++) {
            List<String> label = m.metaTags().get("twitter:label" + i);
            List<String> data = m.metaTags().get("twitter:data" + i);
            if (label != null && data != null && !label.isEmpty()
                    && MetaSelectors.BYLINE_LABEL.matcher(label.get(0)).matches()) {
                return Names.clean(data);
            }
        }
        return List.of();
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && Similarity.normal(a).equals(Similarity.normal(b));
    }

    /**
     * @param names the first person-like byline found (or the first usable one)
     * @param seen  every name any byline element shows, lower-cased, to corroborate other sources
     */
    private record Byline(List<String> names, Set<String> seen) {
    }

    /**
     * The visible byline. One walk over the body sorts candidate elements into tiers: schema.org
     * microdata and rel=author; links to author pages; class/id words; text that starts like a
     * byline ("By Jane Doe", "Written by" + the next element). The first tier with a person-like
     * name wins, and within it the first element in document order plus its sibling co-authors.
     */
    private static Byline visibleByline(Document doc) {
        Element body = doc.body();
        Set<String> seen = new LinkedHashSet<>();
        if (body == null) {
            return new Byline(List.of(), seen);
        }
        List<List<Element>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Element e : body.getAllElements()) {
            int tier = bylineTier(e);
            if (tier >= 0 && tiers.get(tier).size() < MetaSelectors.MAX_BYLINE_CANDIDATES) {
                tiers.get(tier).add(e);
            }
        }
        List<String> fallback = List.of();
        for (int tier = 0; tier < tiers.size(); tier++) {
            List<String> first = null;
            Element firstEl = null;
            for (Element e : tiers.get(tier)) {
                if (isForeign(e)) {
                    continue;
                }
                String t = spacedText(e);
                Element within = e;
                if (tier == 3 && MetaSelectors.BYLINE_LABEL.matcher(t).matches()) {
                    // the label alone: the name follows it in the parent, or in the next element
                    Element next = e.nextElementSibling();
                    String parent = e.parent() == null ? "" : spacedText(e.parent());
                    within = parent.length() <= MetaSelectors.MAX_BYLINE_CHARS ? e.parent() : null;
                    t = within != null ? parent : next == null ? "" : t + " " + spacedText(next);
                }
                if (t.isEmpty()) {
                    continue;
                }
                List<String> names;
                if (t.length() <= MetaSelectors.MAX_BYLINE_CHARS) {
                    names = within == null ? Names.clean(List.of(t)) : namesIn(within, t);
                } else if (first == null && tier <= 2 && within != null && t.length() <= MAX_AUTHOR_CARD_CHARS
                        && isCard(within)) {
                    // an author card with a bio: the name on its own line before it
                    names = nameAbove(within);
                    if (names.isEmpty()) {
                        continue;
                    }
                } else {
                    continue;
                }
                for (String n : names) {
                    seen.add(n.toLowerCase(Locale.ROOT));
                }
                if (first == null && Names.anyPersonLike(names)) {
                    first = new ArrayList<>(names);
                    firstEl = e;
                } else if (first != null && e.parent() != null && firstEl.parent() != null
                        && (e.parent() == firstEl.parent() || e.parent().parent() == firstEl.parent().parent())
                        && Names.anyPersonLike(names) && first.size() < MetaSelectors.MAX_AUTHORS) {
                    // co-authors are listed in sibling elements ("<a>Julia Carrie Wong</a> and <a>Sam Levin</a>")
                    for (String n : names) {
                        if (!first.contains(n)) {
                            first.add(n);
                        }
                    }
                } else if (fallback.isEmpty() && !names.isEmpty() && tier < 3) {
                    fallback = names; // plain "By ..." text is too loose to trust without a person-like name
                }
            }
            if (first != null) {
                return new Byline(first, seen);
            }
        }
        return new Byline(fallback, seen);
    }

    /**
     * The names a byline element shows. Its text is read line by line, a line being what one
     * block-level element holds: a name card puts the name and the role, the outlet or a greeting
     * in separate blocks ({@code <div>Joe Davidson</div><div>Washington Post</div>}, "Jack
     * Shepherd" then "Hi! I'm Jack"), which joined would read as one long name. The first line with
     * a name is the byline (a line that is or ends with a label, "Written by", "作者：", "Disko Von",
     * is skipped); when that name is person-like, later lines
     * are co-authors only when they sit in the same kind of block as that line (same parent, tag and
     * class), as a list of author names does; the role, outlet or tagline under a name is another
     * kind. An element without blocks inside is one line.
     */
    static List<String> namesIn(Element e, String text) {
        List<Line> lines = lines(e);
        if (lines.size() <= 1) {
            return Names.clean(List.of(text));
        }
        List<String> out = null;
        Element kind = null;
        for (Line l : lines) {
            String t = l.text();
            if (out != null) {
                // after the name: only a line in the same kind of block can be a co-author
                if (l.block() != kind && sameKind(l.block(), kind)) {
                    List<String> names = Names.clean(List.of(t));
                    if (Names.anyPersonLike(names)) {
                        for (String n : names) {
                            if (!out.contains(n) && out.size() < MetaSelectors.MAX_AUTHORS) {
                                out.add(n);
                            }
                        }
                    }
                }
                continue;
            }
            if (isLabelLine(t)) {
                continue;
            }
            List<String> names = Names.clean(List.of(t));
            if (names.isEmpty()) {
                continue;
            }
            if (!Names.anyPersonLike(names)) {
                return names; // the first name is a handle or an organisation: no line after it is better
            }
            out = new ArrayList<>(names);
            kind = l.block();
        }
        // no line names anybody: the element's text as one, as before
        return out != null ? out : Names.clean(List.of(text));
    }

    /** Text of an author card with its bio, at most; a longer element is a post, not a card. */
    static final int MAX_AUTHOR_CARD_CHARS = 1500;

    /** Not the post itself ({@code <article class="hentry author-jane">}): no article, main or body, no h1 inside. */
    private static boolean isCard(Element e) {
        String n = e.normalName();
        return !n.equals("article") && !n.equals("main") && !n.equals("body") && e.selectFirst(H1) == null;
    }

    /**
     * The person-like name an author card shows on a line of its own above a longer text (a bio),
     * or nothing: the first line that names anybody must be short and name a person.
     */
    static List<String> nameAbove(Element e) {
        for (Line l : lines(e)) {
            String t = l.text();
            if (isLabelLine(t)) {
                continue;
            }
            List<String> names = Names.clean(List.of(t));
            if (names.isEmpty()) {
                continue;
            }
            return t.length() <= MetaSelectors.MAX_NAME_CHARS && Names.anyPersonLike(names) ? names : List.of();
        }
        return List.of();
    }

    /**
     * A line that only introduces the name on the next one: a label alone ("Written by", "作者："),
     * or ending a kicker or a section name ("Disko Von" + "Ernst Lohoff").
     */
    private static boolean isLabelLine(String t) {
        return MetaSelectors.BYLINE_LABEL.matcher(t).matches()
                || (t.length() <= 20 && (t.endsWith(":") || t.endsWith("\uff1a")))
                || LABEL_AT_END.matcher(t).matches();
    }

    /** A line that ends with a byline label: what stands before it is a kicker or a section name. */
    private static final java.util.regex.Pattern LABEL_AT_END = java.util.regex.Pattern.compile(
            "(?i).*\\s(by|von|par|por|door|av)\\s*:?");

    private record Line(String text, Element block) {
    }

    /** What ends a line of a byline: the main-text step's block elements, and line breaks and table cells. */
    private static boolean endsLine(String tag) {
        return TextSelectors.BLOCK_TAGS.contains(tag) || TextSelectors.CELL_TAGS.contains(tag) || tag.equals("br");
    }

    /** The element's text cut at block-level elements, each line with the block it is in. */
    private static List<Line> lines(Element root) {
        List<Line> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        java.util.ArrayDeque<Element> blocks = new java.util.ArrayDeque<>();
        Element[] owner = new Element[1];
        Runnable flush = () -> {
            String t = SPACE_RUNS.matcher(b.toString().replace('\u00a0', ' ')).replaceAll(" ").trim();
            if (!t.isEmpty()) {
                out.add(new Line(t, owner[0]));
            }
            b.setLength(0);
            owner[0] = null;
        };
        blocks.push(root);
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    if (owner[0] == null && !tn.isBlank()) {
                        owner[0] = blocks.peek();
                    }
                    b.append(tn.getWholeText());
                } else if (node instanceof Element el && node != root) {
                    if (endsLine(el.normalName())) {
                        flush.run();
                        blocks.push(el);
                    } else if (!INLINE_JOINED.contains(el.normalName())) {
                        b.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element el && node != root && endsLine(el.normalName())) {
                    flush.run();
                    blocks.pop();
                }
            }
        });
        flush.run();
        return out;
    }

    private static final java.util.regex.Pattern SPACE_RUNS = java.util.regex.Pattern.compile("\\s+");
    private static final Evaluator H1 = Selector.evaluatorOf("h1");

    /** Inline elements whose text joins its neighbours' without a space (a link, bold or italic words). */
    private static final Set<String> INLINE_JOINED = Set.of("a", "b", "strong", "em", "i");

    private static boolean sameKind(Element a, Element b) {
        return a != null && b != null && a.parent() == b.parent() && a.normalName().equals(b.normalName())
                && Attrs.className(a).equals(Attrs.className(b));
    }

    /** Which byline tier an element belongs to, or -1; cheap string tests before any regex. */
    private static int bylineTier(Element e) {
        // most elements have no attribute at all: only their text can make them a byline
        if (e.attributesSize() > 0) {
            int tier = attributeTier(e);
            if (tier >= 0) {
                return tier;
            }
        }
        return textTier(e);
    }

    /** The byline tier an element's attributes put it in (microdata, rel, author link, class words), or -1. */
    private static int attributeTier(Element e) {
        String itemprop = Attrs.get(e, "itemprop");
        if (itemprop.equalsIgnoreCase("author") || itemprop.equalsIgnoreCase("creator")) {
            return 0;
        }
        String rel = Attrs.get(e, "rel");
        if (!rel.isEmpty() && rel.toLowerCase(Locale.ROOT).contains("author")) {
            return 0;
        }
        if (e.normalName().equals("a")) {
            String href = Attrs.get(e, "href");
            if (MetaSelectors.AUTHOR_PATHS.in(href)) {
                return 1;
            }
        }
        String cls = Attrs.className(e);
        String id = Attrs.id(e);
        String testid = Attrs.get(e, "data-testid");
        // the cheap word test first, without building the joined string most elements never need
        if (MetaSelectors.BYLINE_CLASS_WORDS.in(cls) || MetaSelectors.BYLINE_CLASS_WORDS.in(id)
                || MetaSelectors.BYLINE_CLASS_WORDS.in(testid)) {
            String attrs = (cls + " " + id + " " + testid).toLowerCase(Locale.ROOT);
            if (MetaSelectors.BYLINE_CLASS.matcher(attrs).find()) {
                return 2;
            }
        }
        return -1;
    }

    /** Tier 3, text that starts like a byline ("By Jane Doe", "Written by"), or -1. */
    private static int textTier(Element e) {
        for (int k = 0; k < e.childNodeSize(); k++) { // childNodes() would copy the list
            if (!(e.childNode(k) instanceof TextNode tn)) {
                continue;
            }
            // the text after its leading space, read in place (no stripped copy of every paragraph)
            String t = tn.getWholeText();
            int at = 0;
            while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
                at++;
            }
            if (at == t.length()) {
                continue;
            }
            if (t.length() - at >= 2 && MetaSelectors.BYLINE_TEXT_START.contains(Character.toLowerCase(t.charAt(at)))
                    && MetaSelectors.BYLINE_TEXT.matcher(t).region(at, t.length()).lookingAt()) {
                return 3;
            }
            break;
        }
        return -1;
    }

    /**
     * A byline inside a teaser, a comment, a menu or a related list belongs to another page or
     * person. The climb stops at the page's article or main element (whose own class still counts:
     * a teaser can be an article element) and never reads body or html, whose classes describe the
     * layout ("content-sidebar").
     */
    static boolean isForeign(Element e) {
        int depth = 0;
        for (Element p = e; p != null && depth < 12; p = p.parent(), depth++) {
            String tag = p.normalName();
            if (tag.equals("body") || tag.equals("html")) {
                return false;
            }
            String attrs = Attrs.className(p) + " " + Attrs.id(p);
            if (attrs.length() > 1 && MetaSelectors.FOREIGN_BYLINE_CONTEXT.matcher(attrs).find()) {
                return true;
            }
            if (tag.equals("article") || tag.equals("main")) {
                return false;
            }
        }
        return false;
    }

    /** The text of an element with a space between elements ("Howard Blume" + "Staff Writer" stay apart). */
    static String spacedText(Element e) {
        StringBuilder b = new StringBuilder();
        e.traverse((NodeVisitor) (Node node, int depth) -> {
            if (node instanceof TextNode tn) {
                b.append(tn.getWholeText());
            } else if (node instanceof Element el && !INLINE_JOINED.contains(el.normalName())) {
                b.append(' ');
            }
        });
        return b.toString().replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    // ------------------------------------------------------------------ text helpers

    /**
     * Whitespace collapsed, and entities decoded when the page encoded them twice ("&amp;#8217;"
     * arrives as "&#8217;" after one decoding) - common in JSON-LD written by CMS plugins.
     */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s;
        if (t.indexOf('&') >= 0 && t.indexOf(';') > 0) {
            t = Parser.unescapeEntities(t, false);
        }
        t = t.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
        return t.isEmpty() ? null : t;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
