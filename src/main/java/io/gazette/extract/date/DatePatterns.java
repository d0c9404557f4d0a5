package io.gazette.extract.date;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every key, selector, label and pattern the date step uses, in one place. Month names, zone
 * abbreviations and country conventions are data files under {@code resources/dates/}.
 */
final class DatePatterns {
    private DatePatterns() {
    }

    // ------------------------------------------------------------------ machine-readable sources

    /** JSON-LD fields stating publication, most deliberate first. */
    static final List<String> JSONLD_PUBLISHED = List.of("datePublished", "dateCreated", "uploadDate");
    static final List<String> JSONLD_MODIFIED = List.of("dateModified");

    /**
     * Meta keys (name/property/itemprop, lower case) that state the original publication time, most
     * deliberate first. "date" and "dc.date" are last: some CMSs fill them with the last edit.
     */
    static final List<String> META_PUBLISHED = List.of("article:published_time", "article:published",
            "og:article:published_time", "og:published_time", "published_time", "article.published",
            "datepublished", "publishdate", "publish-date", "publish_date", "published-date", "date_published",
            "publication_date", "publicationdate", "pubdate", "pub_date", "parsely-pub-date", "sailthru.date",
            "article_date_original", "originalpublicationdate", "displaydate", "rnews:datepublished",
            "cxenseparse:recs:publishtime", "dc.date.issued", "dcterms.issued", "dc.date.created",
            "dcterms.created", "dc.created", "citation_publication_date", "citation_online_date", "citation_date",
            "prism.publicationdate", "release_date", "og:pubdate");

    /**
     * Meta keys that hold "a date" of the page without saying which: some CMSs fill them with the
     * publication, others with the last edit or the creation of a template. Weighed after the visible
     * dateline by the headline.
     */
    static final List<String> META_WEAK = List.of("dc.date", "dc:date", "dcterms.date", "date", "datecreated",
            "created", "creation_date");

    /**
     * Other meta keys that name the publication date: vendors prefix their own ("cXenseParse:publishtime",
     * "shareaholic:article_published_time", "w-published-date", "bt:pubDate") or use a bare word
     * ("published", "published_at", "date-pub"). Read after the listed keys; "publisher", "auto-publish",
     * a "publish_time" holding only a clock time and the like give no date and are passed over.
     */
    static final Pattern META_PUBLISHED_KEY = Pattern.compile("(?:^|[:._-])(?:article[_-]?|first[_-]?|og:)?"
            + "(?:(?:published|publish|pub)[_-]?(?:date|time|at|datetime|date[_-]?time)|published)$"
            + "|(?:^|[:._-])date[_-]pub(?:lished)?$"
            + "|firstpublished$");

    static final List<String> META_MODIFIED = List.of("article:modified_time", "article:modified",
            "og:article:modified_time", "og:updated_time", "modified_time", "article.updated", "datemodified",
            "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "updated_time", "revised");

    // ------------------------------------------------------------------ page structure

    /** Elements whose text is never read for dates. */
    static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "select", "option",
            "textarea", "button", "iframe", "head");

    /** Elements that end a line of text (so a label and a date in different blocks stay apart). */
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "br", "tr", "td", "th", "table", "section", "article", "header", "footer", "aside", "nav", "main",
            "figure", "figcaption", "blockquote", "dd", "dt", "dl", "form", "hr", "address", "time", "span");

    /**
     * Tags that are boilerplate whatever their class: outside the article's region all of them (a
     * site header shows today's date: a header counts as the site's only when it holds navigation),
     * inside it only nav and figcaption (a photo's date is not the article's).
     */
    static final Set<String> EXCLUDED_TAGS = Set.of("aside", "nav", "footer", "header", "figcaption");
    static final Set<String> EXCLUDED_TAGS_IN_REGION = Set.of("nav", "figcaption");

    /*
     * class/id tokens of containers whose dates are not the article's: comments, reader letters,
     * related and recommended stories (ALWAYS: even inside the article's region), and page furniture
     * such as sidebars, widgets, navigation, archives (only outside the article's region: many themes
     * put the article's own date in a "sidebar" or "meta" box inside the article). A token is split
     * on "-" and "_": a part equal to one of the *_PARTS or starting with one of the *_STEMS excludes,
     * and so does the token with its separators removed containing one of the *_JOINED.
     */
    static final Set<String> ALWAYS_EXCLUDED_PARTS = Set.of("comment", "comments", "commentlist", "respond",
            "replies", "reply", "disqus", "coral", "discussion", "outbrain", "taboola", "moreon", "readmore",
            "mostread", "meistgelesen", "teaserlist", "recirculation", "recirc", "trending", "popular",
            // embedded social posts (instagram-media, twitter-tweet, tiktok-embed) carry the post's date
            "instagram", "tweet", "tiktok");
    static final List<String> ALWAYS_EXCLUDED_STEMS = List.of("kommentar", "leserbrief", "related", "relacionad",
            "correlat", "verwandt", "recommend", "empfehl", "weitere");
    static final List<String> ALWAYS_EXCLUDED_JOINED = List.of("morestories", "morenews", "morearticles",
            "readmore", "readnext", "alsoread", "seealso", "mehrzumthema", "mostread", "mostviewed", "mostpopular",
            "commentlist", "relatedposts", "wpcaption", "imagecaption", "photocaption", "captiontext");
    static final Set<String> OUTSIDE_EXCLUDED_PARTS = Set.of("sidebar", "newsletter", "breadcrumb", "breadcrumbs",
            "pagination", "pager", "archive", "archives", "calendar", "navbar", "navigation", "menu",
            "footer", "copyright");
    static final List<String> OUTSIDE_EXCLUDED_STEMS = List.of();
    static final List<String> OUTSIDE_EXCLUDED_JOINED = List.of("sidebar", "sitefooter", "archivelist");

    /** Prefixes of class tokens that describe the page or a taxonomy rather than what the element is. */
    static final List<String> DESCRIPTIVE_PREFIXES = List.of("has-", "no-", "with-", "show-", "hide-", "is-",
            "category-", "cat-", "tag-", "topic-", "section-", "page-", "single-", "template-", "layout-", "type-",
            "format-", "has_", "no_", "with_", "is_", "category_", "tag_", "page_", "type_");

    /** class/id/itemprop word parts of elements that hold a date or a byline (matched as substrings). */
    static final List<String> DATEISH_WORDS = List.of("date", "time", "publish", "posted", "byline", "dateline",
            "timestamp", "datum", "fecha", "data", "zeit", "meta", "info", "submitted", "author", "autor", "stand",
            "article-header", "entry-header", "post-header", "story-header", "headline", "subline", "kicker");

    /** The article's own region, when a page marks one. */
    static final String ARTICLE_REGION = "article, [itemtype~=(?i)Article|BlogPosting|NewsArticle], main, "
            + "[role=main], [itemprop=articleBody]";

    // ------------------------------------------------------------------ labels in visible text

    /** Words that introduce the publication date. Matched right before a date (same line). */
    static final LabelWords PUBLISHED_LABEL = new LabelWords("first\\s+published", "originally\\s+published",
            "(?<![\\p{L}])date\\s*:", "(?<![\\p{L}])datum\\s*:", "(?<![\\p{L}])fecha\\s*:", "(?<![\\p{L}])data\\s*:",
            "(?<![\\p{L}])date\\s+de\\s+publication\\s*:", "(?<![\\p{L}])publication\\s+date\\s*:",
            "wurde\\s+am", "geschrieben\\s+am", "verfasst\\s+am", "gepostet\\s+am", "eingestellt\\s+am",
            "published", "posted", "written", "erschienen", "veröffentlicht", "publiziert", "erstellt",
            "publié", "publie", "mis\\s+en\\s+ligne", "publicado", "publicada", "publicación", "pubblicato", "pubblicata",
            "gepubliceerd", "geplaatst", "opublikowano", "publikováno", "publikált", "publicerad", "udgivet", "publisert",
            "julkaistu", "yayınlanma", "опубликовано", "发布", "發布", "发表", "發表", "公開", "投稿", "등록", "작성");

    /** Words that introduce a later edit. */
    static final LabelWords MODIFIED_LABEL = new LabelWords("last\\s+updated", "updated", "last\\s+modified",
            "modified", "revised", "edited", "aktualisiert", "geändert", "editiert", "zuletzt", "änderung",
            "mis\\s+à\\s+jour", "mise\\s+à\\s+jour", "modifié", "actualizado", "actualizada", "actualización",
            "aggiornato", "aggiornata", "atualizado", "atualizada", "bijgewerkt", "gewijzigd", "zaktualizowano",
            "aktualizováno", "uppdaterad", "opdateret", "oppdatert", "päivitetty", "güncelleme", "güncellendi",
            "обновлено", "更新", "修改", "수정");

    /**
     * Label words as one case-insensitive pattern, {@code (?iu)(a|b|...)} in the order given, plus the
     * literal word each alternative begins with, folded as that pattern folds case: a text holding
     * none of them cannot match, which a few {@code indexOf} calls tell far faster than the pattern
     * (it tries every alternative at every position). The window before each date is tested.
     */
    static final class LabelWords {
        final Pattern pattern;
        private final String[] starts;

        LabelWords(String... alternatives) {
            this.pattern = Pattern.compile("(?iu)(" + String.join("|", alternatives) + ")");
            java.util.TreeSet<String> words = new java.util.TreeSet<>();
            for (String a : alternatives) {
                // a leading look-behind ("(?<![\\p{L}])") matches no text: the word comes after it
                String rest = a.startsWith("(?<!") || a.startsWith("(?<=") ? a.substring(a.indexOf(')') + 1) : a;
                int i = 0;
                while (i < rest.length() && "\\()[]?*+|.{}^$".indexOf(rest.charAt(i)) < 0) {
                    i++;
                }
                if (i == 0) {
                    throw new IllegalArgumentException("no literal word at the start of " + a);
                }
                words.add(fold(rest.substring(0, i)));
            }
            // a word holding another one is found whenever it is: the shorter one is enough
            words.removeIf(w -> words.stream().anyMatch(o -> !o.equals(w) && w.contains(o)));
            this.starts = words.toArray(new String[0]);
        }

        /** Whether {@code folded} (a text passed through {@link #fold}) holds a word a match starts with. */
        boolean mayMatch(String folded) {
            for (String w : starts) {
                if (folded.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** Each char case-folded as a {@code (?iu)} pattern compares it: lower(upper(c)). */
        static String fold(String s) {
            char[] out = new char[s.length()];
            for (int i = 0; i < out.length; i++) {
                char c = s.charAt(i);
                out[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                        : Character.toLowerCase(Character.toUpperCase(c));
            }
            return new String(out);
        }
    }

    /** How far before a date a label may stand and still belong to it. */
    static final int LABEL_WINDOW = 48;

    // ------------------------------------------------------------------ relative dates

    /**
     * A pattern and the words (lower case) one of which every match contains: the pattern is tried
     * only near those words ({@link TextWindows#aroundKeys}), not at every position of a page.
     *
     * @param wordStart whether a key must start a word (not for CJK keys)
     */
    record Keyed(Pattern pattern, List<String> keys, boolean wordStart) {
        Keyed(String regex, String... keys) {
            this(Pattern.compile(regex), List.of(keys), true);
        }
    }

    /**
     * "3 hours ago" and its forms in other languages: group "n" the number (or an article word that
     * means one), group "unit" the unit word. Resolved only when the fetch time is known.
     */
    static final List<Keyed> RELATIVE = List.of(
            new Keyed("(?iu)(?<![\\p{L}\\d])(?<n>\\d{1,3}|an?|one)\\s+(?<unit>min(?:ute)?s?|hours?|hrs?|days?|weeks?)\\s+ago(?!\\p{L})", "ago"),
            new Keyed("(?iu)(?<![\\p{L}])vor\\s+(?<n>\\d{1,3}|einer?|einem)\\s+(?<unit>Minuten?|Stunden?|Tag(?:en)?|Wochen?)(?!\\p{L})", "vor"),
            new Keyed("(?iu)(?<![\\p{L}])il\\s+y\\s+a\\s+(?<n>\\d{1,3}|une?)\\s+(?<unit>minutes?|heures?|jours?|semaines?)(?!\\p{L})", "il"),
            new Keyed("(?iu)(?<![\\p{L}])hace\\s+(?<n>\\d{1,3}|una?)\\s+(?<unit>minutos?|horas?|d[ií]as?|semanas?)(?!\\p{L})", "hace"),
            new Keyed("(?iu)(?<![\\p{L}\\d])(?<n>\\d{1,3}|una?)\\s+(?<unit>minut[oi]|or[ae]|giorn[oi]|settiman[ae])\\s+fa(?!\\p{L})", "fa"),
            new Keyed("(?iu)(?<![\\p{L}])h[áa]\\s+(?<n>\\d{1,3}|uma?)\\s+(?<unit>minutos?|horas?|dias?|semanas?)(?!\\p{L})", "há", "ha"),
            new Keyed("(?iu)(?<![\\p{L}\\d])(?<n>\\d{1,3}|een)\\s+(?<unit>minuut|minuten|uur|dag|dagen|week|weken)\\s+geleden(?!\\p{L})", "geleden"),
            new Keyed(Pattern.compile("(?u)(?<n>\\d{1,3})\\s*(?<unit>分钟|分鐘|小时|小時|時間|天|日|周|週|分)\\s*前"), List.of("前"), false));

    /** "yesterday, 14:30", "gestern 14:30 Uhr", "hoy a las 11:00": the day word only counts with a time. */
    static final Keyed DAY_WORD = new Keyed(Pattern.compile("(?iu)(?<![\\p{L}])(?<word>yesterday|today|gestern|heute|hier|"
            + "aujourd'hui|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag|昨天|今天|昨日|今日)"
            + "\\s*,?\\s*(?:at|um|à|a\\s+las|alle|às|om|\\|)?\\s*(?<h>\\d{1,2})[:.h](?<m>\\d{2})"),
            List.of("yesterday", "today", "gestern", "heute", "hier", "aujourd'hui", "ayer", "hoy", "ieri", "oggi",
                    "ontem", "hoje", "gisteren", "vandaag", "昨天", "今天", "昨日", "今日"), true);

    static final java.util.Set<String> YESTERDAY = java.util.Set.of("yesterday", "gestern", "hier", "ayer", "ieri",
            "ontem", "gisteren", "昨天", "昨日");

    /** Unit of a relative date, from the start of its (lower-cased) unit word. */
    static java.time.temporal.ChronoUnit relativeUnit(String unit) {
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        if (u.startsWith("min") || u.equals("分") || u.startsWith("分")) {
            return java.time.temporal.ChronoUnit.MINUTES;
        }
        if (u.startsWith("h") || u.startsWith("stund") || u.startsWith("or") || u.equals("uur")
                || u.startsWith("小") || u.equals("時間")) {
            return java.time.temporal.ChronoUnit.HOURS;
        }
        if (u.startsWith("d") || u.startsWith("tag") || u.startsWith("jour") || u.startsWith("giorn")
                || u.equals("天") || u.equals("日")) {
            return java.time.temporal.ChronoUnit.DAYS;
        }
        return java.time.temporal.ChronoUnit.WEEKS;
    }

    // ------------------------------------------------------------------ URLs

    /** /2022/09/08/, /2022-09-08, _2022_09_08, /20220908 (not part of a longer number). */
    static final Pattern URL_DATE = Pattern.compile(
            "(?<![\\d])((?:19|20)\\d{2})[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\\d|3[01])(?![\\d])"
                    + "|(?<![\\d])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");

    /** A month named in the path between the year and the day: /2022/sep/08/ (the Guardian's form). */
    static final Pattern URL_NAMED_MONTH = Pattern.compile(
            "/((?:19|20)\\d{2})/(\\p{L}{3,9})/(0?[1-9]|[12]\\d|3[01])(?=[/_-]|$)");

    /** The year last: /29-10-2021, /08.09.2022/ (day and month in the outlet's order). */
    static final Pattern URL_YEAR_LAST = Pattern.compile(
            "(?<![\\d.])(0?[1-9]|[12]\\d|3[01])([-_.])(0?[1-9]|[12]\\d|3[01])\\2((?:19|20)\\d{2})(?![\\d])");

    /** Paths that mark an archive, where dates before 1990 are genuine. */
    static final Pattern ARCHIVE_URL = Pattern.compile("(?i)archiv|/history/|/vault/|/from-the-archive");
}
