package io.gazette.model;

/** The kinds of dump Gazette reads. Detected from the bytes, the file name is only a hint. */
public enum InputFormat {
    /** WARC 0.17, 1.0 or 1.1, plain or gzipped (per record or whole file). */
    WARC,
    /** JSON Lines, one page per line (Scrapy, news-please and similar crawler exports). */
    JSONL,
    /** One saved HTML page per file. */
    HTML,
    /** One scraped page per file as plain text, no markup at all. */
    TEXT
}
