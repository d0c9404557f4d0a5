package io.gazette.extract.text;

import java.util.List;

/**
 * A scraped page that arrived as plain text, split into its parts.
 *
 * @param headline  the article's headline, or null
 * @param text      body paragraphs separated by "\n\n"
 * @param dateLines lines that carry the article's date ("Thursday, Sep 08, 2022",
 *                  "First published on: ..."), nearest to the headline first, for the date step
 * @param credit    an agency credit line such as "(With PTI inputs)", or null
 */
public record PlainTextPage(String headline, String text, List<String> dateLines, String credit) {
}
