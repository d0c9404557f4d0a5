package io.gazette.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One news page turned into an article. The Spark layer adds the run id when it writes the row;
 * everything else comes from the pure pipeline. Columns and their meaning are documented once, in
 * {@code io.gazette.spark.Schemas} and the README.
 */
public record Article(
        String articleId,
        String url,
        String canonicalUrl,
        String outlet,
        String siteName,
        String title,
        String description,
        List<String> authors,
        Instant publishedAt,
        String publishedOffset,
        LocalDate publishDate,
        String dateSource,
        Instant modifiedAt,
        Instant fetchedAt,
        String language,
        String text,
        int wordCount,
        String charset,
        boolean truncated,
        String sourceFile,
        long sourceOffset,
        String sourceFormat,
        String recordId,
        String extractorVersion,
        EntityResult entities,
        long simhash,
        String section,
        List<String> tags,
        String topImage,
        String credit) implements Outcome, Serializable {

    public Article {
        authors = authors == null ? List.of() : List.copyOf(authors);
        tags = tags == null ? List.of() : List.copyOf(tags);
        entities = entities == null ? EntityResult.skipped(EntityStatus.DISABLED) : entities;
    }
}
