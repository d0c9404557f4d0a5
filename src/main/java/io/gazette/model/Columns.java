package io.gazette.model;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * The output tables, defined once: column name, type, nullability, meaning and how to read the
 * value from the model. The Spark schema, the Parquet rows, the JSON of {@code extract} and the
 * README's schema table all come from these lists, so they cannot drift apart.
 */
public final class Columns {
    private Columns() {
    }

    /** Bumped whenever a column is added, removed or changes meaning; written into every run report. */
    public static final int SCHEMA_VERSION = 2;

    /** Logical column types; the Spark layer maps them to Spark SQL types. */
    public enum Type { STRING, INT, LONG, BOOLEAN, TIMESTAMP, DATE, STRING_ARRAY, ENTITY_ARRAY }

    /** One column. {@code get} reads the value from the model object (null when absent). */
    public record Column<T>(String name, Type type, boolean nullable, String meaning,
                            SerializableGetter<T> get) implements Serializable {
    }

    /** A getter that survives Java serialisation (the Spark functions carry the column list). */
    public interface SerializableGetter<T> extends Function<T, Object>, Serializable {
    }

    private static <T> Column<T> col(String name, Type type, boolean nullable, String meaning,
                                     SerializableGetter<T> get) {
        return new Column<>(name, type, nullable, meaning, get);
    }

    /** Columns of the articles table; the last two are the Hive partition columns. */
    public static final List<Column<Article>> ARTICLE = List.of(
            col("article_id", Type.STRING, false, "stable id: 128-bit hash (hex) of the normalised canonical URL "
                    + "(of the title and text when a page names no URL)", Article::articleId),
            col("url", Type.STRING, true, "URL the page was fetched from", Article::url),
            col("canonical_url", Type.STRING, true, "the page's canonical URL (link rel=canonical, og:url), "
                    + "else url", Article::canonicalUrl),
            col("site_name", Type.STRING, true, "the outlet's name as the page states it (og:site_name, "
                    + "JSON-LD publisher)", Article::siteName),
            col("title", Type.STRING, true, "headline", Article::title),
            col("description", Type.STRING, true, "standfirst / summary the page declares", Article::description),
            col("authors", Type.STRING_ARRAY, false, "author names, cleaned (no \"By\", roles, URLs)",
                    Article::authors),
            col("credit", Type.STRING, true, "agency credit taken out of the text, e.g. \"(With PTI inputs)\"",
                    Article::credit),
            col("section", Type.STRING, true, "section or category the page declares (article:section, "
                    + "JSON-LD articleSection)", Article::section),
            col("tags", Type.STRING_ARRAY, false, "keywords and tags the page declares (article:tag, keywords)",
                    Article::tags),
            col("top_image", Type.STRING, true, "URL of the lead image (og:image, JSON-LD image)",
                    Article::topImage),
            col("published_at", Type.TIMESTAMP, true, "publication instant in UTC; null when the page gives only "
                    + "a day, or a time whose zone is unknown", Article::publishedAt),
            col("published_offset", Type.STRING, true, "the page's own UTC offset for published_at, e.g. +05:30",
                    Article::publishedOffset),
            col("date_source", Type.STRING, true, "where the date came from, rung and key: json-ld:datePublished, "
                    + "meta:KEY, markup:time, markup:itemprop, url, text:LABEL (text:first-published, text:dateline, "
                    + "text:relative, ...), modified-only:... when the page shows only its last update; "
                    + "\";zone=HOW\" when the zone was not stated with the date (page:OFFSET stated elsewhere on the page, tld:in, place:WORD, abbr:IST@in, hint); "
                    + "null when no date was found", Article::dateSource),
            col("modified_at", Type.TIMESTAMP, true, "last-modified instant the page states, UTC",
                    Article::modifiedAt),
            col("fetched_at", Type.TIMESTAMP, true, "crawl time (WARC-Date, fetched_at); never used as the "
                    + "publication date", Article::fetchedAt),
            col("language", Type.STRING, true, "ISO 639-1 code of the text", Article::language),
            col("text", Type.STRING, false, "main text without boilerplate; paragraphs separated by a blank "
                    + "line", Article::text),
            col("word_count", Type.INT, false, "words in text (CJK: characters)", Article::wordCount),
            col("charset", Type.STRING, true, "charset the page was decoded with", Article::charset),
            col("truncated", Type.BOOLEAN, false, "true when the page was cut at a size cap", Article::truncated),
            col("source_file", Type.STRING, false, "input file the record came from", Article::sourceFile),
            col("source_offset", Type.LONG, false, "byte offset (WARC), line number (JSON Lines) or 0",
                    Article::sourceOffset),
            col("source_format", Type.STRING, false, "warc, jsonl, html or text", Article::sourceFormat),
            col("record_id", Type.STRING, true, "the input's own record id (WARC-Record-ID, JSON id)",
                    Article::recordId),
            col("extractor_version", Type.STRING, false, "Gazette version that made the row",
                    Article::extractorVersion),
            col("entities", Type.ENTITY_ARRAY, false, "distinct named entities, in order of first mention: "
                    + "name (fullest form, titles stripped), type (PER, ORG, LOC), mentions (any form), first_offset "
                    + "(char offset in text)", a -> a.entities().entities()),
            col("persons", Type.STRING_ARRAY, false, "names of the PER entities", a -> a.entities().persons()),
            col("organizations", Type.STRING_ARRAY, false, "names of the ORG entities",
                    a -> a.entities().organizations()),
            col("locations", Type.STRING_ARRAY, false, "names of the LOC entities", a -> a.entities().locations()),
            col("countries", Type.STRING_ARRAY, false, "ISO 3166-1 alpha-2 codes of the countries named "
                    + "(places, short forms, nationality words: \"Japanese\" gives JP)", a -> a.entities().countries()),
            col("dateline", Type.STRING, true, "place of the opening dateline (\"TOKYO (Reuters) -\" gives Tokyo)",
                    a -> a.entities().dateline()),
            col("agencies", Type.STRING_ARRAY, false, "news agencies credited (PTI, Reuters, AP, AFP, ...)",
                    a -> a.entities().agencies()),
            col("handles", Type.STRING_ARRAY, false, "social media handles in the text, with the @",
                    a -> a.entities().handles()),
            col("entity_status", Type.STRING, false, "tagged, or why not: disabled, not-english, no-language, "
                    + "no-text, failed", a -> a.entities().status().code()),
            col("simhash", Type.LONG, false, "64-bit SimHash of text (word 3-shingles); 0 for texts under 30 "
                    + "words. Texts within 3 bits of each other are the same story", Article::simhash),
            col("cluster_id", Type.STRING, false, "near-duplicate group: the article_id shared by copies of the "
                    + "same story across outlets (agency copy); the article's own id when it has no copy. Set by the "
                    + "Spark job; extract shows the own id", Article::articleId),
            col("publish_date", Type.DATE, true, "partition: local calendar day of publication at the outlet; "
                    + "null (folder publish_date=__HIVE_DEFAULT_PARTITION__) when no date was found",
                    Article::publishDate),
            col("outlet", Type.STRING, false, "partition: registrable domain of the URL (Public Suffix List), "
                    + "e.g. indianexpress.com", Article::outlet));

    /** Columns of the rejects table. */
    public static final List<Column<Reject>> REJECT = List.of(
            col("source_file", Type.STRING, false, "input file the record came from", Reject::sourceFile),
            col("source_offset", Type.LONG, false, "byte offset (WARC), line number (JSON Lines) or 0",
                    Reject::sourceOffset),
            col("record_id", Type.STRING, true, "the input's own record id", Reject::recordId),
            col("url", Type.STRING, true, "page URL when known", Reject::url),
            col("fetched_at", Type.TIMESTAMP, true, "crawl time when known", Reject::fetchedAt),
            col("reason", Type.STRING, false, "one of the fixed reasons (see README)", r -> r.reason().name()),
            col("detail", Type.STRING, true, "details for people: status, content type, exception",
                    Reject::detail));

    /** Added by the job to both tables: which run wrote the row (also the run report's file name). */
    public static final String RUN_ID = "run_id";
    public static final String RUN_ID_MEANING = "id of the run that wrote the row; reports/RUN_ID.json describes it";

    /** Names of the partition columns of the articles table, in folder order. */
    public static final List<String> ARTICLE_PARTITIONS = List.of("publish_date", "outlet");
}
