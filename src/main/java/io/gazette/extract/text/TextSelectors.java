package io.gazette.extract.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every tag list, class/id pattern, text pattern and threshold of the main-text extractor, in one
 * place (trafilatura keeps its XPaths in xpaths.py, readability its REGEXPS the same way).
 * Class and id patterns are matched against the lower-cased attribute, token by token where noted.
 */
public final class TextSelectors {
    private TextSelectors() {
    }

    // ------------------------------------------------------------------ tags

    /** Subtrees that never hold article text: not linearised at all. */
    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math", "canvas",
            "iframe", "object", "embed", "video", "audio", "map", "head", "select", "option", "optgroup", "datalist",
            "textarea", "input", "button", "source", "track", "picture", "link", "meta", "title", "applet",
            "frame", "frameset", "marquee");

    /** Subtrees that usually hold boilerplate: linearised, flagged (see PageBlocks on withdrawn flags). */
    static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "footer", "aside", "header", "menu", "dialog", "form",
            "figcaption", "figure", "fieldset", "label", "legend");

    /** Elements whose class or id never flags them (the page itself). */
    static final Set<String> NEVER_FLAGGED_TAGS = Set.of("html", "body");

    /** Elements that start a new block of text. */
    public static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "nav",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "caption", "figure", "figcaption", "hr", "address",
            "center", "details", "summary", "form", "fieldset", "legend", "menu", "dialog", "hgroup", "output");

    /** Table cells: inline parts of their row, which is the block (a data row reads as one line). */
    public static final Set<String> CELL_TAGS = Set.of("td", "th");

    /** Owners in which a {@code <br>} wraps a line instead of ending a paragraph. */
    static final Set<String> INLINE_BREAK_OWNERS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt",
            "figcaption", "caption", "summary", "address");

    /** Elements that are one paragraph of a text. */
    static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre");

    /** ARIA landmark roles of page furniture. */
    static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog", "alertdialog", "toolbar", "tablist", "tab", "button");

    // ------------------------------------------------------------------ class and id words

    /** itemprop values of the article body (schema.org). */
    static final Pattern BODY_ITEMPROP = Pattern.compile("(?i)(articleBody|reviewBody|text)");

    /**
     * Class/id of elements that name themselves the article body (the patterns trafilatura's
     * BODY_XPATH looks for first).
     */
    static final Pattern BODY_CLASS = Pattern.compile("(^|[\\s_-])("
            + "article[-_]?body|article__body|articlebody|article[-_]?content|article__content|article[-_]?text|"
            + "articletext|story[-_]?body|story[-_]?content|story[-_]?text|storycontent|entry[-_]?content|"
            + "post[-_]?content|post[-_]?body|post[-_]?text|post[-_]?entry|postcontent|postbody|body[-_]?text|"
            + "text[-_]?content|content[-_]?body|news[-_]?text|news[-_]?body|article[-_]?detail|rich[-_]?text|"
            + "main[-_]?content|page[-_]?content|single[-_]?content|blog[-_]?content|td-post-content|"
            + "field[-_]?body|field[-_]?item|article[-_]?copy|body[-_]?copy|artikel|texto|contenido"
            + ")([\\s_-]|$)");

    /** A class/id token that is the article container itself; it outweighs a negative word in it. */
    static final Pattern STRONG_POSITIVE = Pattern.compile(
            "^(article|story|entry|post|main|news|blog|page|td-post|single|rich)?[-_]?(body|content|text|copy|inner)$");

    /**
     * Class tokens that describe a state or layout of the element rather than its content:
     * "has-sidebar", "no-comments", "with-rail" sit on wrappers of the article, not on furniture.
     */
    static final Pattern STATE_PREFIX = Pattern.compile("^(has|with|no|without|show|hide|enable|disable|"
            + "is|js|u|l|o|t)-");

    /** The same in camel case: "hasSidebar", "isOpen", "withComments". */
    static final Pattern STATE_PREFIX_CAMEL = Pattern.compile("^(has|with|no|without|show|hide|is)(?=\\p{Lu})");

    /** Ids of React streaming chunks, hidden until script moves them into place. */
    static final Pattern STREAMED_CHUNK_ID = Pattern.compile("[SB]:\\d+");

    /** Comment sections: flagged whatever their size (a long thread can outweigh the article). */
    static final Pattern COMMENTS = Pattern.compile("(^|[_-])(comment|comments|commentlist|comment-list|"
            + "disqus|respond|replies|discussion|talkback)([_-]|$)");

    /**
     * Class/id words of page furniture (readability's unlikely candidates, trafilatura's discard
     * list, and what news sites add: share bars, newsletter boxes, recirculation modules, paywalls).
     */
    static final Pattern NEGATIVE = Pattern.compile("(^|[_-])(share|sharing|shares|sharebar|social|socials|"
            + "sharethis|addthis|related|relatedposts|recommend|recommended|recommendations|recirc|recirculation|"
            + "more-stories|morestories|most-read|mostread|most-popular|popular|trending|newsletter|newsletters|"
            + "subscribe|subscription|signup|sign-up|register|login|cookie|cookies|consent|gdpr|banner|promo|promos|"
            + "promotion|sponsor|sponsored|advert|advertisement|advertising|ad|ads|adslot|ad-slot|adunit|dfp|gpt|"
            + "outbrain|taboola|zergnet|sidebar|side-bar|rail|widget-area|footer|masthead|breadcrumb|"
            + "breadcrumbs|menu|nav|navbar|navigation|pagination|pager|tags|tag-list|taglist|topics|author-bio|"
            + "authorbio|author-info|about-author|bio|byline|bylines|dateline|meta|entry-meta|post-meta|toolbar|"
            + "modal|popup|overlay|paywall|print|skip|skiplink|caption|credit|credits|"
            + "reactions|jump|tools|utility|read-more|readmore|also-read|see-also|next-article|prev-article|"
            + "next-post|prev-post|post-navigation|header|site-header|search|follow|carousel|slider|ticker|"
            + "gallery|slideshow|video-player|player|toc|table-of-contents|disclaimer|copyright|legal|"
            + "cta|callout|teaser-list|card-list|feed|hero|badge|tooltip|alert|notice|donate|donation|"
            + "app-download|install)([_-]|$)");

    /**
     * Words that mark furniture even inside a longer class name ("newsCaption", "socialShare",
     * "relatedStories"): none of them occurs inside an ordinary English word used for article containers.
     */
    static final Pattern NEGATIVE_INSIDE = Pattern.compile("caption|social|sharing|share(bar|tools|links|buttons|"
            + "-?this)|related|advert|newsletter|sidebar|breadcrumb|cookie|subscribe|byline|footer|outbrain|taboola|"
            + "recommend|trending|mostread|most-read|mostpopular|paywall|promo-|signup|comment-|comments|disqus");

    /** Furniture whose text reads like prose (cookie policies, newsletter pitches): never taken for the article. */
    static final Pattern NEVER_TEXT = Pattern.compile("(?i)cookie|consent|gdpr|privacy|newsletter|subscri|signup|"
            + "sign-up|paywall|modal|popup|disclaimer|legal");

    /** Text meant for screen readers or hidden by a utility class ("Share on Facebook", "Opens in a new window"). */
    private static final Set<String> HIDDEN_CLASSES = Set.of("sr-only", "sr-text", "visually-hidden", "visuallyhidden",
            "screen-reader-text", "screen-reader-only", "screenreader", "a11y", "u-hidden", "is-hidden", "hidden", "hide",
            "d-none", "offscreen", "off-screen");

    /** Whether one of the class names (any case) hides the element: a token test, no regex per element. */
    static boolean hiddenClass(String classes) {
        int start = -1;
        for (int i = 0; i <= classes.length(); i++) {
            boolean space = i == classes.length() || Character.isWhitespace(classes.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                int len = i - start;
                if (len >= 4 && len <= 18 && HIDDEN_CLASSES.contains(classes.substring(start, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ block text

    /** A whole block that is a label or a call to action, never article text. */
    static final Pattern JUNK_BLOCK = Pattern.compile("(?i)^(advertisement|advertising|advertisment|anzeige|"
            + "publicidad|publicit[eé]|pubblicit[aà]|reklama|werbung|sponsored( content)?|ad|ads|"
            + "share( this( article| story| post)?)?( on)?|share( via)?:?|tweet|email|print|"
            + "read more|read more:?|continue reading|click here|also read|see also|related( stories| articles)?|"
            + "follow us.*|sign up.*newsletter.*|subscribe( now)?|comments?|\\d+ comments?|leave a (comment|reply)|"
            + "skip to (main )?content|back to top|loading\\.*|image|photo|video|watch|listen|close|breaking news|"
            + "advert|"
            + "(facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|print)(\\s*(facebook|twitter|linkedin|"
            + "whatsapp|pinterest|reddit|email|print))*)\\.?$");

    /** Label blocks are short; longer blocks are not tested against JUNK_BLOCK. */
    static final int JUNK_MAX_CHARS = 80;

    /** A block that introduces a link to another article ("Read more: ...", "RELATED: ..."). */
    static final Pattern LINK_LEAD_IN = Pattern.compile("(?i)^[(\\[]?\\s*(read more|read also|also read|related|see also|"
            + "more|recommended|watch|listen|read|must read|don'?t miss|trending|popular|up next|next|"
            + "leggi anche|leggi anche su|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lea también|"
            + "leia também|czytaj też|czytaj także|lees ook|l[äa]s [äo]ven)\\s*[:|>\u00bb-]");

    /** Tag and category lines under an article ("Tags: a, b", "Filed under: X"). */
    static final Pattern TAG_LINE = Pattern.compile("(?i)^(tags?|topics?|filed under|categories|category|"
            + "schlagw[öo]rter|themen|etiquetas|mots-cl[ée]s)\\s*:.{0,300}$");

    /** A byline as a paragraph of its own ("By Rosa Delgado", "Written by Elif Demir", "Von Katrin Vogel"). */
    static final Pattern BYLINE_BLOCK = Pattern.compile("^((?i:by|written by|posted by|words by|story by|"
            + "reported by|text by)|Von|Par|Por|Door|Av)\\s*:?\\s+\\p{Lu}[\\p{L}.'-]*(\\s+(\\p{Lu}[\\p{L}.'-]*|"
            + "and|&|und|et|y|e|van|von|de|der|da|di)){0,7}\\s*,?\\s*$");

    /** An agency credit closing an article: "(With PTI inputs)", "(With inputs from Reuters and AFP)". */
    static final Pattern AGENCY_CREDIT = Pattern.compile("(?i)^[(\\[]\\s*with\\s+(inputs?\\s+from\\s+\\p{L}[\\p{L} ,&.'-]{1,50}"
            + "|\\p{L}[\\p{L} ,&.'-]{1,50}?\\s+inputs?)\\s*[)\\]]\\.?$");

    /** The DOM text must contain at least this share of the JSON-LD articleBody's words, or the latter is used. */
    static final double JSON_LD_MIN_AGREEMENT = 0.5;

    /** A marked article body replaces the found container when it holds this share of its prose. */
    static final double BODY_HINT_SHARE = 0.85;

    /** Text at least this long is prose whatever its ending (characters). */
    static final int PROSE_MIN_CHARS = 80;
    /** Shorter text is prose when it ends like a sentence and has at least this many characters. */
    static final int SENTENCE_MIN_CHARS = 25;
    /** A flagged element that holds this share of the page's prose is a wrapper, not boilerplate. */
    static final double WRAPPER_PROSE_SHARE = 0.5;
    /** A flagged element with this much unlinked prose in several paragraphs is text, not furniture. */
    static final int TEXT_LIKE_MIN_CHARS = 600;
    /** The heading of a section of other stories. */
    static final Pattern RELATED_HEADING = Pattern.compile("(?i)^(more (from|in|on|stories|news|articles|like this)\\b.*|"
            + "related( (stories|articles|posts|content|news|reading|coverage|topics))?|read (next|more|also)|"
            + "you (may|might) (also )?(like|enjoy)|recommended( for you| stories| reading)?|(most )?popular( stories| now)?|"
            + "trending( now| stories)?|most (read|viewed|shared|popular)|top stories|latest (news|stories|articles|posts)|"
            + "editor'?s'? picks?|also (on|in|read)\\b.*|don'?t miss|what to read next|up next|further reading|"
            + "recent posts|more to explore|keep reading)\\s*:?$");
    static final int RELATED_HEADING_MAX_CHARS = 60;
    /** A teaser list has at least this many cards, making up at least this share of its children. */
    static final int CARD_LIST_MIN = 3;
    static final double CARD_LIST_SHARE = 0.6;
    /** A card's title link has at least this many characters; its summary at most that many. */
    static final int CARD_LINK_MIN_CHARS = 12;
    static final int CARD_MAX_PROSE_CHARS = 400;
    /** A block that starts with a link this long is a teaser (title link, then a summary). */
    static final int TEASER_LEAD_LINK_CHARS = 25;
    /** Repeated blocks at least this long are kept once (a standfirst repeated as the first paragraph). */
    static final int DEDUP_MIN_CHARS = 100;
    /** Raw markup that a broken page leaks as text ("<img src=...>" inside a misplaced noscript). */
    static final Pattern MARKUP_TEXT = Pattern.compile("^<[a-zA-Z!/][^>]{0,2000}>.*|^(?i:lorem ipsum)\\b.*"
            + "|^\\[[a-z_]{2,20}( [^\\]]{0,300})?\\].{0,300}\\[/[a-z_]{2,20}\\]$");
    /** Link density above which a block is a link, not text. */
    static final double LINK_BLOCK_DENSITY = 0.5;
}
