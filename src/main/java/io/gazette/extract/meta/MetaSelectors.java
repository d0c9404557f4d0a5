package io.gazette.extract.meta;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Every meta key, selector, pattern and cap the metadata step uses, in one place. */
final class MetaSelectors {
    private MetaSelectors() {
    }

    // ------------------------------------------------------------------ meta keys, most deliberate first

    static final List<String> TITLE_META = List.of("og:title", "twitter:title", "dc.title", "parsely-title",
            "sailthru.title", "headline", "title");
    static final List<String> DESCRIPTION_META = List.of("og:description", "description", "twitter:description",
            "dc.description");
    static final List<String> SITE_NAME_META = List.of("og:site_name", "application-name", "al:ios:app_name",
            "apple-mobile-web-app-title", "publisher", "dc.publisher");
    /** Meta tags that name the author; URL values (Facebook profile pages in article:author) are skipped. */
    static final List<String> AUTHOR_META = List.of("author", "article:author", "parsely-author", "sailthru.author",
            "dc.creator", "byl", "citation_author", "dcterms.creator", "author_name", "cxenseparse:author");
    static final List<String> SECTION_META = List.of("article:section", "parsely-section", "section",
            "cxenseparse:section", "category", "dc.subject");
    static final List<String> TAG_META = List.of("article:tag", "parsely-tags", "news_keywords", "keywords",
            "sailthru.tags", "dc.subject");
    static final List<String> IMAGE_META = List.of("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
            "twitter:image:src", "thumbnail", "parsely-image-url", "sailthru.image.full");
    static final List<String> LANGUAGE_META = List.of("content-language", "og:locale", "dc.language", "language",
            "inlanguage");

    // ------------------------------------------------------------------ the page

    /** Headings that can be the headline; the one that agrees best with the declared titles wins. */
    static final String HEADLINE_SELECTOR = "h1, [itemprop=headline]";
    /** Headline candidates looked at, at most (pages with hundreds of h1s exist). */
    static final int MAX_HEADLINE_CANDIDATES = 12;
    /** A heading needs at least this token F1 with a declared title to be trusted over it. */
    static final double HEADLINE_AGREEMENT = 0.3;

    /** Paths of author pages: a link to one is a byline. */
    static final AsciiWords AUTHOR_PATHS = new AsciiWords(List.of("/author/", "/authors/", "/writers/", "/writer/", "/staff/",
            "/contributors/", "/contributor/", "/journalist/", "/autor/", "/auteur/", "/autoren/"));
    /** Class/id/data-testid words of byline elements (a cheap test before BYLINE_CLASS). */
    static final AsciiWords BYLINE_CLASS_WORDS = new AsciiWords(List.of("byline", "by-line", "author", "writer", "contributor",
            "attribution"));
    static final Pattern BYLINE_CLASS = Pattern.compile("(^|[-_ ])(byline|by-line|bylines|author|authors|author-name|"
            + "authorname|post-author|entry-author|article-author|writer|contributor|attribution)([-_ ]|$)");
    /** Text that starts like a byline, for pages without byline markup. */
    static final Pattern BYLINE_TEXT = Pattern.compile("(?i)(by|written\\s+by|posted\\s+by|authored\\s+by|"
            + "words\\s+by|story\\s+by|article\\s+by|author:|von|par|por)(\\s|:|$)");
    static final Set<Character> BYLINE_TEXT_START = Set.of('b', 'w', 'p', 'a', 's', 'v');
    /** Candidates per tier looked at, at most. */
    static final int MAX_BYLINE_CANDIDATES = 40;
    /**
     * A byline lead-in alone, the name being in the next element, or in the data of a Twitter label
     * pair ({@code twitter:label1} "Written by").
     */
    static final Pattern BYLINE_LABEL = Pattern.compile("(?iu)^\\s*(by|written\\s+by|posted\\s+by|authored\\s+by|"
            + "words\\s+by|story\\s+by|article\\s+by|author|authors|von|par|por|verfasst\\s+von|geschrieben\\s+von|"
            + "autor|autorin|écrit\\s+par|auteur|escrito\\s+por|scritto\\s+da|geschreven\\s+door)\\s*:?\\s*$");

    /** Ancestors that make a byline somebody else's (teasers, comments, related stories, menus). */
    static final Pattern FOREIGN_BYLINE_CONTEXT = Pattern.compile("(?i)(^|[-_ ])(comment|comments|related|"
            + "recommend\\w*|popular|trending|teaser|teasers|more-stories|recirc\\w*|nav|menu|outbrain|taboola|"
            + "promo)([-_ ]|$)");
    /** A byline element with more text than this is a paragraph or a bio, not a byline. */
    static final int MAX_BYLINE_CHARS = 150;

    // ------------------------------------------------------------------ titles

    /** " | Site", " - Site", " :: Site" suffixes and "Site | " prefixes in a title tag. */
    static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|\\-\u2013\u2014:\u00b7\u2022\u00bb/~]{1,2}\\s+");

    // ------------------------------------------------------------------ names

    /** "By ", "Written by", "Von", "Por" and similar lead-ins of a byline. */
    static final Pattern BYLINE_PREFIX = Pattern.compile("^(By(?=\\p{Lu}\\p{Ll})|(?i:(this\\s+(post|article|story|"
            + "piece)\\s+(was\\s+)?)?written\\s+by|insights\\s+from|posted\\s+by|"
            + "reported\\s+by|story\\s+by|words\\s+by|text\\s+by|published\\s+by|authored\\s+by|article\\s+by|by|"
            + "from|author|authors|text|texte|autor|autorin|auteur)\\s*[:\\-\u2013\u2014]?\\s+"
            // lower-case: "di Mario Rossi" is a byline, "Di Maria" a name; capitalised only before a
            // name of two words or more: "Von Katrin Vogel" is a byline, "Von Trier" a name
            + "|(von|por|par|di|door|av|de)\\s+|(Von|Por|Par|Door|Av)\\s+(?=\\p{Lu}\\p{L}+\\s+\\p{Lu}))");
    /** What joins several names in one byline. */
    static final Pattern AUTHOR_SPLIT = Pattern.compile(
            "\\s*(?:,|;|\\||/|\u00b7|\u2022|\\s&\\s|&amp;|\\sand\\s|\\sund\\s|\\sy\\s|\\set\\s|\\se\\s|\u3001|\uff0c|\n)\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * What follows a name in a byline and is not a name: a date, "Updated", a role after a comma
     * or a dash, an e-mail, a "Follow" button.
     */
    static final Pattern BYLINE_TAIL = Pattern.compile("(?i)\\s*(\\bon\\s+(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|"
            + "may|jun|jul|aug|sep|oct|nov|dec|\\d)|\\bupdated\\b|\\bpublished\\b|\\bposted\\b|\\bfollow\\b|"
            + "\\s(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|"
            + "nov(ember)?|dec(ember)?)\\.?\\s+\\d|\\s\\d{1,2}(st|nd|rd|th)?\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|"
            + "oct|nov|dec)|\\son behalf of\\b|\\ssays:|"
            + "\\s[-\u2013\u2014]\\s|\\bin\\s+[A-Z]|\\d{1,2}[:/.]\\d{2}|\\b(19|20)\\d{2}\\b|\\S+@\\S+\\.\\w+|"
            + "\\s(illustrations?|photos?|photography|images?|graphics|video|additional reporting|edited|"
            + "reviewed|fact[- ]checked)\\s+by\\b|\\s(at|for|using)\\s).*$");
    /** Job titles and roles that bylines append to names ("Howard Blume, Staff Writer"). */
    static final Pattern ROLE = Pattern.compile("(?i)\\b(staff|senior|junior|chief|contributing|associate|deputy|"
            + "managing|executive|political|business|sports|science|technology|tech|news|features?|digital|"
            + "special|foreign|national|investigative|freelance|guest)?\\s*(writer|editor|reporter|correspondent|"
            + "columnist|contributor|journalist|producer|critic|analyst|photographer|illustrator|author|"
            + "expert|editor-in-chief|founder|co-founder|ceo|cto|cmo|director|manager|specialist|strategist|consultant|"
            + "intern|coordinator|head\\s+of|vice\\s+president|president|officer|engineer|developer|designer|"
            + "marketer|researcher|scientist|professor|lecturer|student|dietitian|nutritionist|therapist|coach|"
            + "owner|partner|attorney|lawyer|advisor|adviser|planner)s?\\b.*$");
    /** Words that qualify a role and stay behind when the role word is cut ("Content Marketing"). */
    static final Set<String> ROLE_MODIFIERS = Set.of("content", "marketing", "digital", "social", "media", "editorial",
            "product", "sales", "brand", "communications", "growth", "seo", "senior", "junior", "chief", "lead",
            "managing", "executive", "general", "creative", "art", "technical", "research", "data", "financial",
            "medical", "legal", "senior,", "community", "program", "project", "account", "operations", "sr.", "sr");
    /** Bylines that name no person. */
    static final Pattern NOT_A_PERSON = Pattern.compile("(?i)(https?://|www\\.|\\.com\\b|@|\\bstaff\\b|"
            + "\\bnews\\s?desk\\b|\\bnewsroom\\b|\\beditorial\\s+(team|board|staff)\\b|\\bteam\\b|\\badmin\\w*\\b|"
            + "\\bagency\\b|\\bagencies\\b|\\bwire\\b|\\bsee full bio\\b|\\bview all\\b|\\bmore by\\b|"
            + "\\bthe author\\b|^author$|^authors$|^autor$|^autorin$|^auteur$|^by$|\\bemail\\b|\\bfollow\\b|\\bfacebook\\b|\\btwitter\\b|"
            + "\\bshare\\b|\\bcomments?\\b|\\bsubscribe\\b|\\bread more\\b|\\babout\\b|\\bcontact\\b|\\bsays\\b|\\bsponsored\\b|\\d|"
            // the buttons and links of an author card or a page footer, when they come instead of a name
            + "\\bbio\\b|\\bprofile\\b|\\blearn more\\b|\\bprivacy\\b|\\bcookies?\\b|\\bnewsletter\\b|"
            + "\\bsign (in|up)\\b|\\blog ?in\\b|^written by$|^posted by$|"
            // "About Kathrin", "Über den Autor": the heading of an author box in other languages
            + "(^|\\s)([üÜ]ber|[àÀ] propos|sobre|acerca|chi siamo)\\s|"
            // a date's or a label's word left alone on a line of the byline ("Friday", "Last updated")
            + "^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|last|updated|"
            + "published|posted|our|the|my)$)");
    /** Names per article, at most (a paper's author list is not a byline). */
    static final int MAX_AUTHORS = 10;
    static final int MAX_NAME_CHARS = 60;
    static final int MAX_NAME_WORDS = 5;

    // ------------------------------------------------------------------ tags

    static final int MAX_TAGS = 25;
    static final int MAX_TAG_CHARS = 60;
}
