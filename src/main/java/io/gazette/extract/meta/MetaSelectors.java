package io.gazette.extract.meta;

import java.util.List;
import java.util.regex.Pattern;

/** Every meta key, selector and pattern the metadata step uses, in one place. */
final class MetaSelectors {
    private MetaSelectors() {
    }

    static final List<String> TITLE_META = List.of("og:title", "twitter:title", "dc.title", "parsely-title",
            "sailthru.title", "headline");
    static final List<String> DESCRIPTION_META = List.of("og:description", "description", "twitter:description",
            "dc.description");
    static final List<String> SITE_NAME_META = List.of("og:site_name", "application-name", "publisher",
            "dc.publisher", "twitter:site");
    static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "byl", "citation_author", "twitter:creator");
    static final List<String> LANGUAGE_META = List.of("content-language", "og:locale", "dc.language", "language",
            "inlanguage");

    /** Elements that hold the byline, most specific first. */
    static final String BYLINE_SELECTOR = "[itemprop=author] [itemprop=name], [itemprop=author], a[rel=author], "
            + ".byline a[href*=author], .byline__name, .author-name, .author__name, .byline-name, "
            + "[class~=(?i)^(byline|author|article-author|story-byline|post-author)$], "
            + "[data-testid~=(?i)byline]";

    /** The heading of the article, where a page has one. */
    static final String HEADLINE_SELECTOR = "article h1, main h1, [itemprop=headline], h1";

    /** " | Site", " - Site", " :: Site" suffixes and "Site | " prefixes in a title tag. */
    static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022»/]{1,2}\\s+");

    /** "By ", "Written by", "Von", "Por" and similar lead-ins of a byline. */
    static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(?i)(written\\s+by|posted\\s+by|reported\\s+by|story\\s+by|words\\s+by|by|von|por|par|di|door|av)[:\\s]+");
    /** What joins several names in one byline. */
    static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&|\\bund\\b|\\by\\b|\\bet\\b)\\s*");
    /** Parts of a byline that are never a person's name. */
    static final Pattern NOT_A_NAME = Pattern.compile(
            "(?i)(https?://|www\\.|@|\\bstaff\\b|\\beditor(s|ial)?\\b|\\bnews\\s?desk\\b|\\bcorrespondent\\b|"
                    + "\\breporter\\b|\\bupdated\\b|\\bpublished\\b|\\bemail\\b|\\bfollow\\b|\\bagency\\b|\\d)");
}
