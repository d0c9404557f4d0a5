package io.gazette.extract.text;

import java.util.Set;
import java.util.regex.Pattern;

/** Every tag list and class/id pattern the main-text step uses, in one place. */
final class TextSelectors {
    private TextSelectors() {
    }

    /** Subtrees that never hold article text. */
    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "nav", "footer", "aside",
            "form", "button", "iframe", "svg", "select", "input", "textarea", "label", "object", "embed", "canvas",
            "video", "audio", "map", "head", "menu", "dialog", "figcaption");

    /** Elements that start a new paragraph in the output. */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
            "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th",
            "figure", "br", "hr", "address", "center", "details", "summary");

    /** Elements whose text counts as a paragraph when scoring candidates. */
    static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4");

    /** class/id words of boilerplate containers (readability's "unlikely candidates", extended for news). */
    static final Pattern NEGATIVE = Pattern.compile("(?i)(^|[\\s_-])(comment|comments|disqus|share|sharing|social|"
            + "related|recommend|recirc|more-stories|most-read|mostread|popular|trending|newsletter|subscribe|"
            + "signup|sign-up|cookie|consent|gdpr|banner|promo|sponsor|advert|advertisement|ad|ads|adslot|dfp|"
            + "outbrain|taboola|sidebar|side-bar|widget|footer|masthead|breadcrumb|breadcrumbs|menu|nav|navbar|"
            + "navigation|pagination|pager|tags|tag-list|topics|author-bio|bio|byline|dateline|meta|toolbar|"
            + "modal|popup|overlay|paywall|print|skip|caption|credit|hidden|visually-hidden|sr-only|rating|"
            + "jump|tools|utility|read-more|readmore|also-read|see-also|next-article|prev-article)([\\s_-]|$)");

    /** class/id words of article containers; they outweigh a negative word in the same attribute. */
    static final Pattern POSITIVE = Pattern.compile("(?i)(article|body|content|entry|main|post|story|text|blog|"
            + "news-?text|prose|rich-?text)");

    /** A whole block that is a label of an ad or a share bar, not text. */
    static final Pattern JUNK_BLOCK = Pattern.compile("(?i)^(advertisement|advertising|anzeige|publicidad|"
            + "publicit[eé]|sponsored|share( this( article| story)?)?|read more|continue reading|"
            + "click here|also read|see also|related( stories| articles)?|follow us.*|sign up.*newsletter.*)$");
}
