package io.gazette.eval;

import java.nio.file.Path;

/**
 * One page of an evaluation set with whatever gold the set has for it (null = no gold for that field).
 *
 * @param id       the page id the reference scorers use
 * @param url      the page URL, given to the pipeline as the record's URL
 * @param page     the page file (.html or .html.gz)
 * @param source   the sub-collection the page comes from ("postlight", "wcxb-dev"), or ""
 * @param text     gold main text, or null
 * @param title    gold title, or null
 * @param author   gold author string as the source writes it (may name several people), or null
 * @param date     gold publication date as written in the gold file, or null
 */
public record EvalCase(String id, String url, Path page, String source, String text, String title, String author,
                       String date) {
}
